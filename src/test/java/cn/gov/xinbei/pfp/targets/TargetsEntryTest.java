package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 point 6: a year without config/targets/&lt;year&gt;.yml is a clear page saying so (not an error), and the
 * bureau's administrators enter that year's targets on the desk: checked per kind, stored, logged, then shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TargetsEntryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TargetCatalog catalog;
    @Autowired
    Organization organization;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void in2013() {
        CaseTestSupport.clockAt(LocalDate.of(2013, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        historyService.createUserOperationLogQuery().list()
                .forEach(e -> historyService.deleteUserOperationLogEntry(e.getId()));
    }

    @Test
    void aYearWithoutTargetsIsAClearPageAndAConfigurationGapInTheApi() throws Exception {
        mvc.perform(get("/desk/targets").param("year", "2013").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2013年度考核目标尚未录入"),
                        containsString("这不是输入错误"), containsString("管理员"),
                        not(containsString("/desk/targets/entry?year=2013\">录入")))));
        mvc.perform(get("/desk/targets").param("year", "2013").with(user("chunjiang.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2013年度考核目标尚未录入")));
        mvc.perform(get("/api/targets/2013/indicators").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFIGURATION_GAP"))
                .andExpect(jsonPath("$.message", containsString("2013年度各镇（街道）考核目标")));
        mvc.perform(get("/desk/targets/entry").param("year", "2013").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("录入2013年度考核目标"),
                        containsString("name=\"v.birth-policy-compliance.chunjiang\" value=\"98\""))));
    }

    @Test
    void theAdministratorEntersTheYearsTargetsTheyAreLoggedAndShown() throws Exception {
        Map<String, String> values = valuesOf2012();
        values.put("v.birth-policy-compliance.chunjiang", "99");
        mvc.perform(entry("2013", "常新政〔2013〕1号 附件1、附件2", values).with(user("admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/desk/targets/entry?year=2013"));
        assertThat(catalog.hasYear(2013)).isTrue();
        assertThat(catalog.target(2013, "chunjiang", "birth-policy-compliance").orElseThrow().value()).isEqualTo("99");
        assertThat(catalog.source(2013)).isEqualTo("常新政〔2013〕1号 附件1、附件2");

        mvc.perform(get("/desk/targets").param("year", "2013").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("出生政策符合率"), containsString("常新政〔2013〕1号"))));
        mvc.perform(get("/api/targets/2013/indicators").param("town", "chunjiang").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk());

        List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().entityType("AnnualTargets").list();
        assertThat(log).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getUserId()).isEqualTo("admin");
            assertThat(e.getCategory()).isEqualTo(UserOperationLogEntry.CATEGORY_ADMIN);
        });
        mvc.perform(get("/desk/audit").with(user("admin")))
                .andExpect(content().string(allOf(containsString("年度考核目标"), containsString("常新政〔2013〕1号"))));

        // A correction is an update in the log.
        values.put("v.birth-policy-compliance.chunjiang", "98.5");
        mvc.perform(entry("2013", "常新政〔2013〕1号（更正）", values).with(user("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.target(2013, "chunjiang", "birth-policy-compliance").orElseThrow().value()).isEqualTo("98.5");
        assertThat(historyService.createUserOperationLogQuery().entityType("AnnualTargets")
                .operationType(UserOperationLogEntry.OPERATION_TYPE_UPDATE).count()).isPositive();
    }

    @Test
    void badTargetsAreRefusedAtTheFieldAndWriteNothing() throws Exception {
        Map<String, String> values = valuesOf2012();
        values.put("v.birth-policy-compliance.chunjiang", "120");
        values.put("v.birth-policy-compliance.menghe", "");
        mvc.perform(entry("2013", " ", values).with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写目标任务的来源"),
                        containsString("出生政策符合率（春江镇）：应为0—100之间的百分数"),
                        containsString("出生政策符合率（孟河镇）：请填写目标值"),
                        containsString("data-field=\"v.birth-policy-compliance.chunjiang\""),
                        containsString("value=\"120\""))));
        mvc.perform(entry("2012", "常新政〔2012〕1号", valuesOf2012()).with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("由配置文件 config/targets/2012.yml 提供")));
        mvc.perform(entry("20x3", "常新政〔2013〕1号", valuesOf2012()).with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年度应为4位数字年份")));
        mvc.perform(get("/desk/targets/entry").param("year", "1800").with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年度应在1990至")));
        assertThat(jdbc.queryForObject("select count(*) from annual_targets", Integer.class)).isZero();
        assertThat(historyService.createUserOperationLogQuery().entityType("AnnualTargets").count()).isZero();
    }

    @Test
    void onlyAdministratorsEnterTargets() throws Exception {
        for (String who : List.of("bureau.clerk", "bureau.head", "chunjiang.clerk", "police.liaison")) {
            mvc.perform(entry("2013", "常新政〔2013〕1号", valuesOf2012()).with(user(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/desk/targets/entry").param("year", "2013").with(user(who)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from annual_targets", Integer.class)).isZero();
    }

    private Map<String, String> valuesOf2012() {
        Map<String, String> values = new LinkedHashMap<>();
        for (TargetsProperties.TargetRow row : catalog.rows(2012)) {
            for (Town town : organization.towns()) {
                values.put("v." + row.key() + "." + town.slug(), row.towns().getOrDefault(town.slug(), row.all()));
            }
            if (row.district() != null) {
                values.put("v." + row.key() + ".district", row.district());
            }
        }
        return values;
    }

    private static MockHttpServletRequestBuilder entry(String year, String source, Map<String, String> values) {
        MockHttpServletRequestBuilder request = post("/desk/targets/entry").with(csrf())
                .param("year", year).param("source", source);
        values.forEach(request::param);
        return request;
    }
}
