package cn.gov.xinbei.pfp.shared.time;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of the application: Camunda's, so that case records, deadlines and the engine's own timers agree,
 * and process tests can move time for all of them at once.
 */
@Component
public class EngineClock {

    private final ZoneId zone;

    public EngineClock(TimeZoneProperties properties) {
        this.zone = properties.zone();
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
