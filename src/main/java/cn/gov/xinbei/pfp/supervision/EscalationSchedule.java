package cn.gov.xinbei.pfp.supervision;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the escalation scan on the cron of app.supervision.escalation-cron (in app.zone). Switched off with
 * app.supervision.escalation-enabled=false (tests call the service themselves). Several nodes may run it at once:
 * the unique overdue task id of supervision_item keeps them from adding the same item twice.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "app.supervision.escalation-enabled", havingValue = "true")
public class EscalationSchedule {

    private final SupervisionService service;

    public EscalationSchedule(SupervisionService service) {
        this.service = service;
    }

    @Scheduled(cron = "${app.supervision.escalation-cron}", zone = "${app.zone}")
    public void scan() {
        service.escalateOverdueSteps();
    }
}
