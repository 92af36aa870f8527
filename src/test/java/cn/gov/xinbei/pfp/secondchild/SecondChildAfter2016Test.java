package cn.gov.xinbei.pfp.secondchild;

import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.secondchild.domain.EligibilityOutcome;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From 2016 a first or second child is registered (生育登记), not approved (REFERENCE.md §12 B2, D2): an application
 * for one is refused at the field childrenTogether, with the registration path, and nothing is written; the same
 * family applying in 2015 is still under the 2014 approval rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecondChildAfter2016Test {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    SecondChildService service;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void in2016() {
        CaseTestSupport.clockAt(LocalDate.of(2016, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    /** The couple of Applications.onlyChildCouple (one child together, no other), applying on 2016-03-01. */
    private static Map<String, Object> secondChildIn2016() {
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("applicationDate", "2016-03-01");
        return application;
    }

    @Test
    void theApiRefusesASecondChildWithTheRegistrationPathAtTheFieldAndWritesNothing() throws Exception {
        mvc.perform(post("/api/second-child/applications").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content(json.writeValueAsBytes(secondChildIn2016())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("childrenTogether"))
                .andExpect(jsonPath("$.violations[0].message", containsString("不实行审批，实行生育登记")))
                .andExpect(jsonPath("$.violations[0].message", containsString("镇（街道）计划生育办公室办理生育登记")))
                .andExpect(jsonPath("$.violations[0].message", containsString("中发〔2015〕40号")));
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from second_child_case", Long.class)).isZero();
    }

    @Test
    void thePreCheckAnswersRegistrationOnlyAndWritesNothing() throws Exception {
        Map<String, Object> firstChild = secondChildIn2016();
        firstChild.put("childrenTogether", 0);
        firstChild.put("wifeChildrenEver", 0);
        firstChild.put("husbandChildrenEver", 0);
        mvc.perform(post("/api/second-child/eligibility").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content(json.writeValueAsBytes(firstChild)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REGISTRATION_ONLY"))
                .andExpect(jsonPath("$.outcomeLabel").value("无需审批，办理生育登记"))
                .andExpect(jsonPath("$.ruleVersion", containsString("2016年修正")));
        assertThat(cases.count()).isZero();
    }

    @Test
    void theProcessStartIsRefusedTheSameWayAndNothingIsWritten() {
        long instances = runtimeService.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(secondChildIn2016())))
                .hasMessageContaining("实行生育登记").hasMessageContaining("无需申请再生育审批");
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void theServiceNamesTheFieldAndTheRuleVersion() {
        assertThatThrownBy(() -> service.register(secondChildIn2016(), "chunjiang.clerk", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("childrenTogether");
                        assertThat(v.message()).contains("生育登记").contains("人口与计划生育法");
                    });
                });
        assertThat(service.check(secondChildIn2016()).outcome()).isEqualTo(EligibilityOutcome.REGISTRATION_ONLY);
        assertThat(cases.count()).isZero();
    }

    @Test
    void aThirdChildIn2016IsAnApprovalCaseOnlyUnderTheRemarriageAndDisabledChildCases() {
        Map<String, Object> thirdChild = secondChildIn2016();
        thirdChild.put("childrenTogether", 2);
        thirdChild.put("wifeChildrenEver", 2);
        thirdChild.put("husbandChildrenEver", 2);
        var eligibility = service.check(thirdChild);
        assertThat(eligibility.outcome()).isEqualTo(EligibilityOutcome.INELIGIBLE);
        assertThat(eligibility.reason()).contains("原有条件").contains("不适用");
        assertThatThrownBy(() -> service.register(thirdChild, "chunjiang.clerk", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("conditionCode")));
    }

    @Test
    void theSameFamilyApplyingIn2015IsStillUnderThe2014ApprovalRules() {
        CaseTestSupport.clockAt(LocalDate.of(2015, 12, 31));
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("applicationDate", "2015-12-31");
        var eligibility = service.check(application);
        assertThat(eligibility.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
        assertThat(eligibility.ruleVersion()).isEqualTo("江苏省人口与计划生育条例（2014年修正）");
        assertThat(eligibility.article()).isEqualTo("《江苏省人口与计划生育条例》（2014年修正）第二十二条第（一）项");
    }
}
