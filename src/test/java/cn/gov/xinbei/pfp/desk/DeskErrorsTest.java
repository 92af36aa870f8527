package cn.gov.xinbei.pfp.desk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A refused or missing desk page answers with a Chinese page inside the desk, not with the API's JSON. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeskErrorsTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void anotherTownsFiguresAreRefusedWithAChinesePage() throws Exception {
        String page = mvc.perform(get("/desk/targets").param("town", "menghe").with(user("chunjiang.clerk")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("无权进行此操作", "督查台首页", "张敏").doesNotContain("chunjiang.clerk");
    }

    /** Role checks are @PreAuthorize: their refusal is answered like the hand-written ones. */
    @Test
    void aRoleRefusedByMethodSecurityGetsTheChinesePage() throws Exception {
        String page = mvc.perform(get("/desk/audit").with(user("chunjiang.clerk")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("无权进行此操作", "督查台首页", "张敏").doesNotContain("chunjiang.clerk");
    }

    @Test
    void aRoleRefusedByMethodSecurityGetsTheApisChineseJson() throws Exception {
        mvc.perform(get("/api/configuration-gaps").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.message").value("无权进行此操作"));
        mvc.perform(get("/api/configuration-gaps").with(httpBasic("bureau.head", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownCaseIsNotFoundWithAChinesePage() throws Exception {
        String page = mvc.perform(get("/desk/cases/SC-2012-99999").with(user("bureau.head")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("SC-2012-99999", "督查台首页");
    }

    @Test
    void theApiStillAnswersJson() throws Exception {
        mvc.perform(get("/api/cases/SC-2012-99999").with(user("bureau.head")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDeskFormPostedWithoutItsTokenIsRefusedWithTheChinesePageAndWritesNothing() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/desk/calendar/publish").param("noticeText", "国务院办公厅关于2027年部分节假日安排的通知")
                        .with(user("admin")))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/desk/denied"));
        // MockMvc does not follow the forward: the page it forwards to, as the browser gets it.
        String page = mvc.perform(get("/desk/denied").with(user("admin")))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(DeskDeniedController.STALE_OR_FOREIGN_FORM).contains("系统管理员");
        assertThat(jdbc.queryForObject("select count(*) from holiday_notice", Integer.class)).isZero();
    }
}
