package cn.gov.xinbei.pfp.supervision;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A node starting after the day's scan time starts the scan it missed; before it, or on a rest day, it waits. */
class EscalationScheduleTest {

    private static final String WEEKDAYS_0830 = "0 30 8 * * MON-FRI";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aNodeStartingAfterTheTimeOfAWorkingDayCatchesUp() {
        assertThat(firedBefore("2026-12-07T09:00")).isTrue(); // a Monday
        assertThat(firedBefore("2026-12-07T08:30")).as("at the very time").isTrue();
        assertThat(firedBefore("2026-12-07T23:59")).isTrue();
    }

    @Test
    void aNodeStartingBeforeTheTimeOrOnARestDayWaitsForTheSchedule() {
        assertThat(firedBefore("2026-12-07T08:29:59")).isFalse();
        assertThat(firedBefore("2026-12-07T00:00")).isFalse();
        assertThat(firedBefore("2026-12-05T10:00")).as("a Saturday").isFalse();
    }

    @Test
    void theTimeIsTheBureausNotTheServers() {
        // 01:00 UTC is 09:00 in China: past the scan time there, though not in UTC.
        assertThat(EscalationSchedule.firedEarlierToday(WEEKDAYS_0830,
                LocalDateTime.parse("2026-12-07T01:00").atZone(ZoneId.of("UTC")).toInstant(), CHINA)).isTrue();
    }

    private static boolean firedBefore(String chinaTime) {
        return EscalationSchedule.firedEarlierToday(WEEKDAYS_0830,
                LocalDateTime.parse(chinaTime).atZone(CHINA).toInstant(), CHINA);
    }
}
