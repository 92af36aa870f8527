package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What each new timer's due date was counted from (table timer_due_basis, V14), so a changed holiday arrangement can
 * move the timer (a posting period's end, a payment deadline). Timers are created deep inside the engine, so the
 * basis is written when the engine command that created them closes, in its transaction: any timer inserted by the
 * command whose due day was just counted on this thread gets that period.
 */
@Component
public class TimerDueBases {

    private static final ThreadLocal<WeakReference<CommandContext>> WATCHED = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final ZoneId zone;

    public TimerDueBases(JdbcClient jdbc, EngineClock clock) {
        this.jdbc = jdbc;
        this.zone = clock.zone();
    }

    /** Called when a period is counted: inside an engine command, look at its new timers when it closes. */
    void watchCurrentCommand() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return;
        }
        WeakReference<CommandContext> watched = WATCHED.get();
        if (watched != null && watched.get() == context) {
            return;
        }
        WATCHED.set(new WeakReference<>(context));
        context.registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext closing) {
                recordNewTimers(closing);
            }

            @Override
            public void onCommandFailed(CommandContext failed, Throwable t) {
                // The transaction rolls back: nothing to record.
            }
        });
    }

    private void recordNewTimers(CommandContext context) {
        var entities = context.getDbEntityManager();
        // The entity cache files every job under AcquirableJobEntity (its DbEntityCacheKeyMapping).
        for (AcquirableJobEntity job : entities.getCachedEntitiesByType(AcquirableJobEntity.class)) {
            if (!(job instanceof TimerEntity timer)) {
                continue;
            }
            CachedDbEntity cached = entities.getDbEntityCache().getCachedEntity(timer);
            if (cached == null || cached.getEntityState() != DbEntityState.TRANSIENT || timer.getDuedate() == null) {
                continue;
            }
            LocalDate due = LocalDate.ofInstant(timer.getDuedate().toInstant(), zone);
            RecentPeriods.basisOf(due).ifPresent(period -> jdbc.sql("""
                            insert into timer_due_basis (job_id, process_instance_id, due_basis) values (:job, :pi, :basis)""")
                    .param("job", timer.getId()).param("pi", timer.getProcessInstanceId()).param("basis", period.text())
                    .update());
        }
    }

    public Optional<Period> basisOf(String jobId) {
        return jdbc.sql("select due_basis from timer_due_basis where job_id = :job").param("job", jobId)
                .query(String.class).optional().flatMap(Period::parse);
    }

    /** Rows of timers that have fired or been cancelled. */
    public int forgetEndedTimers() {
        return jdbc.sql("delete from timer_due_basis where job_id not in (select ID_ from ACT_RU_JOB)").update();
    }

    public List<String> jobIds() {
        return jdbc.sql("select job_id from timer_due_basis").query(String.class).list();
    }
}

