package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs a real (in-memory) Camunda engine with the plugin, on the 2012/2013 calendar. The engine is built
 * here rather than from camunda.cfg.xml so this test does not depend on any other test engine set-up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingDayBusinessCalendarPluginTest {

    private static final String USER_TASK_PROCESS = "calendarUserTask";
    private static final String TIMER_PROCESS = "calendarTimer";
    private static final String CYCLE_PROCESS = "calendarCycle";
    private static final String LITERAL_PROCESS = "calendarLiteral";
    private static final String DUE_DATE_VARIABLE = "decisionDueDateText";
    private static final String TIMER_VARIABLE = "waitText";

    /** Monday 2012-01-16, 10:00 in Changzhou: the day of the reference vectors. */
    private static final Instant ACCEPTED = OffsetDateTime.parse("2012-01-16T10:00:00+08:00").toInstant();

    private ProcessEngine engine;
    private RuntimeService runtime;

    @BeforeAll
    void startEngine() {
        DeadlineCalculator calculator =
                new DeadlineCalculator(OfficialCalendars.calendar2012And2013(), ZoneId.of("Asia/Shanghai"));
        String name = "calendar-test-" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new WorkingDayBusinessCalendarPlugin(calculator))));
        engine = configuration.buildProcessEngine();
        runtime = engine.getRuntimeService();
        engine.getRepositoryService().createDeployment()
                .addModelInstance(USER_TASK_PROCESS + ".bpmn", userTaskProcess())
                .addModelInstance(TIMER_PROCESS + ".bpmn", timerProcess())
                .addModelInstance(CYCLE_PROCESS + ".bpmn", cycleProcess())
                .addModelInstance(LITERAL_PROCESS + ".bpmn", literalProcess())
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
    }

    private static BpmnModelInstance userTaskProcess() {
        return Bpmn.createExecutableProcess(USER_TASK_PROCESS)
                .startEvent()
                .userTask("decide").camundaDueDate("${" + DUE_DATE_VARIABLE + "}")
                .endEvent()
                .done();
    }

    private static BpmnModelInstance timerProcess() {
        return Bpmn.createExecutableProcess(TIMER_PROCESS)
                .startEvent()
                .intermediateCatchEvent("wait").timerWithDuration("${" + TIMER_VARIABLE + "}")
                .userTask("afterWait")
                .endEvent()
                .done();
    }

    /** The texts written straight into the model, as a modeller would. */
    private static BpmnModelInstance literalProcess() {
        return Bpmn.createExecutableProcess(LITERAL_PROCESS)
                .startEvent()
                .userTask("review").camundaDueDate("20 working days")
                .boundaryEvent("remind").cancelActivity(false).timerWithDuration("5 working days")
                .endEvent()
                .done();
    }

    private static BpmnModelInstance cycleProcess() {
        return Bpmn.createExecutableProcess(CYCLE_PROCESS)
                .startEvent()
                .userTask("work")
                .boundaryEvent("reminder").cancelActivity(false).timerWithCycle("R2/PT1H")
                .endEvent()
                .done();
    }

    @ParameterizedTest(name = "user task due \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "20 working days | 2012-02-16T23:59:59+08:00",
            "20个工作日       | 2012-02-16T23:59:59+08:00",
            "5 Working Days  | 2012-01-21T23:59:59+08:00",
            "30 calendar days| 2012-02-15T23:59:59+08:00",
            "34日            | 2012-02-20T23:59:59+08:00",
            "P2D             | 2012-01-18T10:00:00+08:00",
            "2012-03-01T09:00:00+08:00 | 2012-03-01T09:00:00+08:00"
    })
    void userTaskDueDate(String text, String expectedDue) {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(USER_TASK_PROCESS, Map.of(DUE_DATE_VARIABLE, text)).getId();

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        assertThat(task.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse(expectedDue).toInstant());
    }

    @Test
    void literalDueDateAndTimerInTheModel() {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(LITERAL_PROCESS).getId();

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        assertThat(task.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2012-02-16T23:59:59+08:00").toInstant());
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2012-01-21T23:59:59+08:00").toInstant());
    }

    @Test
    void timerWithWorkingDaysFiresAtTheEndOfTheFifthWorkingDay() {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(TIMER_PROCESS, Map.of(TIMER_VARIABLE, "5 working days")).getId();

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        // 01-21 is the make-up Saturday before Spring Festival, so it is the fifth working day.
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2012-01-21T23:59:59+08:00").toInstant());
    }

    @Test
    void timerWithAnIsoDurationKeepsCamundasMeaning() {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(TIMER_PROCESS, Map.of(TIMER_VARIABLE, "PT1H")).getId();

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(ACCEPTED.plus(Duration.ofHours(1)));
    }

    @Test
    void cycleTimersStillWork() {
        ClockUtil.setCurrentTime(Date.from(ACCEPTED));
        String id = runtime.startProcessInstanceByKey(CYCLE_PROCESS).getId();

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(ACCEPTED.plus(Duration.ofHours(1)));
    }

    @Test
    void aDeadlineInAnUnconfiguredYearStopsTheProcessInsteadOfGuessing() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2013-12-20T10:00:00+08:00").toInstant()));
        long instancesBefore = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(USER_TASK_PROCESS,
                Map.of(DUE_DATE_VARIABLE, "20 working days")))
                .hasMessageContaining("未配置2014年适用的节假日安排");
        // The start is rolled back: no case waits with a made-up deadline.
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }
}
