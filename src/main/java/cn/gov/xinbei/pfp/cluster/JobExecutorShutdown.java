package cn.gov.xinbei.pfp.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * A node stopped with SIGTERM hands its jobs back (issue 18 point 5). After the web server has stopped taking
 * requests (server.shutdown: graceful, config/operations.yml), this stops the job executor's acquisition, lets the
 * jobs it is executing finish (at most {@link #FINISH_SECONDS}), and unlocks the jobs it had acquired but not started,
 * so another node takes them at once instead of after the lock time.
 */
@Component
public class JobExecutorShutdown implements SmartLifecycle {

    static final int FINISH_SECONDS = 25;
    private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);

    private final ProcessEngine processEngine;
    private final ObjectProvider<ThreadPoolTaskExecutor> camundaTaskExecutor;
    private final JdbcTemplate jdbc;
    private volatile boolean running;

    public JobExecutorShutdown(ProcessEngine processEngine,
                               ObjectProvider<ThreadPoolTaskExecutor> camundaTaskExecutor, JdbcTemplate jdbc) {
        this.processEngine = processEngine;
        this.camundaTaskExecutor = camundaTaskExecutor;
        this.jdbc = jdbc;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getJobExecutor();
        if (jobExecutor == null) {
            return;
        }
        if (jobExecutor.isActive()) {
            jobExecutor.shutdown();
        }
        boolean finished = true;
        ThreadPoolTaskExecutor threads = camundaTaskExecutor.getIfUnique();
        if (threads != null) {
            threads.getThreadPoolExecutor().shutdown();
            try {
                finished = threads.getThreadPoolExecutor().awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                finished = false;
            }
        }
        if (finished) {
            int handedBack = handBack(jobExecutor.getLockOwner());
            log.info("Job executor stopped; {} job(s) it had taken handed back", handedBack);
        } else {
            log.warn("Job executor stopped with jobs still running after {} s: their locks expire by themselves",
                    FINISH_SECONDS);
        }
    }

    /** Unlocks the jobs this node holds and no longer executes: due at once for any other node. */
    int handBack(String lockOwner) {
        return jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = ?",
                lockOwner);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (a lower phase stops later), before the engine and the database pool close. */
    @Override
    public int getPhase() {
        return 0;
    }
}
