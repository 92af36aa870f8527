package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinbei.pfp.testing.CaseTestSupport.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The deadline desk on the 2012 calendar, seen on Thursday 2012-09-27, just before the National Day holiday (rest
 * 09-30 .. 10-07, 调休 working day Saturday 09-29). Working days after 09-27: 09-28, 09-29, 10-08, 10-09. Four open
 * steps, due dates set as an extension would (taskService.setDueDate):
 * <pre>
 *   AE-2012-00001 春江镇 police check (police-liaison)  due 09-26: overdue by 1 working day (09-27)
 *   MF-2012-00001 春江镇 confirm the case (town clerk) due 09-27: due soon, 0 left
 *   SC-2012-00001 春江镇 accept (town clerk)           due 10-08: due soon, 3 left (09-28, 09-29, 10-08)
 *   SC-2012-00002 孟河镇 accept (town clerk)           due 10-09: on time, 4 left
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeadlineDeskTest {

    static final String PASSWORD = "demo";
    static final String MENGHE_WIFE_ID = "320411198506120045";
    static final String MENGHE_HUSBAND_ID = "32041119830203003X";
    static final String WIFE_MASKED = "320411********002X";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    String policeTask;
    String chunjiangAcceptTask;

    @BeforeEach
    void fourOpenSteps() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 17));
        String assistance = assistanceAtPoliceCheck();
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 18));
        String fee = runtimeService.startProcessInstanceByKey("socialMaintenanceFee",
                new HashMap<>(FeeReports.oneExtraChild())).getId();
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 20));
        String chunjiang = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getId();
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 21));
        Map<String, Object> menghe = Applications.onlyChildCouple();
        menghe.put("townSlug", "menghe");
        menghe.put("wifeIdNumber", MENGHE_WIFE_ID);
        menghe.put("husbandIdNumber", MENGHE_HUSBAND_ID);
        String mengheInstance = runtimeService.startProcessInstanceByKey("secondChildApproval", menghe).getId();

        policeTask = due(assistance, LocalDate.of(2012, 9, 26));
        due(fee, LocalDate.of(2012, 9, 27));
        chunjiangAcceptTask = due(chunjiang, LocalDate.of(2012, 10, 8));
        due(mengheInstance, LocalDate.of(2012, 10, 9));
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 27));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void bureauSeesEveryOpenStepClassifiedAndSortedByDueDate() throws Exception {
        api("bureau.head")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.today").value("2012-09-27"))
                .andExpect(jsonPath("$.dueSoonWorkingDays").value(3))
                .andExpect(jsonPath("$.counts.overdue").value(1))
                .andExpect(jsonPath("$.counts.dueSoon").value(2))
                .andExpect(jsonPath("$.counts.onTime").value(1))
                .andExpect(jsonPath("$.counts.noDeadline").value(0))
                .andExpect(jsonPath("$.items[*].caseNumber")
                        .value(contains("AE-2012-00001", "MF-2012-00001", "SC-2012-00001", "SC-2012-00002")))
                .andExpect(jsonPath("$.items[*].status").value(contains("OVERDUE", "DUE_SOON", "DUE_SOON", "ON_TIME")))
                .andExpect(jsonPath("$.items[*].remainingWorkingDays").value(contains(-1, 0, 3, 4)))
                .andExpect(jsonPath("$.items[0].kindName").value("奖励扶助资格确认"))
                .andExpect(jsonPath("$.items[0].townName").value("春江镇"))
                .andExpect(jsonPath("$.items[0].responsibleUnit").value("police"))
                .andExpect(jsonPath("$.items[0].responsibleUnitName").value("公安分局（派出所）"))
                .andExpect(jsonPath("$.items[0].responsibleGroupName").value("公安分局（派出所）联络员"))
                .andExpect(jsonPath("$.items[2].stepName").value("受理申请"))
                .andExpect(jsonPath("$.items[2].responsibleGroup").value("chunjiang-clerk"))
                .andExpect(jsonPath("$.items[2].responsibleGroupName").value("春江镇经办人"))
                .andExpect(jsonPath("$.items[2].statusLabel").value("即将到期"))
                .andExpect(jsonPath("$.items[2].legalBasis").value(containsString("《行政许可法》第三十二条")))
                .andExpect(jsonPath("$.items[2].createdOn").value("2012-09-20"))
                .andExpect(jsonPath("$.items[2].dueDate").value("2012-10-08"))
                // Created on 09-20 with 5 working days: 09-21, 09-24 .. 09-27; then moved to 10-08.
                .andExpect(jsonPath("$.items[2].originalDueDate").value("2012-09-27"))
                .andExpect(jsonPath("$.items[2].extended").value(true))
                .andExpect(jsonPath("$.items[2].parties", hasItem("王芳 " + WIFE_MASKED)))
                .andExpect(content().string(not(containsString(Applications.WIFE_ID))))
                // Charts: by kind (SC, AE, MF, TN, BR, MC, MA: every kind of CaseKind), stacked by status.
                .andExpect(jsonPath("$.charts[0].categories")
                        .value(contains("照顾再生育一孩审批", "奖励扶助资格确认", "社会抚养费征收", "两非联合办案", "生育登记",
                                "流动人口婚育证明", "流入人口婚育证明查验")))
                .andExpect(jsonPath("$.charts[0].series[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$.charts[0].series[0].counts").value(contains(0, 1, 0, 0, 0, 0, 0)))
                .andExpect(jsonPath("$.charts[0].series[1].counts").value(contains(1, 0, 1, 0, 0, 0, 0)))
                .andExpect(jsonPath("$.charts[0].series[2].counts").value(contains(1, 0, 0, 0, 0, 0, 0)))
                // By town: 春江镇 first, 孟河镇 second.
                .andExpect(jsonPath("$.charts[1].categories[0]").value("春江镇"))
                .andExpect(jsonPath("$.charts[1].series[1].counts[0]").value(2))
                .andExpect(jsonPath("$.charts[1].series[2].counts[1]").value(1))
                // By department: only the police step is a department's (bureau first, police second).
                .andExpect(jsonPath("$.charts[2].categories[1]").value("公安分局（派出所）"))
                .andExpect(jsonPath("$.charts[2].series[0].counts[1]").value(1));
    }

    @Test
    void filtersNarrowTheListButTheSummaryCountsIgnoreTheStatusFilter() throws Exception {
        api("bureau.clerk", "kind", "SECOND_CHILD")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00001", "SC-2012-00002")));
        api("bureau.clerk", "town", "menghe")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00002")));
        api("bureau.clerk", "unit", "police")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("AE-2012-00001")));
        api("bureau.clerk", "unit", "chunjiang")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("MF-2012-00001", "SC-2012-00001")));
        api("bureau.clerk", "status", "DUE_SOON")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("MF-2012-00001", "SC-2012-00001")))
                .andExpect(jsonPath("$.counts.overdue").value(1))
                .andExpect(jsonPath("$.counts.onTime").value(1));
        api("bureau.clerk", "status", "OVERDUE", "kind", "SECOND_CHILD")
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void searchByCaseNumberNameOrFullIdNumberOfAnyParty() throws Exception {
        api("bureau.head", "q", Applications.WIFE_ID)
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00001")))
                .andExpect(content().string(not(containsString(Applications.WIFE_ID))));
        // The husband of the 孟河镇 couple, lower-case x accepted.
        api("bureau.head", "q", MENGHE_HUSBAND_ID.toLowerCase())
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00002")));
        api("bureau.head", "q", "sc-2012")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00001", "SC-2012-00002")));
        api("bureau.head", "q", "MF-2012-00001")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("MF-2012-00001")));
        // The same search box as the workspace: a party's name (part), within the user's reach.
        api("bureau.head", "q", "李强")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00001", "SC-2012-00002")));
        api("menghe.clerk", "q", "李强")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00002")));
        api("bureau.head", "q", "张伟")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("MF-2012-00001")));
        api("bureau.head", "q", "赵")
                .andExpect(jsonPath("$.total").value(0));
        // A number is searched by its beginning (an index lookup), not anywhere inside.
        api("bureau.head", "q", "SC-2012-0000")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00001", "SC-2012-00002")));
        api("bureau.head", "q", "%_")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("q"))
                .andExpect(jsonPath("$.violations[0].message").value("请输入案件编号、当事人姓名或完整的公民身份号码"));
        // A wrong check digit is named, not silently unmatched.
        api("bureau.head", "q", "320411198405120021")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("q"));
        api("bureau.head", "kind", "BIRTH")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("kind"))
                .andExpect(jsonPath("$.violations[0].message").value("案件类型不正确"));
        api("bureau.head", "unit", "nowhere")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("unit"));
    }

    @Test
    void sortingAndPaging() throws Exception {
        api("bureau.head", "sort", "caseNumber")
                .andExpect(jsonPath("$.items[*].caseNumber")
                        .value(contains("AE-2012-00001", "MF-2012-00001", "SC-2012-00001", "SC-2012-00002")));
        api("bureau.head", "sort", "created", "dir", "desc")
                .andExpect(jsonPath("$.items[*].caseNumber")
                        .value(contains("SC-2012-00002", "SC-2012-00001", "MF-2012-00001", "AE-2012-00001")));
        // By town in the organization's order (春江镇, 孟河镇), then by due date.
        api("bureau.head", "sort", "town", "dir", "desc")
                .andExpect(jsonPath("$.items[0].caseNumber").value("SC-2012-00002"));
        api("bureau.head", "sort", "town")
                .andExpect(jsonPath("$.items[*].caseNumber")
                        .value(contains("AE-2012-00001", "MF-2012-00001", "SC-2012-00001", "SC-2012-00002")));
        api("bureau.head", "size", "3", "page", "1")
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00002")));
        // Past the end, however far: an empty page, not an overflow.
        api("bureau.head", "page", String.valueOf(Integer.MAX_VALUE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items").isEmpty());
        api("bureau.head", "ended", "true", "page", String.valueOf(Integer.MAX_VALUE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
        api("bureau.head", "sort", "priority").andExpect(status().isBadRequest());
        api("bureau.head", "size", "500").andExpect(status().isBadRequest());
    }

    @Test
    void eachRoleSeesItsOwnScope() throws Exception {
        api("chunjiang.clerk").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseNumber")
                        .value(contains("AE-2012-00001", "MF-2012-00001", "SC-2012-00001")));
        api("chunjiang.head")
                .andExpect(jsonPath("$.total").value(3));
        api("menghe.clerk")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("SC-2012-00002")));
        // A town clerk filtering for another town gets nothing of it.
        api("menghe.clerk", "town", "chunjiang").andExpect(jsonPath("$.total").value(0));
        // A liaison sees only the steps offered to their group, in any town.
        api("police.liaison")
                .andExpect(jsonPath("$.items[*].caseNumber").value(contains("AE-2012-00001")))
                .andExpect(jsonPath("$.items[0].stepName").value("派出所核实户口性质、死亡证明"));
        api("health.liaison").andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        api("admin").andExpect(status().isForbidden());
        api("engine.admin").andExpect(status().isForbidden());
        mvc.perform(get("/desk/deadlines").with(user("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/deadlines.xlsx").with(user("engine.admin"))).andExpect(status().isForbidden());
    }

    @Test
    void excelExportHasChineseHeadersMaskedIdsAndTheSameFilters() throws Exception {
        byte[] file = mvc.perform(get("/desk/deadlines.xlsx").param("kind", "SECOND_CHILD").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(DeadlineDeskController.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("期限监控");
            assertThat(sheet).isNotNull();
            assertThat(cells(sheet.getRow(0))).containsExactly("序号", "案件编号", "案件类型", "镇（街道）", "当事人",
                    "办理环节", "承办单位", "承办岗位", "开始日期", "办理期限", "原定期限", "剩余工作日", "状态", "法律依据", "期限说明");
            assertThat(cells(sheet.getRow(1))).startsWith("1", "SC-2012-00001", "照顾再生育一孩审批", "春江镇",
                    "李强 320411********0033；王芳 " + WIFE_MASKED, "受理申请", "春江镇", "春江镇经办人",
                    "2012-09-20", "2012-10-08", "2012-09-27", "3", "即将到期");
            assertThat(cells(sheet.getRow(1)).get(13)).contains("《行政许可法》第三十二条");
            assertThat(cells(sheet.getRow(2))).startsWith("2", "SC-2012-00002", "照顾再生育一孩审批", "孟河镇");
            assertThat(cells(sheet.getRow(2)).get(11)).isEqualTo("4");
            assertThat(cells(sheet.getRow(2)).get(12)).isEqualTo("正常");
            assertThat(sheet.getRow(3)).isNull();
            List<String> all = new ArrayList<>();
            sheet.forEach(row -> all.addAll(cells(row)));
            assertThat(all).noneMatch(c -> c.contains(Applications.WIFE_ID) || c.contains(Applications.HUSBAND_ID)
                    || c.contains(MENGHE_WIFE_ID));
        }
        // A town's clerk exports their own town only.
        byte[] own = mvc.perform(get("/desk/deadlines.xlsx").with(user("menghe.clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own))) {
            Sheet sheet = workbook.getSheet("期限监控");
            assertThat(cells(sheet.getRow(1)).get(1)).isEqualTo("SC-2012-00002");
            assertThat(sheet.getRow(2)).isNull();
        }
    }

    @Test
    void deskPageRendersSummaryChartsTableAndSupervisorLinks() throws Exception {
        mvc.perform(get("/desk/deadlines").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>期限监控 - 新北区人口计生案件督查台</title>")))
                .andExpect(content().string(containsString("id=\"count-overdue\">1<")))
                .andExpect(content().string(containsString("id=\"count-due-soon\">2<")))
                .andExpect(content().string(containsString("id=\"count-on-time\">1<")))
                .andExpect(content().string(containsString("id=\"chart-kind\"")))
                .andExpect(content().string(containsString("id=\"chart-department\"")))
                .andExpect(content().string(containsString("echarts.min.js")))
                .andExpect(content().string(containsString("SC-2012-00001")))
                .andExpect(content().string(containsString("王芳 " + WIFE_MASKED)))
                .andExpect(content().string(containsString("逾期1个工作日")))
                .andExpect(content().string(containsString("剩余3个工作日")))
                .andExpect(content().string(containsString("/desk/cases/SC-2012-00001")))
                .andExpect(content().string(containsString("/desk/steps/" + chunjiangAcceptTask + "/extension")))
                .andExpect(content().string(containsString("/desk/deadlines.xlsx")))
                .andExpect(content().string(not(containsString(Applications.WIFE_ID))));
        // A clerk gets the list without the extension link; a liaison without the timeline link.
        mvc.perform(get("/desk/deadlines").with(user("chunjiang.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SC-2012-00001")))
                .andExpect(content().string(not(containsString("/extension"))))
                .andExpect(content().string(not(containsString("SC-2012-00002"))));
        mvc.perform(get("/desk/deadlines").with(user("police.liaison")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("AE-2012-00001")))
                .andExpect(content().string(not(containsString("/desk/cases/"))));
        // Bad filters are named on the page.
        mvc.perform(get("/desk/deadlines").param("q", "320411198405120021").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("检索的公民身份号码有误")));
    }

    @Test
    void typedParametersThatCannotBeReadAreRefusedInChineseAtTheirField() throws Exception {
        // Each bad value: 400 problem details naming the parameter, with its Chinese message; never a 500.
        String[][] bad = {
                {"kind", "BIRTH", "案件类型不正确"},
                {"status", "LATE", "期限状态不正确"},
                {"sort", "priority", "排序方式不正确"},
                {"dir", "down", "排序方向应为asc或desc"},
                {"page", "abc", "页码应为不小于0的整数"},
                {"page", "-1", "页码应为不小于0的整数"},
                {"page", "99999999999", "页码应为不小于0的整数"},
                {"size", "1.5", "每页条数应为整数"},
                {"ended", "maybe", "是否已办结（ended）应为true或false"},
                {"from", "2012-02-30", "开始日期应为日期，如2012-01-31"},
                {"to", "yesterday", "结束日期应为日期，如2012-01-31"},
                {"step", "all", "办理环节只能为posting（公示环节）"}};
        for (String[] c : bad) {
            // from, to and step belong to the ended view; the others are read whichever view is asked for.
            boolean endedView = List.of("from", "to", "step").contains(c[0]);
            (endedView ? api("bureau.head", "ended", "true", c[0], c[1]) : api("bureau.head", c[0], c[1]))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as("%s=%s", c[0], c[1])
                            .isEqualTo(400))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                    .andExpect(jsonPath("$.violations[0].field").value(c[0]))
                    .andExpect(jsonPath("$.violations[0].message").value(c[2]));
        }
        // Blank means "any", as before the parameters were typed.
        api("bureau.head", "kind", "", "status", "", "sort", "", "dir", "", "page", "", "ended", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4));
        api("bureau.head", "ended", "true", "from", "2012-01-01", "to", "", "step", "")
                .andExpect(status().isOk());
        // The desk page and its export answer with the desk's Chinese error page.
        mvc.perform(get("/desk/deadlines").param("kind", "BIRTH").with(user("bureau.head")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("案件类型不正确")));
        mvc.perform(get("/desk/deadlines").param("ended", "true").param("from", "2012-1-1").with(user("bureau.head")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("开始日期应为日期，如2012-01-31")));
        mvc.perform(get("/desk/deadlines").param("page", "-3").with(user("bureau.head")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("页码应为不小于0的整数")));
        mvc.perform(get("/desk/deadlines.xlsx").param("sort", "priority").with(user("bureau.head")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("排序方式不正确")));
    }

    /**
     * Times are China time however the database keeps them: a step completed at 07:30 on 09-27 (23:30 the day before
     * in UTC, as Hibernate stores an Instant) ended on 09-27, is listed for that day and shown at 07:30.
     */
    @Test
    void aStepEndedEarlyInTheMorningEndedThatDayInChinaTime() throws Exception {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                LocalDate.of(2012, 9, 27).atTime(7, 30).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
        identityService.setAuthentication("police.liaison", List.of("police-liaison"));
        taskService.complete(policeTask, Map.of("confirmedApplicantHukou", "AGRICULTURAL",
                "confirmedSpouseHukou", "AGRICULTURAL", "hukouCertificateNumber", "春派证〔2012〕31号"));
        identityService.clearAuthentication();

        String page = mvc.perform(get("/desk/deadlines").param("ended", "true").param("from", "2012-09-27")
                        .param("to", "2012-09-27").with(user("bureau.head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("派出所核实户口性质、死亡证明", "2012-09-27 07:30");
        String dayBefore = mvc.perform(get("/desk/deadlines").param("ended", "true").param("from", "2012-09-26")
                        .param("to", "2012-09-26").with(user("bureau.head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dayBefore).doesNotContain("派出所核实户口性质、死亡证明");
    }

    /**
     * The ended-steps page names who completed each step, each person looked up once: four steps completed by one
     * clerk cost the identity tables as many statements as one (H2 counts the executions of each statement).
     */
    @Test
    void endedStepsNameTheirClerksWithoutOneLookupPerRow() throws Exception {
        jdbc.update("update case_step set ended_at = coalesce(ended_at, ?), end_kind = 'COMPLETED',"
                + " completed_by = 'chunjiang.clerk'", java.sql.Timestamp.valueOf("2012-09-26 10:00:00"));
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            long one = identityStatementsForEndedPage("1");
            long four = identityStatementsForEndedPage("4");
            assertThat(one).isPositive();
            assertThat(four).isEqualTo(one);
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    private long identityStatementsForEndedPage(String size) throws Exception {
        long before = identityExecutions();
        String page = mvc.perform(get("/desk/deadlines").param("ended", "true").param("from", "2012-09-01")
                        .param("to", "2012-09-30").param("size", size).with(user("bureau.head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split("张敏", -1).length - 1).as("rows named by the clerk's name").isEqualTo(Integer.parseInt(size));
        assertThat(page).doesNotContain("chunjiang.clerk");
        return identityExecutions() - before;
    }

    private long identityExecutions() {
        Long sum = jdbc.queryForObject("select sum(execution_count) from information_schema.query_statistics"
                + " where lower(sql_statement) like '%act\\_id\\_user%'"
                + " and lower(sql_statement) not like '%query_statistics%'", Long.class);
        return sum == null ? 0 : sum;
    }

    @Test
    void caseTimelineShowsEveryStepAgainstItsDeadline() throws Exception {
        // The police confirm the hukou a working day late (due 09-26, done 09-27).
        identityService.setAuthentication("police.liaison", List.of("police-liaison"));
        taskService.complete(policeTask, Map.of("confirmedApplicantHukou", "AGRICULTURAL",
                "confirmedSpouseHukou", "AGRICULTURAL", "hukouCertificateNumber", "春派证〔2012〕31号"));
        identityService.clearAuthentication();

        mvc.perform(get("/desk/cases/AE-2012-00001").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("案件时间线：AE-2012-00001")))
                .andExpect(content().string(containsString("奖励扶助资格确认")))
                .andExpect(content().string(containsString("派出所核实户口性质、死亡证明")))
                .andExpect(content().string(containsString("逾期1个工作日办结")))
                // people by name, not login id (issue 15)
                .andExpect(content().string(containsString("杨警官")))
                .andExpect(content().string(not(containsString("police.liaison"))))
                .andExpect(content().string(containsString("按期办结")))
                .andExpect(content().string(containsString("环节办结")))
                .andExpect(content().string(not(containsString(AssistanceApplications.RURAL_MAN))));
        mvc.perform(get("/desk/cases/SC-2012-00001").with(user("chunjiang.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("受理申请")))
                .andExpect(content().string(containsString("办理中：即将到期（剩余3个工作日）")))
                .andExpect(content().string(containsString("原定 2012-09-27")));
        mvc.perform(get("/desk/cases/SC-2012-00001").with(user("menghe.clerk"))).andExpect(status().isNotFound());
        // A liaison opens the cases with a step of their department only (issue 15); this one has none of police's.
        mvc.perform(get("/desk/cases/SC-2012-00001").with(user("police.liaison"))).andExpect(status().isNotFound());
        mvc.perform(get("/desk/cases/AE-2012-00001").with(user("police.liaison"))).andExpect(status().isOk());
        mvc.perform(get("/desk/cases/SC-2012-00001").with(user("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/cases/SC-2012-09999").with(user("bureau.head"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- helpers

    private ResultActions api(String userId, String... params) throws Exception {
        var request = get("/api/deadlines").with(httpBasic(userId, PASSWORD));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private String due(String processInstance, LocalDate date) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstance).singleResult();
        taskService.setDueDate(task.getId(), endOf(date));
        return task.getId();
    }

    private String assistanceAtPoliceCheck() {
        return AssistanceCases.pastPostings(processEngine, AssistanceApplications.ruralAward()).getId();
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return values;
    }
}
