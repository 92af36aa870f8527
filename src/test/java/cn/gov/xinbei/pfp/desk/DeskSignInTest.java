package cn.gov.xinbei.pfp.desk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in to the desk with the demo users of Camunda's identity tables, in a session protected by CSRF tokens. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeskSignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorIsSentToTheChineseSignInPage() throws Exception {
        mvc.perform(get("/desk/deadlines")).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/desk/login"));
        String page = mvc.perform(get("/desk/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("用户名", "密码", "登录", "name=\"_csrf\"");
    }

    @Test
    void supervisorSignsInAndSeesTheDeskWithNameAndGroups() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/desk/login").with(csrf())
                        .param("username", "bureau.head").param("password", "demo"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/desk"))
                .andReturn().getRequest().getSession();
        String page = mvc.perform(get("/desk").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("刘志强", "区人口和计划生育局负责人", "期限监控", "退出").doesNotContain("bureau.head");
    }

    @Test
    void wrongCredentialsGiveAChineseErrorAndNoSession() throws Exception {
        // A user that does not exist: a wrong password for a real one would lock it for the other tests.
        mvc.perform(post("/desk/login").with(csrf()).param("username", "nobody").param("password", "x"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/desk/login?error"));
        String page = mvc.perform(get("/desk/login").param("error", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("用户名或密码错误");
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/desk/login").param("username", "bureau.head").param("password", "demo"))
                .andExpect(status().isForbidden());
    }
}
