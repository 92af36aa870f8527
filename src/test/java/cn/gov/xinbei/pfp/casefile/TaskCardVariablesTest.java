package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Tasklist card shows the case number and the parties' names (issue 15): the shared filters name the variables
 * with Chinese labels, every case start sets them, and a liaison offered a step may read them (the Tasklist reads a
 * card's variables with the user's authorizations, as this test does).
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskCardVariablesTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySharedFilterShowsCaseNumberAndPartiesWithChineseLabels() {
        for (String name : List.of("我的待办", "本组待办", "全部可见任务")) {
            List<Map<String, Object>> variables = (List<Map<String, Object>>) filterService.createFilterQuery()
                    .filterName(name).singleResult().getProperties().get("variables");
            assertThat(variables).as(name).extracting(v -> v.get("name") + "=" + v.get("label"))
                    .contains("caseNumber=案件编号", "partyNames=当事人");
        }
    }

    @Test
    void aCaseStartSetsThePartiesNames() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        String instance = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getId();
        assertThat(runtimeService.getVariable(instance, "partyNames")).isEqualTo("王芳、李强");
    }

    @Test
    void aLiaisonReadsTheCardVariablesOfTheStepOfferedToThemAndNoOtherTownReadsThem() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 17));
        String instance = AssistanceCases.pastPostings(processEngine, AssistanceApplications.ruralAward()).getId();
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey();

        identityService.setAuthentication("police.liaison", List.of("police-liaison"));
        Map<String, Object> seen = cardVariables(instance);
        assertThat(seen).containsEntry("caseNumber", caseNumber);
        assertThat((String) seen.get("partyNames")).contains("张建国");

        identityService.setAuthentication("finance.liaison", List.of("finance-liaison"));
        assertThat(cardVariables(instance)).isEmpty();
        identityService.setAuthentication("menghe.clerk", List.of("menghe-clerk"));
        assertThat(cardVariables(instance)).isEmpty();
    }

    private Map<String, Object> cardVariables(String instance) {
        return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
                .variableNameIn("caseNumber", "partyNames").list().stream()
                .collect(Collectors.toMap(VariableInstance::getName, VariableInstance::getValue));
    }
}
