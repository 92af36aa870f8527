package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineCalculatorTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DeadlineCalculator calculator = new DeadlineCalculator(OfficialCalendars.calendar2012And2013(), CHINA);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    @Test
    void endOfWorkingDaysIsTheLastSecondOfTheDueDayInChina() {
        assertThat(calculator.endOfWorkingDays(at("2012-01-16T10:00:00+08:00"), 20))
                .isEqualTo(at("2012-02-16T23:59:59+08:00"));
    }

    @Test
    void theStartDayIsTheLocalDateInTheAppZoneNotInUtc() {
        // 2012-01-15 17:30 UTC is already Monday 2012-01-16 01:30 in Changzhou.
        assertThat(calculator.endOfWorkingDays(at("2012-01-15T17:30:00Z"), 5))
                .isEqualTo(at("2012-01-21T23:59:59+08:00"));
    }

    @Test
    void endOfCalendarDaysRollsOverARestDay() {
        assertThat(calculator.endOfCalendarDays(at("2012-09-07T09:00:00+08:00"), 30))
                .isEqualTo(at("2012-10-08T23:59:59+08:00"));
    }

    @Test
    void endOfMonthsRollsOverARestDay() {
        assertThat(calculator.endOfMonths(at("2012-07-01T09:00:00+08:00"), 3))
                .isEqualTo(at("2012-10-08T23:59:59+08:00"));
    }

    @Test
    void todayFollowsCamundasClock() {
        ClockUtil.setCurrentTime(at("2012-01-20T16:30:00Z"));
        assertThat(calculator.today()).isEqualTo(LocalDate.parse("2012-01-21"));
    }

    @Test
    void dueInWorkingDaysCountsFromCamundasClock() {
        ClockUtil.setCurrentTime(at("2012-01-16T10:00:00+08:00"));
        assertThat(calculator.dueInWorkingDays(5)).isEqualTo(at("2012-01-21T23:59:59+08:00"));
        assertThat(calculator.dueInCalendarDays(4)).as("01-20 is a Friday").isEqualTo(at("2012-01-20T23:59:59+08:00"));
    }

    @Test
    void workingDaysBetweenMeasuresAPause() {
        assertThat(calculator.workingDaysBetween(LocalDate.parse("2012-09-28"), LocalDate.parse("2012-10-08")))
                .as("09-29 (make-up Saturday) and 10-08").isEqualTo(2);
    }
}
