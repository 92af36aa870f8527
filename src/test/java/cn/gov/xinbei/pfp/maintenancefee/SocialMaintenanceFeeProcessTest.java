package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
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

/**
 * One test per path of socialMaintenanceFee, on the 2012 calendar. The decision in most scenarios is served on
 * Friday 2012-09-07: payment due 10-07, a National Day holiday, so Monday 10-08; 复议 until 11-06; suit until 12-07;
 * court enforcement from 12-08 to 2013-03-07.
 */
@SpringBootTest
@ActiveProfiles("test")
class SocialMaintenanceFeeProcessTest {

    private static final LocalDate SERVED = LocalDate.of(2012, 9, 7);

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FeeAssessor assessor;

    @BeforeEach
    void setUp() {
        init(processEngine);
        at(LocalDate.of(2012, 8, 1));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void coupleIsAssessedDecidedServedAndPaysInFull() {
        ProcessInstance instance = start(FeeReports.oneExtraChild());
        assertThat(instance.getBusinessKey()).isEqualTo("MF-2012-00001");
        assertThat(instance).isWaitingAt("Task_ConfirmCase");
        assertThat(task()).hasCandidateGroup("chunjiang-clerk");
        assertThat(instance).variables().containsEntry("fatherIdNumber", "320411********0057")
                .containsEntry("childIdNumber", "320411********0010");

        complete(task(), withVariables("registrationDecision", "REGISTER"));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        assertThatThrownBy(() -> complete(task(), investigation("王强", "王强")))
                .hasMessageContaining("两名调查人不能相同");
        complete(task(), investigation("王强", "刘洋"));
        assertThat(instance).isWaitingAt("Task_ChooseMultiple");
        assertThat(task()).hasCandidateGroup("bureau-clerk");
        assertThatThrownBy(() -> complete(task(), withVariables("multiple", "5", "multipleReason", "情节严重")))
                .hasMessageContaining("法定为4倍");

        complete(task(), new HashMap<String, Object>());
        assertThat(instance).isWaitingAt("Task_ServeNotice");
        assertThat(instance).variables().containsEntry("fatherFee", "119316.00").containsEntry("totalFee", "238632.00");
        assertThat((String) runtimeService.getVariable(instance.getId(), "assessmentText"))
                .contains("2011年", "29,829", "238,632.00");

        at(LocalDate.of(2012, 8, 13));
        assertThatThrownBy(() -> complete(task(), withVariables("noticeServedOn", "2012-07-31")))
                .hasMessageContaining("告知书送达日期不能早于");
        complete(task(), withVariables("noticeServedOn", "2012-08-13"));
        // 3 working days after Monday 08-13
        assertThat(instance).isWaitingAt("TimerEvent_StatementPeriodOver").variables()
                .containsEntry("statementUntil", "2012-08-16");
        assertThat(job().getDuedate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 8, 16)));
        execute(job());
        complete(task(), withVariables("statementMade", false));
        assertThat(instance).isWaitingAt("Task_DecideFee");

        at(LocalDate.of(2012, 8, 20));
        assertThatThrownBy(() -> complete(task(), withVariables("decidedOn", "2012-08-15")))
                .hasMessageContaining("征收决定日期不能早于陈述、申辩期满次日（2012-08-17）");
        complete(task(), withVariables("decidedOn", "2012-08-20"));
        assertThat(instance).variables().containsEntry("fatherDecisionNumber", "新人口征决〔2012〕00001号")
                .containsEntry("motherDecisionNumber", "新人口征决〔2012〕00002号");

        at(SERVED);
        assertThatThrownBy(() -> complete(task(), withVariables("fatherServedOn", "2012-09-07")))
                .hasMessageContaining("女方决定书（新人口征决〔2012〕00002号）的送达日期");
        complete(task(), withVariables("fatherServedOn", "2012-09-07", "motherServedOn", "2012-09-07"));
        assertThat(instance).variables().containsEntry("fatherPaymentDue", "2012-10-08")
                .containsEntry("fatherReconsiderationUntil", "2012-11-06").containsEntry("fatherLawsuitUntil", "2012-12-07");
        assertThat(instance).isWaitingAt("Task_RecordDeposit", "Task_InstalmentApplication", "Task_RecordReview");
        assertThat(task("Task_RecordDeposit")).hasCandidateGroup("finance-liaison");
        assertThat(task("Task_InstalmentApplication").getDueDate()).isEqualTo(endOf(LocalDate.of(2012, 10, 8)));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.AWAITING_PAYMENT);

        at(LocalDate.of(2012, 9, 20));
        assertThatThrownBy(() -> complete(task("Task_RecordDeposit"), unconfirmed(deposit("FATHER", "119316.00", "2012-09-20", "JS0001"))))
                .hasMessageContaining("缴入国库");
        assertThatThrownBy(() -> complete(task("Task_RecordDeposit"), deposit("FATHER", "119316.01", "2012-09-20", "JS0001")))
                .hasMessageContaining("超过男方截至2012-09-20尚欠的119316.00元");
        assertThatThrownBy(() -> complete(task("Task_RecordDeposit"), deposit("FATHER", "100", "2012-09-21", "JS0001")))
                .hasMessageContaining("缴款日期不能晚于今天");
        assertThat(jdbc.queryForObject("select count(*) from maintenance_fee_payment", Integer.class)).isZero();

        complete(task("Task_RecordDeposit"), deposit("FATHER", "119316.00", "2012-09-20", "JS0001"));
        assertThat(instance).isWaitingAt("Task_RecordDeposit");
        complete(task("Task_RecordDeposit"), deposit("MOTHER", "119316", "2012-09-20", "JS0002"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Paid");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.PAID);
    }

    @Test
    void instalmentsAreGrantedAndPaidByTheLastDay() {
        ProcessInstance instance = served(FeeReports.oneExtraChild());

        at(LocalDate.of(2012, 9, 20));
        complete(task("Task_InstalmentApplication"), withVariables("instalmentAppliedOn", "2012-09-20",
                "instalmentReason", "家庭收入低，一次缴清确有困难，附低保证明"));
        assertThat(instance).isWaitingAt("Task_DecideInstalments");
        // decided within 30 days of the application: 10-20 is a Saturday → Monday 10-22
        assertThat(task("Task_DecideInstalments").getDueDate()).isEqualTo(endOf(LocalDate.of(2012, 10, 22)));
        assertThatThrownBy(() -> complete(task("Task_DecideInstalments"), withVariables("instalmentApproved", true,
                "instalmentUntil", "2012-10-01", "instalmentDecisionReason", "经核实确有困难")))
                .hasMessageContaining("应晚于原缴款期限（2012-10-08）");
        // at most max-instalment-months (config/maintenance-fee.yml, 12) after the original deadline
        assertThatThrownBy(() -> complete(task("Task_DecideInstalments"), withVariables("instalmentApproved", true,
                "instalmentUntil", "2013-10-09", "instalmentDecisionReason", "经核实确有困难")))
                .hasMessageContaining("不能晚于原缴款期限后12个月（2013-10-08）");
        complete(task("Task_DecideInstalments"), withVariables("instalmentApproved", true,
                "instalmentUntil", "2012-12-31", "instalmentDecisionReason", "经核实确有困难，准予分两期缴纳"));
        assertThat(instance).isWaitingAt("TimerEvent_InstalmentPeriodOver", "Task_RecordDeposit", "Task_RecordReview");
        assertThat(job("TimerEvent_InstalmentPeriodOver").getDuedate()).isEqualTo(endOf(LocalDate.of(2012, 12, 31)));
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.INSTALMENTS_GRANTED);

        at(LocalDate.of(2012, 11, 5));
        complete(task("Task_RecordDeposit"), deposit("FATHER", "119316", "2012-11-05", "JS1001"));
        complete(task("Task_RecordDeposit"), deposit("MOTHER", "60000", "2012-11-05", "JS1002"));
        // after the decision's deadline but within the instalment period: no late fee
        at(LocalDate.of(2012, 12, 28));
        complete(task("Task_RecordDeposit"), deposit("MOTHER", "59316", "2012-12-28", "JS1003"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Paid");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.PAID);
    }

    @Test
    void statementIsAcceptedThenTheDecisionIsChangedAndQuashedOnReview() {
        ProcessInstance instance = start(FeeReports.nonMaritalBirth());
        complete(task(), withVariables("registrationDecision", "REGISTER"));
        complete(task(), investigation("王强", "刘洋"));

        assertThatThrownBy(() -> complete(task(), withVariables("multiple", "2.5", "multipleReason", "拒不配合调查")))
                .hasMessageContaining("超出法定幅度0.5至2倍");
        assertThatThrownBy(() -> complete(task(), withVariables("multiple", "2")))
                .hasMessageContaining("须记录理由");
        // Only the bureau decides: Camunda refuses anyone else the task, and the service refuses any other group.
        var chooseMultiple = task();
        identityService.setAuthentication("police.liaison", List.of("police-liaison"));
        assertThatThrownBy(() -> complete(chooseMultiple, withVariables("multiple", "2", "multipleReason", "拒不配合调查")))
                .isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        assertThatThrownBy(() -> assessor.chooseMultiple(instance.getBusinessKey(), new FeeAssessor.Choice(
                "2", "拒不配合调查", null, null, null, null), "bureau.head", List.of("bureau-supervisor")))
                .hasMessageContaining("只有区人口计生局经办人可以确定征收倍数");
        complete(task(), withVariables("multiple", "2", "multipleReason", "拒不配合调查，隐瞒生育事实"));
        assertThat(instance).variables().containsEntry("fatherFee", "59658.00");

        at(LocalDate.of(2012, 8, 13));
        complete(task(), withVariables("noticeServedOn", "2012-08-13"));
        execute(job());
        assertThatThrownBy(() -> complete(task(), withVariables("statementMade", true)))
                .hasMessageContaining("是否成立");
        complete(task(), withVariables("statementMade", true, "statementAccepted", true,
                "statementSummary", "当事人提出双方已于2012年5月补办结婚登记，理由成立，按1.5倍重新核定"));
        assertThat(instance).isWaitingAt("Task_ChooseMultiple");
        complete(task(), withVariables("multiple", "1.5", "multipleReason", "已补办结婚登记，从轻"));
        assertThat(instance).variables().containsEntry("fatherFee", "44743.50");
        at(LocalDate.of(2012, 8, 20));
        complete(task(), withVariables("noticeServedOn", "2012-08-20"));
        execute(job());
        complete(task(), withVariables("statementMade", false));
        at(LocalDate.of(2012, 8, 24));
        complete(task(), withVariables("decidedOn", "2012-08-24"));
        at(SERVED);
        complete(task(), withVariables("fatherServedOn", "2012-09-07", "motherServedOn", "2012-09-07"));

        at(LocalDate.of(2012, 10, 30));
        complete(task("Task_RecordReview"), review("CHANGED", "1", "2012-10-29", "常人口复决〔2012〕3号"));
        assertThat(instance).variables().containsEntry("fatherFee", "29829.00");
        assertThat(instance).isWaitingAt("Task_RecordReview");

        at(LocalDate.of(2012, 11, 20));
        complete(task("Task_RecordReview"), review("QUASHED", null, "2012-11-19", "（2012）新行初字第8号"));
        assertThat(instance).isEnded().hasPassed("BoundaryEvent_DecisionQuashed", "EndEvent_Quashed")
                .hasNotPassed("EndEvent_Paid");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.QUASHED);
        assertThat(caseFile(instance).getOutcome()).isEqualTo("QUASHED");
    }

    @Test
    void unpaidFeeRunsUpLateFeeAndTheCourtOrdersEnforcement() {
        ProcessInstance instance = served(FeeReports.oneExtraChild());
        assertThat(job("BoundaryEvent_PaymentDeadline").getDuedate()).isEqualTo(endOf(LocalDate.of(2012, 10, 8)));

        at(LocalDate.of(2012, 12, 10));
        execute(job("BoundaryEvent_PaymentDeadline"));
        assertThat(instance).isWaitingAt("Task_ServeReminder", "Task_RecordDeposit", "Task_RecordReview");
        // two whole months of delay (10-09 to 12-08): 2‰ × 119,316 × 2
        assertThat((String) runtimeService.getVariable(instance.getId(), "lateFeeText")).contains("477.26");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.OVERDUE);

        assertThatThrownBy(() -> complete(task("Task_ServeReminder"), withVariables("reminderServedOn", "2012-10-08")))
                .hasMessageContaining("催告书送达日期不能早于缴款期限届满次日（2012-10-09）");
        complete(task("Task_ServeReminder"), withVariables("reminderServedOn", "2012-12-10"));
        // ten working days from Monday 12-10 end on 12-24; the window opened on 12-08
        assertThat(instance).variables().containsEntry("courtApplicationFrom", "2012-12-25");
        assertThat(job("TimerEvent_ReminderPeriodOver").getDuedate()).isEqualTo(endOf(LocalDate.of(2012, 12, 25)));
        execute(job("TimerEvent_ReminderPeriodOver"));

        at(LocalDate.of(2012, 12, 26));
        assertThatThrownBy(() -> complete(task("Task_ApplyToCourt"), court("2012-12-21")))
                .hasMessageContaining("申请强制执行日期不能早于");
        complete(task("Task_ApplyToCourt"), court("2012-12-26"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Enforced");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.ENFORCED);
    }

    @Test
    void theCourtRefusesEnforcementAndTheCaseClosesUnenforced() {
        ProcessInstance instance = served(FeeReports.oneExtraChild());
        at(LocalDate.of(2012, 12, 10));
        execute(job("BoundaryEvent_PaymentDeadline"));
        complete(task("Task_ServeReminder"), withVariables("reminderServedOn", "2012-12-10"));
        execute(job("TimerEvent_ReminderPeriodOver"));

        at(LocalDate.of(2012, 12, 26));
        complete(task("Task_ApplyToCourt"), withVariables("courtAppliedOn", "2012-12-26", "courtRuling", "NOT_ENFORCE",
                "courtRulingNumber", "（2012）新执字第16号"));
        assertThat(instance).isEnded().hasPassed("EndEvent_NotEnforced").hasNotPassed("EndEvent_Enforced");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(caseFile(instance).getOutcome()).isEqualTo("ENFORCEMENT_REFUSED");
    }

    @Test
    void reviewLowersTheFeeToWhatIsAlreadyPaidAndTheCaseClosesAsPaid() {
        ProcessInstance instance = start(FeeReports.nonMaritalBirth());
        complete(task(), withVariables("registrationDecision", "REGISTER"));
        complete(task(), investigation("王强", "刘洋"));
        complete(task(), withVariables("multiple", "2", "multipleReason", "拒不配合调查，隐瞒生育事实"));
        at(LocalDate.of(2012, 8, 13));
        complete(task(), withVariables("noticeServedOn", "2012-08-13"));
        execute(job());
        complete(task(), withVariables("statementMade", false));
        at(LocalDate.of(2012, 8, 20));
        complete(task(), withVariables("decidedOn", "2012-08-20"));
        at(SERVED);
        complete(task(), withVariables("fatherServedOn", "2012-09-07", "motherServedOn", "2012-09-07"));
        at(LocalDate.of(2012, 9, 20));
        complete(task("Task_RecordDeposit"), deposit("FATHER", "14914.50", "2012-09-20", "JS0101"));
        complete(task("Task_RecordDeposit"), deposit("MOTHER", "14914.50", "2012-09-20", "JS0102"));
        assertThat(instance).isWaitingAt("Task_RecordDeposit", "Task_InstalmentApplication", "Task_RecordReview");

        // changed to the statutory minimum of 0.5x: 14,914.50 each, which both have paid
        at(LocalDate.of(2012, 10, 30));
        complete(task("Task_RecordReview"), review("CHANGED", "0.5", "2012-10-29", "常人口复决〔2012〕5号"));
        assertThat(instance).isEnded().hasPassed("ServiceTask_ClosePaidAfterReview", "EndEvent_PaidAfterReview")
                .hasNotPassed("EndEvent_Paid");
        assertThat(caseFile(instance).getStatus()).isEqualTo(CaseStatus.PAID);
    }

    @Test
    void noHearingOfferedSkipsTheHearing() {
        // app.maintenance-fee.hearing-offered is false by default (config/maintenance-fee.yml)
        ProcessInstance instance = start(FeeReports.oneExtraChild());
        complete(task(), withVariables("registrationDecision", "REGISTER"));
        complete(task(), investigation("王强", "刘洋"));
        complete(task(), new HashMap<String, Object>());
        assertThat(instance).variables().containsEntry("hearingOffered", false);
        at(LocalDate.of(2012, 8, 13));
        complete(task(), withVariables("noticeServedOn", "2012-08-13"));
        assertThat(instance).variables().containsEntry("statementUntil", "2012-08-16")
                .containsEntry("hearingOffered", false).containsEntry("hearingRequestUntil", null);
        execute(job());

        at(LocalDate.of(2012, 8, 15));
        // a hearing the notice did not offer cannot be recorded; nothing is written
        assertThatThrownBy(() -> complete(task(), withVariables("statementMade", false, "hearingRequested", true,
                "hearingRequestedOn", "2012-08-14"))).hasMessageContaining("未告知听证权利");
        assertThat(jdbc.queryForMap("select statement_made, hearing_requested from maintenance_fee_case").values())
                .containsOnlyNulls();
        complete(task(), withVariables("statementMade", false));
        assertThat(instance).hasPassed("Gateway_HearingRequested").hasNotPassed("Task_HoldHearing")
                .isWaitingAt("Task_DecideFee");
        assertThat(jdbc.queryForObject("select hearing_offered from maintenance_fee_case", Boolean.class)).isFalse();
    }

    @Test
    void casesCloseWithoutCollectionWhenNotOpenedOrNoFeeIsDue() {
        ProcessInstance dismissed = start(FeeReports.oneExtraChild());
        assertThatThrownBy(() -> complete(taskOf(dismissed), withVariables("registrationDecision", "DISMISS")))
                .hasMessageContaining("不予立案的理由");
        complete(taskOf(dismissed), withVariables("registrationDecision", "DISMISS",
                "registrationReason", "经核实该孩子持有《生育证》，属政策内生育"));
        assertThat(dismissed).isEnded().hasPassed("EndEvent_NotRegistered");
        assertThat(caseFile(dismissed).getStatus()).isEqualTo(CaseStatus.DISMISSED);

        Map<String, Object> other = FeeReports.nonMaritalBirth();
        other.put("childIdNumber", "M320009999");
        other.put("childBirthDate", "2012-02-01");
        ProcessInstance investigated = start(other);
        complete(taskOf(investigated), withVariables("registrationDecision", "REGISTER"));
        complete(taskOf(investigated), withVariables("investigationOutcome", "NO_FEE",
                "closingReason", "已在男方户籍地征收社会抚养费，不重复征收"));
        assertThat(investigated).isEnded().hasPassed("EndEvent_NoFeeDue");
        assertThat(caseFile(investigated).getStatus()).isEqualTo(CaseStatus.DISMISSED);
        assertThat(caseFile(investigated).getOutcome()).isEqualTo("NO_FEE_DUE");
    }

    @Test
    void secondCaseForTheSameChildAndParentsIsRefusedEvenUnderAnotherNumber() {
        ProcessInstance first = start(FeeReports.oneExtraChild());
        long before = cases.count();
        assertThatThrownBy(() -> start(FeeReports.oneExtraChild()))
                .hasMessageContaining("案件编号" + first.getBusinessKey())
                .hasMessageContaining("不得重复立案征收");
        Map<String, Object> sameBirthOtherNumber = FeeReports.oneExtraChild();
        sameBirthOtherNumber.put("childIdNumber", "M320001234");
        assertThatThrownBy(() -> start(sameBirthOtherNumber)).hasMessageContaining("不得重复立案征收");
        assertThat(cases.count()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(1);
    }

    @Test
    void badReportIsNamedFieldByFieldAndWritesNothing() {
        Map<String, Object> report = FeeReports.oneExtraChild();
        report.put("fatherIdNumber", FeeReports.MOTHER_ID);
        report.put("childBirthDate", "2012-01-16");
        report.remove("situation");
        assertThatThrownBy(() -> start(report))
                .hasMessageContaining("男方公民身份号码显示性别为女")
                .hasMessageContaining("与孩子出生日期（2012-01-16）不一致")
                .hasMessageContaining("请选择违法生育情形");
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void ruralParentWithoutAConfiguredTownshipFigureCannotBeAssessed() {
        ProcessInstance instance = start(FeeReports.oneExtraChild());
        complete(task(), withVariables("registrationDecision", "REGISTER"));
        Map<String, Object> found = new HashMap<>(investigation("王强", "刘洋"));
        found.put("confirmedFatherHukouType", "RURAL");
        // Not an input error: the investigation is taken and the case waits for the township's base figure.
        complete(task(), found);
        assertThat(instance).isWaitingAt("MessageEvent_IncomeBaseEntered");
        assertThat(jdbc.queryForObject("select description from configuration_gap where resolved_at is null",
                String.class)).isEqualTo("2011年春江镇农村居民人均纯收入");
    }

    // ------------------------------------------------------------------------------------------------- steps

    /** Registered, investigated, assessed at 4×, noticed, decided on 08-20 and served on both on 09-07. */
    private ProcessInstance served(Map<String, Object> report) {
        ProcessInstance instance = start(report);
        complete(task(), withVariables("registrationDecision", "REGISTER"));
        complete(task(), investigation("王强", "刘洋"));
        complete(task(), new HashMap<String, Object>());
        at(LocalDate.of(2012, 8, 13));
        complete(task(), withVariables("noticeServedOn", "2012-08-13"));
        execute(job());
        complete(task(), withVariables("statementMade", false));
        at(LocalDate.of(2012, 8, 20));
        complete(task(), withVariables("decidedOn", "2012-08-20"));
        at(SERVED);
        complete(task(), withVariables("fatherServedOn", "2012-09-07", "motherServedOn", "2012-09-07"));
        return instance;
    }

    private static Map<String, Object> investigation(String first, String second) {
        return withVariables("investigationOutcome", "FEE_DUE", "investigator1", first, "investigator2", second,
                "marriageBirthHistory", "双方2008年登记结婚，2009年生育一女，2012年1月生育一子，无生育证",
                "confirmedFatherHukouType", "URBAN", "confirmedMotherHukouType", "URBAN");
    }

    private static Map<String, Object> deposit(String payer, String amount, String on, String receipt) {
        return new HashMap<>(withVariables("payer", payer, "depositAmount", amount, "depositedOn", on,
                "treasuryReceiptNumber", receipt, "treasuryConfirmed", true));
    }

    private static Map<String, Object> unconfirmed(Map<String, Object> deposit) {
        deposit.put("treasuryConfirmed", false);
        return deposit;
    }

    private static Map<String, Object> review(String outcome, String multiple, String on, String number) {
        Map<String, Object> v = new HashMap<>(withVariables("reviewBody", "常州市人口和计划生育委员会", "reviewOutcome", outcome, "reviewDecidedOn", on,
                "reviewDecisionNumber", number, "reviewReason", "原决定认定事实清楚，但倍数确定不当"));
        if (multiple != null) {
            v.put("reviewMultiple", multiple);
        }
        return v;
    }

    private static Map<String, Object> court(String appliedOn) {
        return withVariables("courtAppliedOn", appliedOn, "courtRuling", "ENFORCE",
                "courtRulingNumber", "（2012）新执字第15号");
    }

    private ProcessInstance start(Map<String, Object> variables) {
        ProcessInstance instance = CaseTestSupport.startLinked(runtimeService, jdbc, "socialMaintenanceFee", variables);
        assertThat(instance).isStarted();
        return instance;
    }

    private static org.camunda.bpm.engine.task.Task taskOf(ProcessInstance instance) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(instance);
    }

    private CaseFile caseFile(ProcessInstance instance) {
        return cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
    }

    private static void at(LocalDate date) {
        CaseTestSupport.clockAt(date);
    }

    private static Date endOf(LocalDate date) {
        return CaseTestSupport.endOf(date);
    }
}
