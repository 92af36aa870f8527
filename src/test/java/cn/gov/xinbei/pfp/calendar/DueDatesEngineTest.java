package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static cn.gov.xinbei.pfp.calendar.DueDateRule.calendarDays;
import static cn.gov.xinbei.pfp.calendar.DueDateRule.workingDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ${dueDates.of(execution, 'key')}} in a real (in-memory) Camunda engine on the 2012/2013 calendar: a user
 * task's due date and a timer, as the process models use them. The engine is built here rather than from the
 * application so that this test depends on no other set-up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DueDatesEngineTest {

    private static final String PROCESS = "dueDatesProcess";
    private static final String POSTING_PROCESS = "dueDatesPosting";

    /** Monday 2012-01-16, 10:00 in Changzhou: the day of the reference vectors. */
    private static final Instant ACCEPTED = OffsetDateTime.parse("2012-01-16T10:00:00+08:00").toInstant();

    private ProcessEngine engine;
    private RuntimeService runtime;
    private DueDates dueDates;

    @BeforeAll
    void startEngine() {
        DeadlineCalculator calculator =
                new DeadlineCalculator(OfficialCalendars.calendar2012And2013(), ZoneId.of("Asia/Shanghai"));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("rules", (DueDateRules) () -> Map.of(
                "test.review", workingDays(() -> 20),
                "test.remind", workingDays(() -> 5),
                "test.posting", calendarDays(() -> 30)));
        dueDates = new DueDates(calculator, beans.getBeanProvider(DueDateRules.class),
                beans.getBeanProvider(TaskService.class), beans.getBeanProvider(ManagementService.class));
        String name = "due-dates-test-" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setBeans(Map.of("dueDates", dueDates));
        engine = configuration.buildProcessEngine();
        beans.addBean("taskService", engine.getTaskService());
        beans.addBean("managementService", engine.getManagementService());
        runtime = engine.getRuntimeService();
        engine.getRepositoryService().createDeployment()
                .addModelInstance(PROCESS + ".bpmn", process())
                .addModelInstance(POSTING_PROCESS + ".bpmn", postingProcess())
                .deploy();
    }

    @AfterAll
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        RecentPeriods.forget();
    }

    private static String due(String key) {
        return "${dueDates.of(execution, '" + key + "')}";
    }

    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess(PROCESS)
                .startEvent()
                .userTask("review").camundaDueDate(due("test.review"))
                .boundaryEvent("remind").cancelActivity(false).timerWithDate(due("test.remind"))
                .endEvent()
                .done();
    }

    private static BpmnModelInstance postingProcess() {
        return Bpmn.createExecutableProcess(POSTING_PROCESS)
                .startEvent()
                .intermediateCatchEvent("posting").timerWithDate(due("test.posting"))
                .userTask("afterPosting")
                .endEvent()
                .done();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void aUserTaskAndItsTimerAreDueAtTheEndOfTheirLastWorkingDay() {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(PROCESS).getId();

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        // 20 working days across the Spring Festival of 2012 (01-22 to 01-28 off, 01-21 and 01-29 worked).
        assertThat(task.getDueDate().toInstant()).isEqualTo(at("2012-02-16T23:59:59+08:00"));
        // 01-21 is the make-up Saturday before the Spring Festival, so it is the fifth working day.
        assertThat(timer.getDuedate().toInstant()).isEqualTo(at("2012-01-21T23:59:59+08:00"));
    }

    @Test
    void aCalendarDayPeriodEndsOnItsLastDay() {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(POSTING_PROCESS).getId();

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(at("2012-02-15T23:59:59+08:00"));
    }

    @Test
    void javaCodeMovesTasksAndTimersThroughTheSameBean() {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(PROCESS).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();

        LocalDate extended = dueDates.extendedByWorkingDays(LocalDate.of(2012, 2, 16), 10);
        dueDates.moveTask(task.getId(), extended);
        dueDates.moveTimer(timer.getId(), LocalDate.of(2012, 1, 30));

        assertThat(extended).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getDueDate()
                .toInstant()).isEqualTo(at("2012-03-01T23:59:59+08:00"));
        assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult().getDuedate()
                .toInstant()).isEqualTo(at("2012-01-30T23:59:59+08:00"));
    }

    @Test
    void aProvisionalNoteGoesInFrontOfTheDescriptionAndComesOffWhenFinal() {
        String noted = DueDates.describe("请核对材料", "暂定：2027年节假日安排尚未公布");
        assertThat(noted).isEqualTo(DueDates.PROVISIONAL_MARK + "2027年节假日安排尚未公布\n请核对材料");
        assertThat(DueDates.describe(noted, null)).isEqualTo("请核对材料");
    }

    @Test
    void aDeadlineInAnUnconfiguredYearStopsTheProcessInsteadOfGuessing() {
        ClockUtil.setCurrentTime(Date.from(at("2013-12-20T10:00:00+08:00")));
        long instancesBefore = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS))
                .hasMessageContaining("未配置2014年适用的节假日安排");
        // The start is rolled back: no case waits with a made-up deadline.
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }
}
