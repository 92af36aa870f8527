package cn.gov.xinbei.pfp.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 5: a node stopped with SIGTERM hands back the jobs it had taken and not started, so another node
 * takes them at once, not after the lock time. The context is thrown away afterwards (its job executor is stopped).
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class JobExecutorShutdownTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JobExecutorShutdown shutdown;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void stoppingTheNodeUnlocksTheJobsItHeldAndLeavesOtherNodesJobsAlone() {
        var deployment = processEngine.getRepositoryService().createDeployment().addModelInstance("shutdown-test.bpmn",
                Bpmn.createExecutableProcess("shutdownTest").camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
                .deploy();
        try {
            String mine = startAsync();
            String otherNodes = startAsync();
            String lockOwner = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                    .getJobExecutor().getLockOwner();
            lock(mine, lockOwner);
            lock(otherNodes, "another-node");

            shutdown.stop();

            assertThat(jdbc.queryForMap("select LOCK_OWNER_, LOCK_EXP_TIME_ from ACT_RU_JOB where ID_ = ?", mine))
                    .containsEntry("LOCK_OWNER_", null).containsEntry("LOCK_EXP_TIME_", null);
            assertThat(jdbc.queryForObject("select LOCK_OWNER_ from ACT_RU_JOB where ID_ = ?", String.class, otherNodes))
                    .isEqualTo("another-node");
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    private String startAsync() {
        String instance = processEngine.getRuntimeService().startProcessInstanceByKey("shutdownTest",
                Variables.createVariables()).getId();
        Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        return job.getId();
    }

    private void lock(String jobId, String owner) {
        jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = CURRENT_TIMESTAMP where ID_ = ?", owner, jobId);
    }
}
