package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseTimelinePlugin;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * December 2026 with no 2027 notice: a second-child case goes on, its deadlines into 2027 are provisional and marked
 * so; the administrator publishes the 2027 notice on the desk and the open deadline is counted again, into the case
 * timeline and the administration log. The 2027 text is invented (see the notices' README).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HolidayNoticePublicationTest {

    static final String DEMO_PASSWORD = "demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingDayCalendar calendar;

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        jdbc.update("delete from holiday_notice");
        calendar.restore(2027, null, false);
    }

    @Test
    void deadlinesIntoAnUnpublishedYearAreProvisionalAndCountedAgainWhenTheNoticeIsPublished() throws Exception {
        assertThat(calendar.isPublished(2027)).isFalse();
        CaseTestSupport.clockAt(LocalDate.of(2026, 12, 18));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));

        // Sunday 2026-12-20: accepted; the town review's 20 working days run to 2027-01-18 (元旦 provisional).
        CaseTestSupport.clockAt(LocalDate.of(2026, 12, 20));
        complete(instance, Map.of("acceptanceDecision", "ACCEPT"));
        Task townReview = task(instance);
        assertThat(townReview.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2027, 1, 18)));
        assertThat(townReview.getDescription()).startsWith(CaseTimelinePlugin.PROVISIONAL_MARK + "2027年节假日安排尚未公布");
        assertThat(jdbc.queryForObject("select due_basis from case_step where task_id = ?", String.class, townReview.getId()))
                .isEqualTo("2026-12-20+20+WORKING_DAYS");
        mvc.perform(get("/api/deadlines").with(httpBasic("bureau.clerk", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].provisional").value(true))
                .andExpect(jsonPath("$.items[0].provisionalNote").value(containsString("2027年节假日安排尚未公布")));
        mvc.perform(get("/desk/deadlines").with(user("bureau.clerk")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("（暂定）")));

        // 2027-01-12, still no notice: the decision's 20 working days cross the provisional 春节 (02-05 to 02-10).
        CaseTestSupport.clockAt(LocalDate.of(2027, 1, 12));
        complete(instance, Map.of("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        Task decision = task(instance);
        assertThat(decision.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2027, 2, 15)));
        mvc.perform(get("/desk/calendar").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国务院办公厅关于2027年部分节假日安排的通知尚未在本系统发布")));
        mvc.perform(get("/desk/calendar").with(user("bureau.head")))
                .andExpect(content().string(not(containsString("calendar-banner"))));

        // The administrator pastes the notice, reviews it and confirms.
        String notice = invented2027Notice();
        mvc.perform(post("/desk/calendar/preview").with(user("admin")).with(csrf()).param("noticeText", notice))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2027-02-05 至 2027-02-13"),
                        containsString("2027-02-20（春节）"), containsString("确认后，将重算"))));
        assertThat(calendar.isPublished(2027)).as("a preview changes nothing").isFalse();
        mvc.perform(post("/desk/calendar/publish").with(user("admin")).with(csrf()).param("noticeText", notice))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2027年节假日安排已发布")));

        assertThat(calendar.isPublished(2027)).isTrue();
        Task recounted = task(instance);
        // 02-05 to 02-13 off: Feb 1-4 are the 14th to 17th working days, then 02-15, 16, 17.
        assertThat(recounted.getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2027, 2, 17)));
        assertThat(recounted.getDescription()).doesNotContain(CaseTimelinePlugin.PROVISIONAL_MARK);
        assertThat(jdbc.queryForMap("select due_at, original_due_at from case_step where task_id = ?", recounted.getId()))
                .allSatisfy((column, value) -> assertThat(value.toString()).startsWith("2027-02-17"));
        // 我的待办 reads the step's groups' copy of the due date: it moved with the step.
        assertThat(jdbc.queryForList("select due_at from case_step_group where task_id = ?", Object.class,
                recounted.getId())).singleElement().asString().startsWith("2027-02-17");
        // The desk's counts per due day moved with it.
        assertThat(jdbc.query("select due_on, open_steps from case_step_open_count",
                (rs, row) -> rs.getDate(1).toLocalDate() + " " + rs.getInt(2))).containsExactly("2027-02-17 1");
        assertThat(jdbc.queryForList("select detail from case_event where event_type = 'DEADLINE_RECALCULATED'", String.class))
                .hasSize(2)
                .allSatisfy(detail -> assertThat(detail)
                        .contains("原期限2027-02-15 → 新期限2027-02-17", "自2027-01-12起20个工作日",
                                "国务院办公厅关于2027年部分节假日安排的通知"));
        assertThat(jdbc.queryForObject("select due_on from case_file", LocalDate.class)).isEqualTo("2027-02-17");
        assertThat(jdbc.queryForMap("select notice_year, published_by, recalculated, not_recalculated from holiday_notice"))
                .containsEntry("NOTICE_YEAR", 2027).containsEntry("PUBLISHED_BY", "admin")
                .containsEntry("RECALCULATED", 2).containsEntry("NOT_RECALCULATED", 0);
        mvc.perform(get("/desk/audit").with(user("admin")))
                .andExpect(content().string(allOf(containsString("节假日安排"), containsString("2027年"))));
        mvc.perform(get("/desk/deadlines").with(user("bureau.clerk")))
                .andExpect(content().string(not(containsString("（暂定）"))));
    }

    @Test
    void aPostingPeriodTimerIntoTheUnpublishedYearMovesWhenTheNoticeIsPublished(@Autowired ManagementService management)
            throws Exception {
        CaseTestSupport.clockAt(LocalDate.of(2026, 12, 18));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
        complete(instance, Map.of("acceptanceDecision", "ACCEPT"));
        complete(instance, Map.of("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        CaseTestSupport.clockAt(LocalDate.of(2027, 2, 1));
        complete(instance, Map.of("decision", "APPROVE"));
        complete(instance, Map.of("certificateIssuedOn", "2027-02-01"));
        complete(instance, Map.of("postingPlace", "春江镇村务公开栏"));
        // 7 days from 2027-02-01 end on 02-08, inside the provisional 春节 (02-05 to 02-10): moved to 02-11.
        Job posting = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(posting.getDuedate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2027, 2, 11)));
        assertThat(jdbc.queryForObject("select due_basis from timer_due_basis where job_id = ?", String.class,
                posting.getId())).isEqualTo("2027-02-01+7+CALENDAR_DAYS");

        mvc.perform(post("/desk/calendar/publish").with(user("admin")).with(csrf()).param("noticeText", invented2027Notice()))
                .andExpect(status().isOk());

        // The notice's 春节 runs to 02-13 (Saturday): the first working day after it is Monday 02-15.
        assertThat(management.createJobQuery().jobId(posting.getId()).singleResult().getDuedate())
                .isEqualTo(CaseTestSupport.endOf(LocalDate.of(2027, 2, 15)));
        assertThat(jdbc.queryForList("select detail from case_event where event_type = 'DEADLINE_RECALCULATED'"
                + " and step_name = '定时期限（公示期、缴款期等）'", String.class))
                .singleElement().asString().contains("原期限2027-02-11 → 新期限2027-02-15", "自2027-02-01起7日");
    }

    @Test
    void aLawfulExtensionOfAProvisionalDeadlineKeepsItsLengthWhenTheNoticeIsPublished() throws Exception {
        CaseTestSupport.clockAt(LocalDate.of(2026, 12, 18));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
        complete(instance, Map.of("acceptanceDecision", "ACCEPT"));
        CaseTestSupport.clockAt(LocalDate.of(2027, 1, 12));
        complete(instance, Map.of("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        // 行政许可法 art. 42: +10 working days from the provisional 2027-02-15: 02-16..19, 22..26, 03-01.
        CaseTestSupport.clockAt(LocalDate.of(2027, 2, 1));
        mvc.perform(post("/desk/steps/" + task(instance).getId() + "/extension").param("workingDays", "10")
                        .param("reason", "需向外省核实男方婚育情况，已发函待复").with(user("bureau.head")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2027, 3, 1)));

        mvc.perform(post("/desk/calendar/publish").with(user("admin")).with(csrf()).param("noticeText", invented2027Notice()))
                .andExpect(status().isOk());

        // 20 + 10 working days from 2027-01-12 on the published calendar (02-05..13 off, Saturday 02-20 worked).
        assertThat(task(instance).getDueDate()).isEqualTo(CaseTestSupport.endOf(LocalDate.of(2027, 3, 2)));
        assertThat(jdbc.queryForObject("select due_on from case_file", LocalDate.class)).isEqualTo("2027-03-02");
    }

    @Test
    void aChangedArrangementOfAPublishedYearIsShownAsAChangeAndReplacesIt() throws Exception {
        mvc.perform(post("/desk/calendar/publish").with(user("admin")).with(csrf()).param("noticeText", invented2027Notice()))
                .andExpect(status().isOk());
        // As in 2019 (劳动节 re-set in March): the same year again, with 5 May now a working day.
        String changed = invented2027Notice().replace("四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。5月8日（周六）上班。",
                "四、劳动节：5月1日（周六）至4日（周二）放假调休，共4天。");
        mvc.perform(post("/desk/calendar/preview").with(user("admin")).with(csrf()).param("noticeText", changed))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("该年已有公布的安排"), containsString("2027-05-05"),
                        containsString("2027-05-08"))));
        mvc.perform(post("/desk/calendar/publish").with(user("admin")).with(csrf()).param("noticeText", changed))
                .andExpect(status().isOk());
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 5))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 8))).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from holiday_notice where notice_year = 2027", Integer.class))
                .isEqualTo(2);
        // Publishing the same text again changes nothing and is refused as such.
        mvc.perform(post("/desk/calendar/publish").with(user("admin")).with(csrf()).param("noticeText", changed))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("与现行安排相同")));
    }

    @Test
    void aNoticeThatCannotBeReadCompletelyIsRefusedWithItsLineAndNothingChanges() throws Exception {
        String broken = invented2027Notice().replace("三、清明节：4月3日（周六）", "三、植树节：4月3日（周六）");
        mvc.perform(post("/desk/calendar/publish").with(user("admin")).with(csrf()).param("noticeText", broken))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("第6行"), containsString("未作任何更改"))));
        mvc.perform(post("/desk/calendar/preview").with(user("admin")).with(csrf()).param("noticeText", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请粘贴国务院办公厅关于某年部分节假日安排的通知全文")));
        assertThat(calendar.isPublished(2027)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from holiday_notice", Integer.class)).isZero();
    }

    @Test
    void onlyAdministratorsPublish() throws Exception {
        mvc.perform(post("/desk/calendar/publish").with(user("bureau.clerk")).with(csrf())
                        .param("noticeText", invented2027Notice()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/desk/calendar").with(user("bureau.head"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("识别并预览"))));
        assertThat(calendar.isPublished(2027)).isFalse();
    }

    private static String invented2027Notice() throws IOException {
        return new ClassPathResource("calendar/notices/fixtures/2027-invented.txt").getContentAsString(StandardCharsets.UTF_8);
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        taskService.complete(task(instance).getId(), variables);
    }
}
