package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the day's escalation scan on the cron of app.supervision.escalation-cron (in app.zone). Switched off with
 * app.supervision.escalation-enabled=false (tests start scans themselves). Every node's schedule fires; the scan
 * itself is engine work started once a day ({@link EscalationScans}), so a node that stops does not stop it.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "app.supervision.escalation-enabled", havingValue = "true")
public class EscalationSchedule {

    private final EscalationScans scans;
    private final EngineClock clock;

    public EscalationSchedule(EscalationScans scans, EngineClock clock) {
        this.scans = scans;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.supervision.escalation-cron}", zone = "${app.zone}")
    public void scan() {
        scans.startScanOf(clock.today());
    }
}
