package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceCaseRecords;
import cn.gov.xinbei.pfp.assistance.AssistanceDisbursement;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** The paths of assistanceEligibility: each scheme's happy path and each exit, on the 2012 calendar. */
@SpringBootTest
@ActiveProfiles("test")
class AssistanceEligibilityProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssistanceObjections objections;
    @Autowired
    AssistanceCaseRecords records;
    @Autowired
    AssistanceDisbursement disbursement;

    @BeforeEach
    void setUp() {
        init(processEngine);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void ruralAwardIsPostedTwiceCheckedByThePoliceConfirmedAndPaid() {
        ProcessInstance instance = start(AssistanceApplications.ruralAward());
        assertThat(instance.getBusinessKey()).isEqualTo("AE-2012-00001");
        assertThat(instance).isWaitingAt("Task_VillageReview");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        // [NF] default 10 working days from Thursday 2012-03-01
        assertThat(task().getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 3, 15)));
        assertThat(instance).variables().containsEntry("applicantIdNumber", "320411********0018")
                .containsEntry("eligibilityOutcome", "ELIGIBLE"); // on the declared hukou; the police confirm it later
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.UNDER_VILLAGE_REVIEW);

        assertThatThrownBy(() -> complete(task(), withVariables("villageOpinion", "同意")))
                .hasMessageContaining("村（居）委会审议意见").hasMessageContaining("张榜公示地点");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.UNDER_VILLAGE_REVIEW);

        passVillageAndTownPostings(instance);
        assertThat(instance).isWaitingAt("Task_PoliceCheck");
        assertThat(task()).hasCandidateGroup("police-liaison");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_DEPARTMENT_CHECK);
        assertThatThrownBy(() -> complete(task(), withVariables("confirmedApplicantHukou", "AGRICULTURAL")))
                .hasMessageContaining("配偶户口性质").hasMessageContaining("户口性质证明编号");
        complete(task(), withVariables("confirmedApplicantHukou", "AGRICULTURAL", "confirmedSpouseHukou", "AGRICULTURAL",
                "hukouCertificateNumber", "春派证〔2012〕31号"));

        assertThat(instance).isWaitingAt("Task_BureauConfirmation");
        assertThat(task()).hasCandidateGroup("bureau-clerk");
        assertThat(instance).variables().containsEntry("eligibilityOutcome", "ELIGIBLE");
        // An amount typed into a form is ignored: the register takes the rate table's.
        complete(task(), withVariables("bureauDecision", "CONFIRM", "amount", "99999"));

        assertThat(instance).isWaitingAt("Task_RecordTransfer");
        assertThat(task()).hasCandidateGroup("finance-liaison");
        assertThat(instance).variables().containsEntry("payYear", "2012").containsEntry("payAmount", "960.00");
        Map<String, Object> entitlement = jdbc.queryForMap("select * from assistance_entitlement");
        assertThat(entitlement).containsEntry("ID_NUMBER", AssistanceApplications.RURAL_MAN)
                .containsEntry("SCHEME", "RURAL_AWARD").containsEntry("STATUS", "ACTIVE")
                .containsEntry("TOWN_SLUG", "chunjiang");
        assertThat((BigDecimal) entitlement.get("AMOUNT")).isEqualByComparingTo("960");
        assertThat(entitlement.get("FROM_DATE").toString()).isEqualTo("2012-03-01");

        complete(task(), withVariables("transferReference", "新财拨〔2012〕45号", "transferredOn", "2012-03-01"));
        assertThat(instance).isWaitingAt("Task_RecordCredit");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.TRANSFERRED_AWAITING_CREDIT);
        // The same transfer recorded a second time is detected and refused.
        assertThatThrownBy(() -> disbursement.recordTransfer(instance.getBusinessKey(), "新财拨〔2012〕45号",
                LocalDate.of(2012, 3, 1), "finance.liaison"))
                .hasMessageContaining("不能重复拨付");
        assertThat(jdbc.queryForObject("select count(*) from assistance_payment", Integer.class)).isEqualTo(1);

        complete(task(), withVariables("creditedOn", "2012-03-01", "bankReference", "NX20120301-0007"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Paid");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(caseFile(instance).getOutcome()).isEqualTo("CONFIRMED");

        // The same person applies again under the same scheme: refused at intake, naming the existing entitlement.
        assertThatThrownBy(() -> start(AssistanceApplications.ruralAward()))
                .hasMessageContaining("同一身份证号在同一扶助项目下不得同时享有两项有效资格");
    }

    @Test
    void specialSupportForAChildWhoDiedNeedsTheDeathCertificate() {
        ProcessInstance instance = start(AssistanceApplications.specialSupportDeath());
        passVillageAndTownPostings(instance);
        assertThat(instance).isWaitingAt("Task_PoliceCheck");
        assertThatThrownBy(() -> complete(task(), withVariables("deathCertificateNumber", "")))
                .hasMessageContaining("死亡证明编号");
        complete(task(), withVariables("deathCertificateNumber", "春派死证〔2011〕12号"));
        assertThat(instance).isWaitingAt("Task_BureauConfirmation");
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        // 2012 default: death 135 元/人/月, paid yearly
        assertThat(instance).variables().containsEntry("payAmount", "1620.00");
        assertThat(jdbc.queryForObject("select sub_type from assistance_entitlement", String.class)).isEqualTo("DEATH");
    }

    @Test
    void specialSupportForADisabledChildNeedsTheDisabilityCertificateAtTheTown() {
        Map<String, Object> application = AssistanceApplications.specialSupportDeath();
        application.put("childStatus", "DISABLED");
        application.put("childDisabilityGrade", 2);
        ProcessInstance instance = start(application);
        assertThat(instance).isWaitingAt("Task_VillageReview");
        complete(task(), withVariables("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        execute(job());
        assertThat(instance).isWaitingAt("Task_TownReview");
        assertThatThrownBy(() -> complete(task(), withVariables("townOpinion", "经镇初审，情况属实",
                "townPostingPlace", "春江镇政务公开栏"))).hasMessageContaining("残疾人证");
        complete(task(), withVariables("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏",
                "disabilityCertificateNumber", "32041119850101002X42"));
        execute(job());
        // no police step for a disabled child: straight to re-evaluation and the bureau
        assertThat(instance).isWaitingAt("Task_BureauConfirmation");
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        assertThat(instance).variables().containsEntry("payAmount", "1320.00");
    }

    @Test
    void surgeryComplicationGoesToTheBureauWithoutDepartmentChecks() {
        ProcessInstance instance = start(AssistanceApplications.surgeryComplication());
        passVillageAndTownPostings(instance);
        assertThat(instance).isWaitingAt("Task_BureauConfirmation");
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        assertThat(jdbc.queryForObject("select sub_type from assistance_entitlement", String.class)).isEqualTo("GRADE_2");
        assertThat(instance).variables().containsEntry("payAmount", "1320.00");
    }

    @Test
    void retireeAwardIsConfirmedByHrAndPaidOnce() {
        ProcessInstance instance = start(AssistanceApplications.retiree());
        passVillageAndTownPostings(instance);
        assertThat(instance).isWaitingAt("Task_HrCheck");
        assertThat(task()).hasCandidateGroup("hr-liaison");
        complete(task(), withVariables("hrConfirmation", "CONFIRMED", "hrRetirementDate", "2005-06-30"));
        assertThat(instance).isWaitingAt("Task_BureauConfirmation");
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        assertThat(instance).variables().containsEntry("payAmount", "3600.00");
        complete(task(), withVariables("transferReference", "新财拨〔2012〕46号", "transferredOn", "2012-03-01"));
        complete(task(), withVariables("creditedOn", "2012-03-01", "bankReference", "NX20120301-0008"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Paid");
    }

    @Test
    void hrContradictingTheRetirementFactsEndsInRefusal() {
        ProcessInstance instance = start(AssistanceApplications.retiree());
        passVillageAndTownPostings(instance);
        complete(task(), withVariables("hrConfirmation", "REJECTED"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Refused");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.REFUSED);
    }

    @Test
    void ineligibleApplicationIsRefusedAtIntakeNamingTheRule() {
        Map<String, Object> application = AssistanceApplications.ruralAward();
        application.put("livingChildren", 2);
        application.put("livingDaughters", 1);
        assertThatThrownBy(() -> start(application))
                .hasMessageContaining("现存两个子女且不都是女孩")
                .hasMessageContaining("国人口发〔2004〕39号（子女条件）");
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();

        Map<String, Object> young = AssistanceApplications.specialSupportDeath();
        young.put("spouseIdNumber", "320411197006010048"); // wife born 1970: 42 in 2012
        assertThatThrownBy(() -> start(young)).hasMessageContaining("第六条第（二）项");

        Map<String, Object> malformed = AssistanceApplications.ruralAward();
        malformed.put("applicantIdNumber", "320411195005100019");
        malformed.remove("village");
        assertThatThrownBy(() -> start(malformed)).hasMessageContaining("户籍所在村（居）委会");
        assertThat(cases.count()).isZero();
    }

    @Test
    void objectionDuringThePostingsSendsTheCaseBackForReview() {
        ProcessInstance instance = start(AssistanceApplications.ruralAward());
        assertThat(instance).isWaitingAt("Task_VillageReview");
        complete(task(), withVariables("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        assertThat(instance).isWaitingAt("Gateway_VillagePosting");
        assertThatThrownBy(() -> objections.raise(instance.getBusinessKey(), "有", "chunjiang.clerk"))
                .hasMessageContaining("异议内容");
        objections.raise(instance.getBusinessKey(), "村民反映申请人1990年曾违反政策生育", "chunjiang.clerk");
        assertThat(instance).isWaitingAt("Task_VillageReview");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.UNDER_VILLAGE_REVIEW);
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();

        complete(task(), withVariables("villageOpinion", "经核实，异议不成立，维持原审议意见", "villagePostingPlace", "魏村村务公开栏"));
        execute(job());
        complete(task(), withVariables("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏"));
        objections.raise(instance.getBusinessKey(), "群众来信反映配偶户口已迁出", "chunjiang.clerk");
        assertThat(instance).isWaitingAt("Task_TownReview");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.UNDER_TOWN_REVIEW);
        assertThat(records.details(instance.getBusinessKey()).getVillageObjections()).isEqualTo(1);
        assertThat(records.details(instance.getBusinessKey()).getTownObjections()).isEqualTo(1);
        // Outside a posting period there is nothing to object to.
        assertThatThrownBy(() -> objections.raise(instance.getBusinessKey(), "再次提出异议的内容", "chunjiang.clerk"))
                .hasMessageContaining("不在张榜公示期间");
    }

    @Test
    void policeFindUrbanHukouSoTheReEvaluationRefuses() {
        ProcessInstance instance = start(AssistanceApplications.ruralAward());
        passVillageAndTownPostings(instance);
        complete(task(), withVariables("confirmedApplicantHukou", "AGRICULTURAL", "confirmedSpouseHukou", "URBAN",
                "hukouCertificateNumber", "春派证〔2012〕32号"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Refused").hasNotPassed("Task_BureauConfirmation");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.REFUSED);
        assertThat((String) historicVariable(instance, "refusalNotice"))
                .contains("配偶为非农业户口", "国人口发〔2004〕39号（户口性质条件）");
        assertThat(jdbc.queryForObject("select count(*) from assistance_entitlement", Integer.class)).isZero();
    }

    @Test
    void bureauRefusalNeedsAReason() {
        ProcessInstance instance = start(AssistanceApplications.surgeryComplication());
        passVillageAndTownPostings(instance);
        assertThatThrownBy(() -> complete(task(), withVariables("bureauDecision", "REFUSE")))
                .hasMessageContaining("不予确认的理由");
        complete(task(), withVariables("bureauDecision", "REFUSE", "bureauReason", "鉴定结论与医院病历记载不一致"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Refused");
    }

    @Test
    void aMissingRateIsAConfigurationGapTheCaseWaitsWithTheDecisionKept() {
        ProcessInstance instance = start(AssistanceApplications.surgeryComplication());
        passVillageAndTownPostings(instance);
        CaseTestSupport.clockAt(LocalDate.of(2013, 1, 7)); // no 2013 amount configured
        // Not an input error: the bureau's confirmation is taken, and the case waits for the amount.
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        assertThat(instance).isWaitingAt("MessageEvent_RateEntered");
        assertThat(jdbc.queryForObject("select count(*) from assistance_entitlement", Integer.class)).isZero();
        assertThat(records.details(instance.getBusinessKey()).getDecision())
                .isEqualTo(cn.gov.xinbei.pfp.assistance.AssistanceCase.Decision.CONFIRMED);
        assertThat(jdbc.queryForObject("select description from configuration_gap where resolved_at is null",
                String.class)).isEqualTo("计划生育手术并发症人员特别扶助（" 
                + cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType.GRADE_2.label() + "）2013年度的扶助标准");
        assertThat(jdbc.queryForObject("select detail from case_event where event_type = 'CONFIGURATION_GAP'",
                String.class)).contains("等待补录配置数据", "区人口计生局管理员", "不是办案人员的输入错误");
    }

    @Test
    void theDatabaseRefusesASecondActiveEntitlementForOnePersonAndScheme() {
        ProcessInstance instance = start(AssistanceApplications.surgeryComplication());
        passVillageAndTownPostings(instance);
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        String caseId = caseFile(instance).getId();
        // Bypassing the application service, as a second writer racing the first would: the unique key holds.
        assertThatThrownBy(() -> jdbc.update("insert into assistance_entitlement (id, case_id, id_number, id_number_masked,"
                        + " full_name, scheme, from_date, amount, rate_unit, rate_year, rate_provisional, town_slug, status,"
                        + " active_key, created_at) values ('dup', ?, ?, 'x', '周玉兰', 'SURGERY_COMPLICATION', DATE '2012-04-01',"
                        + " 110, 'PER_PERSON_PER_MONTH', 2012, true, 'menghe', 'ACTIVE', ?, CURRENT_TIMESTAMP)",
                caseId, AssistanceApplications.SURGERY_WOMAN,
                AssistanceApplications.SURGERY_WOMAN + "|SURGERY_COMPLICATION"))
                .isInstanceOf(DataIntegrityViolationException.class);
        // A stopped entitlement (key cleared) does not block.
        jdbc.update("update assistance_entitlement set status = 'STOPPED', active_key = null");
        jdbc.update("insert into assistance_entitlement (id, case_id, id_number, id_number_masked, full_name, scheme,"
                        + " from_date, amount, rate_unit, rate_year, rate_provisional, town_slug, status, active_key, created_at)"
                        + " values ('new', ?, ?, 'x', '周玉兰', 'SURGERY_COMPLICATION', DATE '2012-04-01', 110,"
                        + " 'PER_PERSON_PER_MONTH', 2012, true, 'menghe', 'ACTIVE', ?, CURRENT_TIMESTAMP)",
                caseId, AssistanceApplications.SURGERY_WOMAN, AssistanceApplications.SURGERY_WOMAN + "|SURGERY_COMPLICATION");
        assertThat(jdbc.queryForObject("select count(*) from assistance_entitlement", Integer.class)).isEqualTo(2);
    }

    @Test
    void theBankAccountIsTakenAtIntakeKeptInTheCaseRecordOnlyAndMaskedInVariablesAndTimeline() {
        String account = AssistanceApplications.accountOf(AssistanceApplications.RURAL_MAN); // 6230910100000000018
        ProcessInstance instance = start(AssistanceApplications.ruralAward());
        assertThat(records.details(instance.getBusinessKey()).getAgentBank()).isEqualTo("JNRCB");
        assertThat(records.details(instance.getBusinessKey()).getBankAccount()).isEqualTo(account);
        assertThat(records.details(instance.getBusinessKey()).getRegisteredFacts()).doesNotContain(account);
        assertThat(instance).variables().containsEntry("bankAccount", "***************0018")
                .containsEntry("agentBankName", "江苏江南农村商业银行");
        assertThat(historicVariable(instance, "bankAccount")).isEqualTo("***************0018");
        assertThat(jdbc.queryForList("select detail from case_event where detail is not null", String.class))
                .anySatisfy(d -> assertThat(d).contains("代发银行：江苏江南农村商业银行，账号***************0018"))
                .allSatisfy(d -> assertThat(d).doesNotContain(account));
    }

    @Test
    void aWrongAccountAtIntakeIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Object> letters = AssistanceApplications.ruralAward();
        letters.put("bankAccount", "6230-9101-0000-0018");
        assertThatThrownBy(() -> start(letters)).hasMessageContaining("代发银行账号只能包含数字");
        Map<String, Object> badCheckDigit = AssistanceApplications.ruralAward();
        badCheckDigit.put("agentBank", AssistanceApplications.LUHN_BANK);
        badCheckDigit.put("bankAccount", "6228480402564890019");
        assertThatThrownBy(() -> start(badCheckDigit)).hasMessageContaining("代发银行账号校验位不正确")
                .message().doesNotContain("6228480402564890019");
        Map<String, Object> noBank = AssistanceApplications.ruralAward();
        noBank.remove("agentBank");
        noBank.remove("bankAccount");
        assertThatThrownBy(() -> start(noBank)).hasMessageContaining("请选择代发银行").hasMessageContaining("请填写代发银行账号");
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assistance_case", Integer.class)).isZero();
    }

    @Test
    void theTownCorrectsTheAccountAtItsReviewAndTheRegisterTakesTheCorrectedOne() {
        ProcessInstance instance = start(AssistanceApplications.ruralAward());
        assertThat(instance).isWaitingAt("Task_VillageReview");
        complete(task(), withVariables("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        execute(job());
        assertThat(instance).isWaitingAt("Task_TownReview");
        // Only the account without the bank: both are needed; a wrong check digit: refused, nothing changes.
        assertThatThrownBy(() -> complete(task(), withVariables("townOpinion", "经镇初审，情况属实",
                "townPostingPlace", "春江镇政务公开栏", "correctedBankAccount", AssistanceApplications.LUHN_ACCOUNT)))
                .hasMessageContaining("请选择代发银行");
        assertThatThrownBy(() -> complete(task(), withVariables("townOpinion", "经镇初审，情况属实",
                "townPostingPlace", "春江镇政务公开栏", "correctedAgentBank", "ABC",
                "correctedBankAccount", "6228480402564890019")))
                .hasMessageContaining("代发银行账号校验位不正确");
        assertThat(instance).isWaitingAt("Task_TownReview");
        assertThat(records.details(instance.getBusinessKey()).getAgentBank()).isEqualTo("JNRCB");

        complete(task(), withVariables("townOpinion", "经镇初审，账号有误已更正", "townPostingPlace", "春江镇政务公开栏",
                "correctedAgentBank", "ABC", "correctedBankAccount", "6228 4804 0256 4890 018"));
        assertThat(records.details(instance.getBusinessKey()).getAgentBank()).isEqualTo("ABC");
        assertThat(records.details(instance.getBusinessKey()).getBankAccount()).isEqualTo(AssistanceApplications.LUHN_ACCOUNT);
        // The typed number does not stay in the variables or their history.
        assertThat(instance).variables().containsEntry("bankAccount", "***************0018")
                .containsEntry("agentBankName", "中国农业银行");
        assertThat(historicVariable(instance, "correctedBankAccount")).isNull();
        assertThat(jdbc.queryForList("select detail from case_event where detail is not null", String.class))
                .anySatisfy(d -> assertThat(d).contains("更正代发银行：中国农业银行，账号***************0018"))
                .allSatisfy(d -> assertThat(d).doesNotContain(AssistanceApplications.LUHN_ACCOUNT));

        execute(job());
        complete(task(), withVariables("confirmedApplicantHukou", "AGRICULTURAL", "confirmedSpouseHukou", "AGRICULTURAL",
                "hukouCertificateNumber", "春派证〔2012〕31号"));
        complete(task(), withVariables("bureauDecision", "CONFIRM"));
        assertThat(jdbc.queryForMap("select agent_bank, bank_account from assistance_entitlement"))
                .containsEntry("AGENT_BANK", "ABC").containsEntry("BANK_ACCOUNT", AssistanceApplications.LUHN_ACCOUNT);
    }

    private void passVillageAndTownPostings(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("Task_VillageReview");
        complete(task(), withVariables("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.VILLAGE_POSTING);
        execute(job());
        assertThat(instance).isWaitingAt("Task_TownReview");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        complete(task(), withVariables("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏"));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.TOWN_POSTING);
        execute(job());
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return CaseTestSupport.startLinked(runtimeService, jdbc, "assistanceEligibility", variables);
    }

    private CaseFile caseFile(ProcessInstance instance) {
        return cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
    }
}
