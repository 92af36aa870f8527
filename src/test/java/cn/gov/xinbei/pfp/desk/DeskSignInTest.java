package cn.gov.xinbei.pfp.desk;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
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

    @Test
    void theDeskSignInSignsInToTheTasklistToo() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/desk/login").with(csrf())
                        .param("username", "chunjiang.clerk").param("password", "demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
        // What the webapps' own login would keep: the user, her groups and the apps she may open.
        Authentications webapps = (Authentications) session.getAttribute("authenticatedUser");
        assertThat(webapps).isNotNull();
        UserAuthentication clerk = (UserAuthentication) webapps.getAuthenticationForProcessEngine("default");
        assertThat(clerk.getName()).isEqualTo("chunjiang.clerk");
        assertThat(clerk.getGroupIds()).contains("chunjiang-clerk");
        assertThat(clerk.getAuthorizedApps()).contains("tasklist").doesNotContain("admin");
        // Signing out of the desk ends the one session, so the Tasklist's sign-in too.
        mvc.perform(post("/desk/logout").with(csrf()).session(session)).andExpect(status().isFound());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theTasklistSignInOpensTheDeskAndItsFormsStillNeedTheirToken() throws Exception {
        Authentications webapps = new Authentications();
        webapps.addOrReplace(new UserAuthentication("bureau.head", "default"));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("authenticatedUser", webapps);
        String page = mvc.perform(get("/desk").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("刘志强", "区人口和计划生育局负责人", "退出");
        // A form posted without the desk's CSRF token is refused whichever sign-in the session carries.
        mvc.perform(post("/desk/logout").session(session)).andExpect(status().isForbidden());
        // Someone the identity service does not know (a stale session) is not signed in.
        Authentications stale = new Authentications();
        stale.addOrReplace(new UserAuthentication("nobody", "default"));
        MockHttpSession staleSession = new MockHttpSession();
        staleSession.setAttribute("authenticatedUser", stale);
        mvc.perform(get("/desk/work").session(staleSession)).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/desk/login"));
    }
}
