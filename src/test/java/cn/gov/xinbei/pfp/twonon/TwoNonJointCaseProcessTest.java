package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.AuthorizationException;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Paths of twoNonJointCase and its agency tracks, on the 2012 calendar. */
@SpringBootTest
@ActiveProfiles("test")
class TwoNonJointCaseProcessTest {

    private static final String REPORTER = "举报人张某某";
    private static final String CONTACT = "13900000000";
    private static final List<String> BUREAU = List.of("bureau-clerk");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FormService formService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TwoNonIntakeService service;
    @Autowired
    TwoNonTrackService tracks;
    @Autowired
    TwoNonPenaltyService penalties;
    @Autowired
    TwoNonClosingService closing;
    @Autowired
    TwoNonSupervisionService supervision;
    @Autowired
    TwoNonHolds holds;

    @BeforeEach
    void setUp() {
        init(processEngine);
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 1));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void oneAgencyFinesLatePaymentAndTheReporterIsRewarded() {
        assertThatThrownBy(() -> service.report(new TwoNonIntakeService.Intake("HOTLINE", false, REPORTER, CONTACT, "  "),
                "bureau.clerk", BUREAU)).hasMessageContaining("没有具体事实的举报不予登记");
        assertThatThrownBy(() -> service.report(intake(false), "town.clerk", List.of("chunjiang-clerk")))
                .isInstanceOf(AccessDeniedException.class);

        String caseNumber = report(false);
        ProcessInstance instance = instance(caseNumber);
        assertThat(caseNumber).startsWith("TN-2012-");
        assertThat(caseFile(caseNumber).getProcessInstanceId()).isEqualTo(instance.getId());
        assertThat(instance).isWaitingAt("Task_Accept");
        assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_Accept");
        // the reporter's identity: not in variables (runtime or history), not in the case list; bureau only
        assertThat(runtimeService.getVariables(instance.getId()).values().toString()).doesNotContain(REPORTER, CONTACT);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
                .toString()).doesNotContain(REPORTER, CONTACT);
        assertThat(jdbc.queryForList("select * from case_file").toString()).doesNotContain(REPORTER, CONTACT);
        assertThat(service.reporter(caseNumber, List.of("bureau-supervisor")).name()).isEqualTo(REPORTER);
        assertThat(service.reporter(caseNumber, BUREAU).contact()).isEqualTo(CONTACT);
        assertThatThrownBy(() -> service.reporter(caseNumber, List.of("health-liaison")))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> complete(task(instance), withVariables("acceptanceDecision", "ACCEPT")))
                .hasMessageContaining("至少须有一个参与调查的部门");
        complete(task(instance), withVariables("acceptanceDecision", "ACCEPT",
                "healthReason", "被举报的是春江镇某民营医院B超室医生"));
        assertThat(instance).isWaitingAt("Call_AgencyTracks");
        assertThat(caseFile(caseNumber).getStatus()).isEqualTo(CaseStatus.JOINT_INVESTIGATION);
        Task investigate = track(caseNumber, "health");
        assertThat(investigate.getTaskDefinitionKey()).isEqualTo("Task_Investigate");
        assertThat(taskService.getIdentityLinksForTask(investigate.getId()).get(0).getGroupId()).isEqualTo("health-liaison");

        // decision before the prior notice is refused
        assertThatThrownBy(() -> penalties.decide(caseNumber, "health", LocalDate.of(2012, 8, 1), new BigDecimal("20000"),
                "health.liaison", List.of("health-liaison"))).hasMessageContaining("第四十一条");

        complete(investigate, findings(false, true, null));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 6));
        complete(track(caseNumber, "health"), withVariables("noticeServedOn", "2012-08-06"));
        Task hearingRequest = track(caseNumber, "health");
        assertThat(hearingRequest.getTaskDefinitionKey()).isEqualTo("Task_HearingRequest");
        assertThat(hearingRequest.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 8, 9)));
        complete(hearingRequest, withVariables("hearingRequested", false));

        Task decide = track(caseNumber, "health");
        assertThat(decide.getTaskDefinitionKey()).isEqualTo("Task_Decide");
        assertThatThrownBy(() -> complete(decide, withVariables("decidedOn", "2012-08-06", "fine", "20000")))
                .hasMessageContaining("处罚决定不能早于或与处罚告知同日作出");
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 10));
        assertThatThrownBy(() -> complete(decide, withVariables("decidedOn", "2012-08-10", "fine", "35000")))
                .hasMessageContaining("超出法定幅度：一万元以上三万元以下");
        assertThatThrownBy(() -> complete(decide, withVariables("decidedOn", "2012-08-10", "fine", "9999")))
                .hasMessageContaining("超出法定幅度");
        complete(decide, withVariables("decidedOn", "2012-08-10", "fine", "20000"));

        Task serve = track(caseNumber, "health");
        assertThat(serve.getTaskDefinitionKey()).isEqualTo("Task_ServeDecision");
        assertThat(serve.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 8, 17)));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
        complete(serve, withVariables("servedOn", "2012-08-13"));
        Task payment = track(caseNumber, "health");
        assertThat(taskService.getIdentityLinksForTask(payment.getId()).get(0).getGroupId()).isEqualTo("finance-liaison");
        assertThat(payment.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 8, 28)));

        // paid two days late: 3 % × 2 days of 20,000 = 1,200
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 30));
        assertThatThrownBy(() -> complete(payment, withVariables("paidOn", "2012-08-30", "amountPaid", "20000")))
                .hasMessageContaining("应缴21200.00元（罚款20000.00元，逾期加处罚款1200.00元）");
        complete(payment, withVariables("paidOn", "2012-08-30", "amountPaid", "21200"));

        assertThat(instance).isWaitingAt("Task_Close");
        complete(task(instance), withVariables("reportVerified", true, "closingSummary", "经查举报属实，医生已受处罚"));
        assertThat(closing.agencySummaries(caseNumber)).singleElement().asString()
                .contains("社会事业局（卫生）", "罚款20000.00元", "已缴纳21200.00元");
        assertThat(instance).isWaitingAt("Task_PayReward");
        assertThat(caseFile(caseNumber).getStatus()).isEqualTo(CaseStatus.AWAITING_REWARD);
        Task reward = task(instance);
        assertThat(taskService.getIdentityLinksForTask(reward.getId()).get(0).getGroupId()).isEqualTo("finance-liaison");
        assertThatThrownBy(() -> complete(reward, withVariables("rewardAmount", "5000", "rewardPaidOn", "2012-08-30",
                "rewardVoucher", "CZ-2012-088"))).hasMessageContaining("奖励不少于一万元");
        complete(reward, withVariables("rewardAmount", "10000", "rewardPaidOn", "2012-08-30", "rewardVoucher", "CZ-2012-088"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Rewarded");
        assertThat(caseFile(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void severalAgenciesInParallelWithReferralHearingLateAgencyAndHold() {
        String caseNumber = report(true);
        ProcessInstance instance = instance(caseNumber);
        assertThat(service.reporter(caseNumber, BUREAU).anonymous()).isTrue();
        complete(task(instance), withVariables("acceptanceDecision", "ACCEPT",
                "healthReason", "无证个体诊所为孕妇做B超鉴定胎儿性别", "policeReason", "无证行医，涉嫌非法行医罪",
                "drugsReason", "药店违规销售米非司酮"));
        List<Task> parallel = taskService.createTaskQuery().processInstanceBusinessKeyLike(caseNumber + "/%").list();
        assertThat(parallel).extracting(Task::getTaskDefinitionKey).containsOnly("Task_Investigate").hasSize(3);

        // another agency cannot complete the health task: Camunda refuses, and so does the service
        Task health = track(caseNumber, "health");
        identityService.setAuthentication("drugs.liaison", List.of("drugs-liaison"));
        assertThatThrownBy(() -> complete(health, findings(false, true, null))).isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        assertThatThrownBy(() -> tracks.investigated(caseNumber, "health", new cn.gov.xinbei.pfp.twonon.domain.Findings("x", null, null,
                null, false, false, null), "drugs.liaison", List.of("drugs-liaison"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complete(track(caseNumber, "police"), findings(false, true, null)))
                .hasMessageContaining("没有罚款职权");

        // police: crime suspected → referral recorded, no fine
        complete(track(caseNumber, "police"), findings(true, false, null));
        Task referral = track(caseNumber, "police");
        assertThat(referral.getTaskDefinitionKey()).isEqualTo("Task_ReferToPolice");
        complete(referral, withVariables("referredOn", "2012-08-01", "referralNumber", "新卫移〔2012〕3号"));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber + "/police").count()).isZero();

        // health: evidence preserved, decision due in 7 days; crime suspected too, so referral before any fine
        Map<String, Object> preserved = findings(true, true, null);
        preserved.put("evidencePreservedOn", "2012-08-01");
        complete(track(caseNumber, "health"), preserved);
        Task evidence = track(caseNumber, "health");
        assertThat(evidence.getTaskDefinitionKey()).isEqualTo("Task_EvidenceDecision");
        assertThat(evidence.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 8, 8)));
        complete(evidence, withVariables("evidenceDecidedOn", "2012-08-01", "evidenceDecision", "B超机一台予以扣押"));
        assertThat(track(caseNumber, "health").getTaskDefinitionKey()).isEqualTo("Task_ReferToPolice");
        assertThatThrownBy(() -> penalties.decide(caseNumber, "health", LocalDate.of(2012, 8, 1), new BigDecimal("20000"),
                "h", null)).hasMessageContaining("第四十一条");
        complete(track(caseNumber, "health"), withVariables("referredOn", "2012-08-01", "referralNumber", "新卫移〔2012〕4号"));
        assertThat(track(caseNumber, "health").getTaskDefinitionKey()).isEqualTo("Task_PriorNotice");

        // drugs: illegal income is irrelevant to its range; hearing requested and held
        complete(track(caseNumber, "drugs"), findings(false, true, "3000"));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 2));
        complete(track(caseNumber, "drugs"), withVariables("noticeServedOn", "2012-08-02"));
        complete(track(caseNumber, "drugs"), withVariables("hearingRequested", true));
        Task hearing = track(caseNumber, "drugs");
        assertThat(hearing.getTaskDefinitionKey()).isEqualTo("Task_Hearing");
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
        assertThatThrownBy(() -> penalties.decide(caseNumber, "drugs", LocalDate.of(2012, 8, 10), new BigDecimal("8000"),
                "d", null)).hasMessageContaining("听证后");
        // the hearing's time and place are notified 7 days ahead (行政处罚法 1996 art. 42): notified 08-07 → 08-14 at
        // the earliest, so a hearing on 08-13 is refused and nothing is written; notified 08-06 → 08-13 is the first day
        assertThat(refused(() -> complete(hearing, withVariables("hearingHeldOn", "2012-08-13",
                "hearingSummary", "当事人承认销售两盒米非司酮"))))
                .extracting(FieldViolation::field).containsExactly("hearingNotifiedOn");
        assertThat(refused(() -> complete(hearing, withVariables("hearingNotifiedOn", "2012-08-07",
                "hearingHeldOn", "2012-08-13", "hearingSummary", "当事人承认销售两盒米非司酮"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("hearingHeldOn");
                    assertThat(v.message()).contains("7日前通知当事人", "不得早于2012-08-14", "第四十二条");
                });
        assertThat(jdbc.queryForMap("select hearing_notified_on, hearing_held_on from two_non_agency a join case_file c"
                + " on c.id = a.case_id where c.case_number = ? and a.agency = 'drugs'", caseNumber).values())
                .containsOnlyNulls();
        assertThat(track(caseNumber, "drugs").getId()).isEqualTo(hearing.getId());
        complete(hearing, withVariables("hearingNotifiedOn", "2012-08-06", "hearingHeldOn", "2012-08-13",
                "hearingSummary", "当事人承认销售两盒米非司酮"));
        assertThat(jdbc.queryForObject("select hearing_notified_on from two_non_agency a join case_file c"
                + " on c.id = a.case_id where c.case_number = ? and a.agency = 'drugs'", java.sql.Date.class, caseNumber))
                .isEqualTo(java.sql.Date.valueOf("2012-08-06"));
        assertThatThrownBy(() -> complete(track(caseNumber, "drugs"), withVariables("decidedOn", "2012-08-13", "fine", "4000")))
                .hasMessageContaining("五千元以上三万元以下");
        complete(track(caseNumber, "drugs"), withVariables("decidedOn", "2012-08-13", "fine", "8000"));
        complete(track(caseNumber, "drugs"), withVariables("servedOn", "2012-08-13"));
        complete(track(caseNumber, "drugs"), withVariables("paidOn", "2012-08-13", "amountPaid", "8000"));

        // the bureau adds the women's federation late: its own parallel track
        assertThatThrownBy(() -> service.addAgency(caseNumber, "women", "关爱女孩宣传", "police.liaison",
                List.of("police-liaison"))).isInstanceOf(AccessDeniedException.class);
        service.addAgency(caseNumber, "women", "对被鉴定的孕妇开展关爱女孩随访", "bureau.clerk", BUREAU);
        assertThatThrownBy(() -> service.addAgency(caseNumber, "women", "重复", "bureau.clerk", BUREAU))
                .hasMessageContaining("已经参与本案");
        Task women = track(caseNumber, "women");
        assertThat(taskService.getIdentityLinksForTask(women.getId()).get(0).getGroupId()).isEqualTo("women-liaison");

        // health finishes without a fine after all (the crime is with the police)
        complete(track(caseNumber, "health"), withVariables("noticeServedOn", "2012-08-13"));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 17));
        complete(track(caseNumber, "health"), withVariables("hearingRequested", false));
        complete(track(caseNumber, "health"), withVariables("decidedOn", "2012-08-17", "fine", "30000"));
        complete(track(caseNumber, "health"), withVariables("servedOn", "2012-08-17"));
        complete(track(caseNumber, "health"), withVariables("paidOn", "2012-08-17", "amountPaid", "30000"));
        assertThat(instance).isWaitingAt("Call_AgencyTracks");
        complete(women, findings(false, false, null));
        assertThat(instance).isWaitingAt("Task_Close");

        complete(task(instance), withVariables("reportVerified", true, "closingSummary", "诊所负责人已移送公安，药店已处罚",
                "holdIdNumber", "32041119850315002X", "holdReason", "孕22周非医学需要终止妊娠"));
        assertThat(closing.agencySummaries(caseNumber)).hasSize(4).anySatisfy(s -> assertThat(s)
                .contains("公安分局", "已移送公安机关（新卫移〔2012〕3号）"));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("holdIdNumber").singleResult().getValue()).isEqualTo("320411********002X");
        // anonymous: no reward route
        assertThat(instance).isEnded().hasPassed("EndEvent_Closed");
        assertThat(caseFile(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(holds.activeHold("32041119850315002X")).contains(caseNumber);
    }

    @Test
    void bureauClerkRegistersAReportThroughTheTasklistStartForm() {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("twoNonJointCase")
                .latestVersion().singleResult().getId();
        assertThat(formService.getStartFormData(definition).getCamundaFormRef().getKey()).isEqualTo("twoNonReport");
        // startable in the Tasklist by the bureau's clerks only
        assertThat(startableBy("bureau.clerk", "bureau-clerk")).isTrue();
        for (String[] other : new String[][] {{"bureau.head", "bureau-supervisor"}, {"chunjiang.clerk", "chunjiang-clerk"},
                {"police.liaison", "police-liaison"}, {"health.liaison", "health-liaison"}, {"admin", "admin"}}) {
            assertThat(startableBy(other[0], other[1])).as(other[0]).isFalse();
        }
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        assertThatThrownBy(() -> formService.submitStartForm(definition, startForm(false)))
                .isInstanceOf(AuthorizationException.class);

        // refused input: a clear error naming the field, nothing written
        identityService.setAuthentication("bureau.clerk", BUREAU);
        Map<String, Object> noFacts = startForm(false);
        noFacts.put("facts", " ");
        assertThat(refused(() -> formService.submitStartForm(definition, noFacts)))
                .extracting(FieldViolation::field).containsExactly("facts");
        Map<String, Object> noChannel = startForm(false);
        noChannel.put("channel", "FAX");
        assertThat(refused(() -> formService.submitStartForm(definition, noChannel)))
                .extracting(FieldViolation::field).containsExactly("channel");
        Map<String, Object> nobody = startForm(false);
        nobody.remove("reporterName");
        nobody.remove("reporterContact");
        assertThat(refused(() -> formService.submitStartForm(definition, nobody)))
                .extracting(FieldViolation::field).containsExactly("reporterName");
        assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from two_non_reporter", Integer.class)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("twoNonJointCase").count()).isZero();

        // a named report: the case number is the business key, the reporter only in two_non_reporter
        ProcessInstance named = formService.submitStartForm(definition, startForm(false));
        identityService.clearAuthentication();
        String caseNumber = named.getBusinessKey();
        assertThat(caseNumber).startsWith("TN-2012-");
        assertThat(named).isWaitingAt("Task_Accept");
        assertThat(caseFile(caseNumber).getProcessInstanceId()).isEqualTo(named.getId());
        assertThat(caseFile(caseNumber).getStatus()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(jdbc.queryForObject("select e.actor from case_event e join case_file c on c.id = e.case_id"
                + " where c.case_number = ? and e.event_type = 'REGISTERED'", String.class, caseNumber))
                .isEqualTo("bureau.clerk");
        assertThat(runtimeService.getVariables(named.getId())).containsEntry("caseNumber", caseNumber)
                .containsEntry("channel", "来信").containsEntry("anonymous", false)
                .containsEntry("facts", "某药店向孕妇出售米非司酮，未查验处方")
                .doesNotContainKeys("reporterName", "reporterContact");
        assertThat(service.reporter(caseNumber, BUREAU)).isEqualTo(new TwoNonIntakeService.Reporter(false, REPORTER, CONTACT));
        assertNowhereInTheEngine(REPORTER, CONTACT);
        complete(task(named), withVariables("acceptanceDecision", "ACCEPT", "drugsReason", "药店销售米非司酮"));
        assertThat(track(caseNumber, "drugs").getTaskDefinitionKey()).isEqualTo("Task_Investigate");

        // anonymous: whatever the form sent as the reporter is kept nowhere
        identityService.setAuthentication("bureau.clerk", BUREAU);
        ProcessInstance anonymous = formService.submitStartForm(definition, startForm(true));
        identityService.clearAuthentication();
        assertThat(service.reporter(anonymous.getBusinessKey(), BUREAU).anonymous()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from two_non_reporter", Integer.class)).isEqualTo(1);
        assertThat(runtimeService.getVariables(anonymous.getId())).containsEntry("anonymous", true)
                .doesNotContainKeys("reporterName", "reporterContact");
        assertNowhereInTheEngine("匿名者王某", "13811112222");
    }

    @Test
    void supervisorPrioritisesAndTheOverdueInvestigationIsEscalated() {
        String caseNumber = report(false);
        ProcessInstance instance = instance(caseNumber);
        complete(task(instance), withVariables("acceptanceDecision", "ACCEPT", "drugsReason", "药店销售米非司酮"));
        // 60 days: 09-30 falls in the National Day holiday → Monday 10-08
        assertThat(overdueJob(instance).getDuedate())
                .isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 10, 8)));
        assertThatThrownBy(() -> supervision.prioritise(caseNumber, LocalDate.of(2012, 8, 20), "bureau.clerk", BUREAU))
                .isInstanceOf(AccessDeniedException.class);
        supervision.prioritise(caseNumber, LocalDate.of(2012, 8, 20), "bureau.head", List.of("bureau-supervisor"));
        assertThat(supervision.priority(caseNumber)).isTrue();
        assertThat(overdueJob(instance).getDuedate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2012, 8, 20)));

        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 21));
        processEngine.getManagementService().executeJob(overdueJob(instance).getId());
        Task escalated = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_Escalated").singleResult();
        assertThat(taskService.getIdentityLinksForTask(escalated.getId()).get(0).getGroupId()).isEqualTo("bureau-supervisor");
        assertThat(jdbc.queryForObject("select count(*) from case_event e join case_file c on c.id = e.case_id"
                + " where c.case_number = ? and e.event_type = 'ESCALATED'", Integer.class, caseNumber)).isEqualTo(1);
        complete(escalated, withVariables("supervisionInstruction", "请药监局于8月31日前办结"));
        // the investigation carries on
        assertThat(track(caseNumber, "drugs").getTaskDefinitionKey()).isEqualTo("Task_Investigate");
    }

    @Test
    void refusedReportEndsTheCase() {
        String caseNumber = report(false);
        ProcessInstance instance = instance(caseNumber);
        complete(task(instance), withVariables("acceptanceDecision", "REFUSE", "acceptanceReason", "举报内容与两非无关"));
        assertThat(instance).isEnded().hasPassed("EndEvent_NotAccepted");
        assertThat(caseFile(caseNumber).getStatus()).isEqualTo(CaseStatus.NOT_ACCEPTED);
    }

    /** The violations of the input error a call was refused with (the engine may wrap a listener's exception). */
    private static List<FieldViolation> refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException e) {
                return e.violations();
            }
        }
        throw new AssertionError("expected an input error, got " + thrown, thrown);
    }

    private boolean startableBy(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return repositoryService.createProcessDefinitionQuery().processDefinitionKey("twoNonJointCase")
                    .startableInTasklist().startablePermissionCheck().count() == 1;
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The variables the Tasklist's start form submits. */
    private static Map<String, Object> startForm(boolean anonymous) {
        Map<String, Object> v = new HashMap<>();
        v.put("channel", "LETTER");
        v.put("anonymous", anonymous);
        v.put("reporterName", anonymous ? "匿名者王某" : REPORTER);
        v.put("reporterContact", anonymous ? "13811112222" : CONTACT);
        v.put("facts", "  某药店向孕妇出售米非司酮，未查验处方 ");
        return v;
    }

    /** No runtime or history variable of the engine holds any of these texts (nor their last value before removal). */
    private void assertNowhereInTheEngine(String... texts) {
        for (String text : texts) {
            for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ? or TEXT2_ like ?",
                        Integer.class, "%" + text + "%", "%" + text + "%")).as(text + " in " + table).isZero();
            }
        }
        assertThat(historyService.createHistoricVariableInstanceQuery().list().stream()
                .map(v -> String.valueOf(v.getValue())).toList()).doesNotContainAnyElementsOf(List.of(texts));
    }

    private org.camunda.bpm.engine.runtime.Job overdueJob(ProcessInstance instance) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_Overdue").singleResult();
    }

    private TwoNonIntakeService.Intake intake(boolean anonymous) {
        return new TwoNonIntakeService.Intake("HOTLINE", anonymous, anonymous ? null : REPORTER, anonymous ? null : CONTACT,
                "春江镇某诊所为孕妇做B超鉴定胎儿性别，每次收费500元");
    }

    private String report(boolean anonymous) {
        return service.report(intake(anonymous), "bureau.clerk", BUREAU).caseNumber();
    }

    private ProcessInstance instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("twoNonJointCase").singleResult();
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Task track(String caseNumber, String agency) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber + "/" + agency).singleResult();
    }

    private static Map<String, Object> findings(boolean crime, boolean penalty, String illegalIncome) {
        Map<String, Object> v = new HashMap<>(withVariables("findings", "查明：为孕妇做胎儿性别鉴定", "evidence", "询问笔录2份",
                "investigators", "王强、刘洋", "crimeSuspected", crime, "penaltyProposed", penalty));
        if (illegalIncome != null) {
            v.put("illegalIncome", illegalIncome);
        }
        return v;
    }

    private CaseFile caseFile(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow();
    }
}
