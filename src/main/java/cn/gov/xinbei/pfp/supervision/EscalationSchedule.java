package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Starts the day's escalation scan on the cron of app.supervision.escalation-cron (in app.zone). Switched off with
 * app.supervision.escalation-enabled=false (tests start scans themselves). Every node's schedule fires; the scan
 * itself is engine work started once a day ({@link EscalationScans}), so a node that stops does not stop it. A node
 * that starts after today's time catches up, so a day on which every node was down at 08:30 (an update, a power cut)
 * still gets its scan.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "app.supervision.escalation-enabled", havingValue = "true")
public class EscalationSchedule {

    private final EscalationScans scans;
    private final EngineClock clock;
    private final SupervisionProperties properties;

    public EscalationSchedule(EscalationScans scans, EngineClock clock, SupervisionProperties properties) {
        this.scans = scans;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "${app.supervision.escalation-cron}", zone = "${app.zone}")
    public void scan() {
        scans.startScanOf(clock.today());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        if (firedEarlierToday(properties.escalationCron(), clock.now(), clock.zone())) {
            scans.startScanOf(clock.today());
        }
    }

    /** Whether the cron had a time today, in the zone, that is not after now. */
    static boolean firedEarlierToday(String cron, Instant now, ZoneId zone) {
        ZonedDateTime at = now.atZone(zone);
        ZonedDateTime first = CronExpression.parse(cron).next(at.toLocalDate().atStartOfDay(zone).minusNanos(1));
        return first != null && first.toLocalDate().equals(at.toLocalDate()) && !first.isAfter(at);
    }
}
