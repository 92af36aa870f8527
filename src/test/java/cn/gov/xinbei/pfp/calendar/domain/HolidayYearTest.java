package cn.gov.xinbei.pfp.calendar.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars.holiday;
import static cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars.makeUp;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayYearTest {

    private static final String SOURCE = "test";

    @Test
    void holidayEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Holiday("春节", LocalDate.parse("2012-01-28"), LocalDate.parse("2012-01-22")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("春节");
    }

    @Test
    void holidayOutsideTheYearIsRefused() {
        assertThatThrownBy(() -> new HolidayYear(2012, List.of(holiday("元旦", "2011-12-31", "2012-01-02")), List.of(), SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 2012");
    }

    @Test
    void makeUpDayOfThePreviousYearIsRefused() {
        assertThatThrownBy(() -> new HolidayYear(2012, List.of(), List.of(makeUp("2011-12-31", "元旦")), SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2011-12-31");
    }

    @Test
    void makeUpDayOnAWeekdayIsRefused() {
        assertThatThrownBy(() -> new HolidayYear(2012, List.of(), List.of(makeUp("2012-01-20", "春节")), SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Saturday or Sunday");
    }

    @Test
    void makeUpDayInsideAHolidayIsRefused() {
        assertThatThrownBy(() -> new HolidayYear(2012, List.of(holiday("春节", "2012-01-22", "2012-01-28")),
                List.of(makeUp("2012-01-22", "春节")), SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside a holiday");
    }

    @Test
    void overlappingHolidaysAreRefused() {
        assertThatThrownBy(() -> new HolidayYear(2012, List.of(holiday("中秋节", "2012-09-30", "2012-10-01"),
                holiday("国庆节", "2012-10-01", "2012-10-07")), List.of(), SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void aYearWithoutSourceIsRefused() {
        assertThatThrownBy(() -> new HolidayYear(2012, List.of(), List.of(), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReferenceYearsAreValid() {
        assertThatCode(OfficialCalendars::calendar2012And2013).doesNotThrowAnyException();
    }
}
