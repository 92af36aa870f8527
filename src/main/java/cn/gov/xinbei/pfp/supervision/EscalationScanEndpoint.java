package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * Operators' handle on the day's escalation scan, on the management port only (config/operations.yml):
 * {@code GET /actuator/escalationscan} tells whether today's scan ran and how far it is; {@code POST} starts it now,
 * for a day on which no node was up at the scheduled time and none started since (a node starting later catches up by
 * itself, {@link EscalationSchedule}). Still once a day: a second start changes nothing and answers the same.
 */
@Component
@Endpoint(id = "escalationscan")
public class EscalationScanEndpoint {

    private final EscalationScans scans;
    private final EngineClock clock;

    public EscalationScanEndpoint(EscalationScans scans, EngineClock clock) {
        this.scans = scans;
        this.clock = clock;
    }

    @ReadOperation
    public EscalationScans.ScanOfDay today() {
        return scans.scanOf(clock.today());
    }

    @WriteOperation
    public EscalationScans.ScanOfDay startToday() {
        scans.startScanOf(clock.today());
        return today();
    }
}
