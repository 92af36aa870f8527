package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.calendar.domain.PeriodObserver;

import org.springframework.beans.factory.ObjectProvider;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The periods last counted on this thread, so the code that stores a due date (a user task, a case record) can store
 * what it was counted from without every caller passing it along: deadlines are computed in one place (a service, an
 * expression, the engine's business calendar) and stored in another (the task, case_step, case_file). Bounded, so a
 * pooled thread holds a few entries at most; the newest period with the same end wins.
 */
public final class RecentPeriods implements PeriodObserver {

    private final ObjectProvider<TimerDueBases> timers;

    public RecentPeriods(ObjectProvider<TimerDueBases> timers) {
        this.timers = timers;
    }

    private static final int KEPT = 32;
    private static final ThreadLocal<Deque<Counted>> RECENT = ThreadLocal.withInitial(ArrayDeque::new);

    private record Counted(Period period, LocalDate due) {
    }

    @Override
    public void counted(Period period, LocalDate due) {
        remember(period, due);
    }

    /** A due date taken from a record that stores its period (a case's deadline), for the task or timer it sets. */
    public void remember(Period period, LocalDate due) {
        store(period, due);
        TimerDueBases bases = timers.getIfAvailable();
        if (bases != null) {
            bases.watchCurrentCommand();
        }
    }

    private static void store(Period period, LocalDate due) {
        Deque<Counted> recent = RECENT.get();
        recent.addFirst(new Counted(period, due));
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
    }

    /** The period most recently counted on this thread that ends on {@code due}. */
    public static Optional<Period> basisOf(LocalDate due) {
        if (due == null) {
            return Optional.empty();
        }
        for (Counted c : RECENT.get()) {
            if (c.due().equals(due)) {
                return Optional.of(c.period());
            }
        }
        return Optional.empty();
    }

    /** For tests that must not see another test's periods. */
    public static void forget() {
        RECENT.remove();
    }
}
