package cn.gov.xinbei.pfp.workspace;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.deadlines.DeadlineProperties;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import cn.gov.xinbei.pfp.testing.ClosedCases;
import cn.gov.xinbei.pfp.testing.ClosedCases.Party;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The clerks' case workspace (/desk/work) on 2012-09-27. Open cases started through their processes, closed cases of
 * every kind as their processes leave them (ClosedCases):
 * <pre>
 *   SC-2012-00001 春江镇 open, 受理申请 (chunjiang-clerk)       王芳 / 李强
 *   SC-2012-00002 孟河镇 open, 受理申请 (menghe-clerk)
 *   AE-2012-00001 春江镇 open, police check (police-liaison)
 *   SC-2011-00007 春江镇 closed (已办结)   钱淑英 320411196203150045 / 陈卫东
 *   AE-2011-00003 春江镇 closed, a police step once          周桂兰
 *   MF-2011-00002 春江镇 paid (已缴清)                        刘德华
 *   TN-2011-00001 春江镇 closed (两非, no party)
 *   BR-2011-00004 春江镇 registered (已发证)                  赵丽
 *   SC-2011-00009 孟河镇 closed                                钱淑兰 32041219650505002X
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkspaceDeskTest {

    static final String CLOSED_WIFE_ID = "320411196203150045";
    static final String MENGHE_CLOSED_ID = "32041219650505002X";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkspaceService workspace;

    String chunjiangAcceptTask;
    String policeTask;

    @BeforeEach
    void openAndClosedCases() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 17));
        String assistance = AssistanceCases.pastPostings(processEngine, AssistanceApplications.ruralAward()).getId();
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 20));
        String chunjiang = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getId();
        Map<String, Object> menghe = Applications.onlyChildCouple();
        menghe.put("townSlug", "menghe");
        menghe.put("wifeIdNumber", "320411198506120045");
        menghe.put("husbandIdNumber", "32041119830203003X");
        runtimeService.startProcessInstanceByKey("secondChildApproval", menghe);
        chunjiangAcceptTask = taskService.createTaskQuery().processInstanceId(chunjiang).singleResult().getId();
        policeTask = taskService.createTaskQuery().processInstanceId(assistance).singleResult().getId();

        ClosedCases.insert(jdbc, "SC-2011-00007", "SECOND_CHILD", "chunjiang", "CLOSED", LocalDate.of(2011, 6, 1),
                "chunjiang-clerk", new Party("WIFE", "钱淑英", CLOSED_WIFE_ID),
                new Party("HUSBAND", "陈卫东", "32041119600101001X"));
        ClosedCases.insert(jdbc, "AE-2011-00003", "ASSISTANCE", "chunjiang", "CLOSED", LocalDate.of(2011, 7, 1),
                "police-liaison", new Party("BENEFICIARY", "周桂兰", "320411195208080029"));
        ClosedCases.insert(jdbc, "MF-2011-00002", "MAINTENANCE_FEE", "chunjiang", "PAID", LocalDate.of(2011, 8, 1),
                "chunjiang-clerk", new Party("PAYER", "刘德华", "320411197011110035"));
        ClosedCases.insert(jdbc, "TN-2011-00001", "TWO_NON", "chunjiang", "CLOSED", LocalDate.of(2011, 9, 1),
                "health-liaison");
        ClosedCases.insert(jdbc, "BR-2011-00004", "BIRTH_REGISTRATION", "chunjiang", "BIRTH_REGISTERED",
                LocalDate.of(2011, 10, 1), null, new Party("MOTHER", "赵丽", "320411198803030046"));
        ClosedCases.insert(jdbc, "SC-2011-00009", "SECOND_CHILD", "menghe", "CLOSED", LocalDate.of(2011, 5, 1),
                "menghe-clerk", new Party("WIFE", "钱淑兰", MENGHE_CLOSED_ID));
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 27));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void aTownClerkSeesEveryCaseOfTheTownOpenAndClosedNewestChangeFirst() throws Exception {
        String page = page("chunjiang.clerk");
        assertThat(caseNumbers(page)).containsExactly("SC-2012-00001", "AE-2012-00001", "BR-2011-00004",
                "TN-2011-00001", "MF-2011-00002", "AE-2011-00003", "SC-2011-00007");
        assertThat(page).contains("共 7 件", "照顾再生育一孩审批", "奖励扶助资格确认", "社会抚养费征收", "两非联合办案",
                "生育登记", "春江镇", "受理申请", "已缴清，结案", "已办结", "王芳（" + ResidentIdMasking.mask(Applications.WIFE_ID) + "）",
                "钱淑英（320411********0045）");
        // Another town's cases are not there, nor any full ID number.
        assertThat(page).doesNotContain("SC-2012-00002", "SC-2011-00009", "孟河镇", Applications.WIFE_ID,
                CLOSED_WIFE_ID);
    }

    @Test
    void oneSearchBoxFindsByCaseNumberNamePartOrFullIdNumber() throws Exception {
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "SC-2011-00007"))).containsExactly("SC-2011-00007");
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "sc-2011"))).containsExactly("SC-2011-00007");
        assertThat(caseNumbers(page("bureau.clerk", "q", "SC-2011"))).containsExactly("SC-2011-00007",
                "SC-2011-00009");
        // A part of a name: within the town only (孟河镇's 钱淑兰 is not the 春江镇 clerk's).
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "钱淑"))).containsExactly("SC-2011-00007");
        assertThat(caseNumbers(page("bureau.head", "q", "钱淑"))).containsExactly("SC-2011-00007", "SC-2011-00009");
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "卫东"))).containsExactly("SC-2011-00007");
        // The parts of a name registered through the application are written with its party.
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "芳"))).containsExactly("SC-2012-00001");
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "李强"))).containsExactly("SC-2012-00001");
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "王李"))).as("not a run of one name").isEmpty();
        // A full ID number of any party, exactly; shown masked.
        String byId = page("chunjiang.clerk", "q", CLOSED_WIFE_ID);
        assertThat(caseNumbers(byId)).containsExactly("SC-2011-00007");
        assertThat(byId).contains("320411********0045").doesNotContain(">" + CLOSED_WIFE_ID + "<");
        assertThat(caseNumbers(page("chunjiang.clerk", "q", MENGHE_CLOSED_ID))).isEmpty();
        assertThat(caseNumbers(page("chunjiang.clerk", "q", "32041119600101001x"))).containsExactly("SC-2011-00007");
    }

    @Test
    void filtersByKindStateStatusAndCurrentStep() throws Exception {
        assertThat(caseNumbers(page("chunjiang.clerk", "kind", "ASSISTANCE")))
                .containsExactly("AE-2012-00001", "AE-2011-00003");
        assertThat(caseNumbers(page("chunjiang.clerk", "state", "open"))).containsExactly("SC-2012-00001",
                "AE-2012-00001");
        assertThat(caseNumbers(page("chunjiang.clerk", "state", "closed"))).hasSize(5).doesNotContain("SC-2012-00001");
        assertThat(caseNumbers(page("chunjiang.clerk", "status", "PAID"))).containsExactly("MF-2011-00002");
        assertThat(caseNumbers(page("bureau.clerk", "step", "Task_AcceptApplication")))
                .containsExactlyInAnyOrder("SC-2012-00001", "SC-2012-00002");
        assertThat(caseNumbers(page("bureau.clerk", "step", "Task_PoliceCheck"))).containsExactly("AE-2012-00001");
        assertThat(caseNumbers(page("bureau.clerk", "kind", "SECOND_CHILD", "state", "closed", "sort", "caseNumber")))
                .containsExactly("SC-2011-00007", "SC-2011-00009");
    }

    @Test
    void pagesAreCountedAndReadInTheDatabase() throws Exception {
        String first = page("bureau.head", "size", "3");
        // Same last change: the later case number first.
        assertThat(caseNumbers(first)).containsExactly("SC-2012-00002", "SC-2012-00001", "AE-2012-00001");
        assertThat(first).contains("共 9 件；第 1 / 3 页", "下一页").doesNotContain("上一页");
        String last = page("bureau.head", "size", "3", "page", "2");
        assertThat(caseNumbers(last)).containsExactly("AE-2011-00003", "SC-2011-00007", "SC-2011-00009");
        assertThat(last).contains("第 3 / 3 页", "上一页");
    }

    @Test
    void theCountStopsAtItsLimitAndThePageSaysThereAreMore() throws Exception {
        Object workspace = AopTestUtils.getTargetObject(this.workspace);
        DeadlineProperties configured = (DeadlineProperties) ReflectionTestUtils.getField(workspace, "properties");
        ReflectionTestUtils.setField(workspace, "properties", new DeadlineProperties(
                configured.dueSoonWorkingDays(), configured.pageSize(), configured.maxPageSize(), 4));
        try {
            String first = page("bureau.head", "size", "3");
            assertThat(caseNumbers(first)).hasSize(3);
            assertThat(first).contains("超过 4 件，只列出前 4 件；第 1 / 2 页", "下一页");
            String last = page("bureau.head", "size", "3", "page", "1");
            assertThat(caseNumbers(last)).hasSize(1);
            assertThat(last).doesNotContain("下一页");
            assertThat(page("bureau.head", "size", "3", "page", "2")).contains("没有符合条件的案件");
            // Nine cases with a limit of nine: counted exactly, no "more".
            ReflectionTestUtils.setField(workspace, "properties", new DeadlineProperties(
                    configured.dueSoonWorkingDays(), configured.pageSize(), configured.maxPageSize(), 9));
            assertThat(page("bureau.head", "size", "3")).contains("共 9 件；第 1 / 3 页");
        } finally {
            ReflectionTestUtils.setField(workspace, "properties", configured);
        }
    }

    /**
     * The SQL a list page sends to the case tables does not grow with its rows: the page, its count, its parties and
     * its open steps (H2 counts the executions of each statement).
     */
    @Test
    void aPageCostsTheSameStatementsWhateverItsNumberOfRows() throws Exception {
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            long two = statementsOnCaseTables("size", "2");
            long nine = statementsOnCaseTables("size", "9");
            assertThat(two).isPositive();
            assertThat(nine).isEqualTo(two);
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    private long statementsOnCaseTables(String... params) throws Exception {
        long before = caseTableExecutions();
        assertThat(caseNumbers(page("bureau.head", params))).hasSize(Integer.parseInt(params[1]));
        return caseTableExecutions() - before;
    }

    private long caseTableExecutions() {
        Long sum = jdbc.queryForObject("select sum(execution_count) from information_schema.query_statistics"
                + " where lower(sql_statement) not like '%query_statistics%' and (lower(sql_statement) like '%case\\_party%'"
                + " or lower(sql_statement) like '%case\\_step%' or lower(sql_statement) like '%case\\_file%')", Long.class);
        return sum == null ? 0 : sum;
    }

    @Test
    void aLiaisonSeesTheCasesWithTheirDepartmentsStepsAndOpensThem() throws Exception {
        assertThat(caseNumbers(page("police.liaison"))).containsExactly("AE-2012-00001", "AE-2011-00003");
        assertThat(caseNumbers(page("health.liaison"))).containsExactly("TN-2011-00001");
        mvc.perform(get("/desk/cases/AE-2011-00003").with(user("police.liaison")))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
        mvc.perform(get("/desk/cases/SC-2012-00001").with(user("police.liaison")))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
    }

    @Test
    void myWorkListsTheTasksTheUserMayDoNowWithTheirTasklistLinks() throws Exception {
        String clerk = page("chunjiang.clerk");
        assertThat(clerk).contains("我的待办（1）", "/camunda/app/tasklist/default/#/?task=" + chunjiangAcceptTask)
                .doesNotContain(policeTask);
        String police = page("police.liaison");
        assertThat(police).contains("我的待办（1）", "派出所核实户口性质、死亡证明",
                "/camunda/app/tasklist/default/#/?task=" + policeTask);
        // The town's head follows the cases but does no task of the clerks.
        assertThat(page("chunjiang.head")).contains("我的待办（0）", "目前没有需要您办理的任务");
        // A task claimed by someone else is no longer offered.
        taskService.claim(chunjiangAcceptTask, "someone.else");
        assertThat(page("chunjiang.clerk")).contains("我的待办（0）");
    }

    @Test
    void theCasePageOpensClosedCasesOfEveryKindAndOffersTheOpenTasksTheUserMayDo() throws Exception {
        for (String number : List.of("SC-2011-00007", "AE-2011-00003", "MF-2011-00002", "TN-2011-00001",
                "BR-2011-00004")) {
            String page = mvc.perform(get("/desk/cases/" + number).with(user("chunjiang.clerk")))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).as(number).isEqualTo(200))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(number).doesNotContain("待我办理");
        }
        String open = mvc.perform(get("/desk/cases/SC-2012-00001").with(user("chunjiang.clerk")))
                .andReturn().getResponse().getContentAsString();
        assertThat(open).contains("待我办理", "/camunda/app/tasklist/default/#/?task=" + chunjiangAcceptTask);
        String head = mvc.perform(get("/desk/cases/SC-2012-00001").with(user("chunjiang.head")))
                .andReturn().getResponse().getContentAsString();
        assertThat(head).contains("受理申请").doesNotContain("待我办理");
    }

    @Test
    void badParametersAreTheDesksChinese400() throws Exception {
        bad("案件类型不正确", "kind", "BIRTH");
        bad("办理状态应为办理中或已办结", "state", "done");
        bad("案件状态不正确", "status", "FINISHED");
        bad("办理环节不正确", "step", "Task_NoSuchStep");
        bad("排序方式不正确", "sort", "name");
        bad("页码应为不小于0的整数", "page", "-1");
        bad("页码应为不小于0的整数", "page", "x");
        bad("每页条数应为1至100之间的整数", "size", "1000");
        bad("检索的公民身份号码有误", "q", "320411196203150046");
        bad("检索内容最多40个字", "q", "张".repeat(41));
        mvc.perform(get("/desk/work").with(user("admin")))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
    }

    private void bad(String message, String... params) throws Exception {
        var request = get("/desk/work").with(user("chunjiang.clerk"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request)
                .andExpect(r -> assertThat(r.getResponse().getStatus()).as(String.join("=", params)).isEqualTo(400))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(message).doesNotContain("Exception", "Failed to convert");
    }

    private String page(String user, String... params) throws Exception {
        var request = get("/desk/work").with(user(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(r -> assertThat(r.getResponse().getStatus()).as(user + " " + String.join(",", params))
                        .isEqualTo(200))
                .andReturn().getResponse().getContentAsString();
    }

    /** The case numbers of the case list (not of "我的待办"), in order. */
    static List<String> caseNumbers(String page) {
        String table = page.substring(page.indexOf("id=\"cases\""));
        Matcher m = Pattern.compile("href=\"/desk/cases/([A-Z]{2}-\\d{4}-\\d{5})\"").matcher(table);
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }
}
