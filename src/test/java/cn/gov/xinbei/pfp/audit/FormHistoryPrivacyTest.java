package cn.gov.xinbei.pfp.audit;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms submitted in the Tasklist (FormService) leave their fields in the engine's history: ID numbers only masked,
 * bank accounts not at all.
 */
@SpringBootTest
@ActiveProfiles("test")
class FormHistoryPrivacyTest {

    @Autowired
    FormService formService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void in2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 6, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void idNumbersTypedIntoAStartFormAreKeptMaskedInTheFormHistory() {
        String instance = submitStartForm("secondChildApproval", Applications.onlyChildCouple());

        Map<String, String> fields = formFields(instance);
        assertThat(fields).containsEntry("wifeIdNumber", ResidentIdMasking.mask(Applications.WIFE_ID))
                .containsEntry("husbandIdNumber", ResidentIdMasking.mask(Applications.HUSBAND_ID));
        assertThat(fields.values()).noneMatch(v -> v.contains(Applications.WIFE_ID) || v.contains(Applications.HUSBAND_ID));
        assertThat(fieldCount("where TEXT_ like ? or TEXT2_ like ?", Applications.WIFE_ID)).isZero();
    }

    @Test
    void bankAccountsTypedIntoTheAssistanceApplicationAreNotInTheFormHistory() {
        Map<String, Object> application = AssistanceApplications.ruralAward();
        String account = (String) application.get("bankAccount");
        String instance = submitStartForm("assistanceEligibility", application);

        Map<String, String> fields = formFields(instance);
        assertThat(fields).containsKey("agentBank").doesNotContainKey("bankAccount");
        assertThat(fieldCount("where TEXT_ like ? or TEXT2_ like ?", account)).isZero();
    }

    /** Submits the start form; returns the new process instance's id. */
    private String submitStartForm(String processKey, Map<String, Object> variables) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        return formService.submitStartForm(definitionId, variables).getId();
    }

    /**
     * The form fields this instance's start form left in the history; only this instance's, as other tests' cases
     * in the same database may keep theirs (the same field with another value).
     */
    private Map<String, String> formFields(String processInstanceId) {
        List<HistoricDetail> details = historyService.createHistoricDetailQuery().formFields()
                .processInstanceId(processInstanceId).list();
        assertThat(details).as("form fields in the history").isNotEmpty();
        return details.stream().map(HistoricFormField.class::cast)
                .filter(f -> f.getFieldValue() != null)
                .collect(java.util.stream.Collectors.toMap(HistoricFormField::getFieldId,
                        f -> String.valueOf(f.getFieldValue()), (a, b) -> b));
    }

    private int fieldCount(String where, String text) {
        return jdbc.queryForObject("select count(*) from ACT_HI_DETAIL " + where, Integer.class,
                "%" + text + "%", "%" + text + "%");
    }
}
