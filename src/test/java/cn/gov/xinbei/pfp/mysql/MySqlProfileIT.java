package cn.gov.xinbei.pfp.mysql;

import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.secondchild.Applications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;

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
 * The production profile against a real MySQL-protocol server (MariaDB 10.11 here, provisioned by
 * tools/test-all.sh): Flyway's tables, Camunda's schema and a whole case from application to closure.
 * Connection settings come from the same environment variables production uses (APP_DB_*).
 */
@SpringBootTest(properties = {"APP_JOB_EXECUTION=false", "APP_ADMIN_USER=it.admin",
        "APP_ADMIN_PASSWORD=it-admin-password-0123"})
@ActiveProfiles("mysql")
class MySqlProfileIT {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

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
    void runsOnAMySqlServerWithReadCommittedIsolation() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mysql:");
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo("mysql");
        assertThat(jdbc.queryForObject("select count(*) from app_schema_history where success = 1", Integer.class))
                .isPositive();
    }

    @Test
    void aCaseRunsFromApplicationToClosureAndChineseTextSurvives() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
        assertThat(instance).isWaitingAt("Task_AcceptApplication");
        complete(task(), withVariables("acceptanceDecision", "ACCEPT"));
        complete(task(), withVariables("townRecommendation", "APPROVE", "townOpinion", "经核实，夫妻双方均为独生子女"));
        complete(task(), withVariables("decision", "APPROVE"));
        complete(task(), withVariables("certificateIssuedOn", "2012-03-01"));
        complete(task(), withVariables("postingPlace", "春江镇村务公开栏"));
        execute(job());
        assertThat(instance).isEnded().hasPassed("EndEvent_Approved");

        var caseFile = cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
        assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(caseFile.getTitle()).isEqualTo("王芳、李强 照顾再生育一孩申请");
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = ? and event_type = 'TASK_COMPLETED'",
                Integer.class, caseFile.getId())).isEqualTo(5);
    }

    @Test
    void productionHasNoDemoUsersButTheConfiguredFirstAdministrator() {
        var identity = processEngine.getIdentityService();
        assertThat(identity.createUserQuery().userId("chunjiang.clerk").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(u -> u.getId()).containsExactly("it.admin");
        assertThat(identity.checkPassword("it.admin", "it-admin-password-0123")).isTrue();
    }

    @Test
    void aRefusedApplicationLeavesNoRowsBehind() {
        var application = new HashMap<>(Applications.onlyChildCouple());
        application.put("wifeIdNumber", "320411199006010047");
        application.put("marriageDate", "2011-01-01");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("secondChildApproval", application))
                .hasMessageContaining("二十四周岁");
        assertThat(cases.count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_number_sequence", Integer.class)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }
}
