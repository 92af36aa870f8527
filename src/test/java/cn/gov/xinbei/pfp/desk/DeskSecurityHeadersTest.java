package cn.gov.xinbei.pfp.desk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The desk's pages show names and ID numbers: they are sent with a Content-Security-Policy whose per-response nonce
 * is the only way an inline script runs, and with Spring Security's headers (no sniffing, no framing, no caching).
 * That the charts still draw under the policy is checked in a real browser (DeskSupervisionBrowserIT).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeskSecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @Autowired
    MockMvc mvc;

    @Test
    void theInlineChartScriptCarriesThisResponsesNonceAndNoOtherScriptIsAllowed() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/desk/targets").with(user("bureau.head"))).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        String policy = first.getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'").doesNotContain("'unsafe-inline' 'nonce", "script-src 'self' 'unsafe-inline'");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(first.getContentAsString()).contains("<script nonce=\"" + nonce.group(1) + "\">");

        String second = mvc.perform(get("/desk/targets").with(user("bureau.head"))).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(second).as("a fresh nonce per response").isNotEqualTo(policy);
    }

    @Test
    void everyDeskPageIncludingTheSignInPageIsSentWithThePolicyAndSpringSecuritysHeaders() throws Exception {
        for (String page : new String[] {"/desk/login", "/desk"}) {
            MockHttpServletResponse response = mvc.perform(get(page).with(user("bureau.head"))).andReturn().getResponse();
            assertThat(response.getHeader("Content-Security-Policy")).as(page).contains("frame-ancestors 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
            assertThat(response.getHeader("Cache-Control")).as(page).contains("no-store");
        }
    }
}
