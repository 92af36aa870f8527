package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.Holiday;
import cn.gov.xinbei.pfp.calendar.domain.HolidayLaw;
import cn.gov.xinbei.pfp.calendar.domain.HolidayLaws;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;
import cn.gov.xinbei.pfp.calendar.domain.ProvisionalHolidays;
import cn.gov.xinbei.pfp.calendar.domain.StatutoryDay;
import cn.gov.xinbei.pfp.calendar.domain.StatutoryHoliday;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisional calendar of years whose State Council notice is not out: the holiday law of config/calendar.yml
 * and the 6tail lunar almanac, checked against the published years and the 2027 dates of REFERENCE.md §12 C3.
 */
class ProvisionalCalendarTest {

    private static final CalendarProperties PROPERTIES = shippedProperties();
    private static final HolidayLaws LAWS = PROPERTIES.holidayLaws();
    private static final AlmanacChineseDates CHINESE_DATES = new AlmanacChineseDates();
    private static final ProvisionalHolidays PROVISIONAL = new ProvisionalHolidays(LAWS, CHINESE_DATES);
    private static final List<HolidayYear> PUBLISHED = new HolidayCalendarLoader(new PathMatchingResourcePatternResolver())
            .load(PROPERTIES.locations());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class ChineseDatesFromTheAlmanac {

        @ParameterizedTest(name = "{0}: 除夕 {1}, 初一 {2}, 清明 {3}, 端午 {4}, 中秋 {5}")
        @CsvSource({
                // 2012, 2013, 2025, 2026 from the published notices' blocks and the almanac; 2027 from REFERENCE.md §12 C3
                "2012, 2012-01-22, 2012-01-23, 2012-04-04, 2012-06-23, 2012-09-30",
                "2013, 2013-02-09, 2013-02-10, 2013-04-04, 2013-06-12, 2013-09-19",
                "2025, 2025-01-28, 2025-01-29, 2025-04-04, 2025-05-31, 2025-10-06",
                "2026, 2026-02-16, 2026-02-17, 2026-04-05, 2026-06-19, 2026-09-25",
                "2027, 2027-02-05, 2027-02-06, 2027-04-05, 2027-06-09, 2027-09-15"})
        void traditionalDates(int year, String eve, String newYear, String qingming, String duanwu, String midAutumn) {
            assertThat(CHINESE_DATES.lunarNewYearsEve(year)).isEqualTo(eve);
            assertThat(CHINESE_DATES.lunar(year, 1, 1)).isEqualTo(newYear);
            assertThat(CHINESE_DATES.qingming(year)).isEqualTo(qingming);
            assertThat(CHINESE_DATES.lunar(year, 5, 5)).isEqualTo(duanwu);
            assertThat(CHINESE_DATES.lunar(year, 8, 15)).isEqualTo(midAutumn);
        }

        @Test
        void newYearsEveIsTheTwentyNinthWhenTheTwelfthMonthIsShort() {
            // REFERENCE.md §12 C3: in the lunar year ending in 2027 the twelfth month has 29 days.
            assertThat(CHINESE_DATES.lunarNewYearsEve(2027)).isEqualTo(CHINESE_DATES.lunar(2026, 12, 29));
        }
    }

    @Nested
    class LawInForce {

        @Test
        void eachYearIsGovernedByTheTextInForceOnItsFirstDay() {
            assertThat(LAWS.inForceIn(2012).map(HolidayLaw::title)).hasValue("《全国年节及纪念日放假办法》（2007年修订）");
            assertThat(LAWS.inForceIn(2014).map(HolidayLaw::title)).hasValue("《全国年节及纪念日放假办法》（2013年修订）");
            assertThat(LAWS.inForceIn(2024).map(HolidayLaw::title)).hasValue("《全国年节及纪念日放假办法》（2013年修订）");
            assertThat(LAWS.inForceIn(2025).map(HolidayLaw::title)).hasValue("《全国年节及纪念日放假办法》（2024年修订）");
            assertThat(LAWS.inForceIn(2007)).isEmpty();
        }

        @Test
        void the2024TextHasThirteenDaysAndTheEarlierOnesEleven() {
            assertThat(statutoryDayCount(LAWS.inForceIn(2025).orElseThrow())).isEqualTo(13);
            assertThat(statutoryDayCount(LAWS.inForceIn(2014).orElseThrow())).isEqualTo(11);
            assertThat(statutoryDayCount(LAWS.inForceIn(2012).orElseThrow())).isEqualTo(11);
        }

        private static int statutoryDayCount(HolidayLaw law) {
            return law.holidays().stream().mapToInt(h -> h.days().size()).sum();
        }
    }

    @Nested
    class AgainstThePublishedYears {

        @ParameterizedTest(name = "every statutory day of {0} is a rest day in its published notice")
        @ValueSource(ints = {2012, 2013, 2025, 2026})
        void everyStatutoryDayIsARestDayOfThePublishedYear(int year) {
            WorkingDayCalendar published = new WorkingDayCalendar(PUBLISHED);
            assertThat(published.isPublished(year)).isTrue();
            HolidayLaw law = LAWS.inForceIn(year).orElseThrow();
            for (StatutoryHoliday holiday : law.holidays()) {
                for (StatutoryDay day : holiday.days()) {
                    LocalDate date = day.in(year, CHINESE_DATES);
                    assertThat(published.holidayOn(date))
                            .as("%s %s (%s) in the %d notice", holiday.name(), day, date, year)
                            .isPresent();
                    assertThat(published.isWorkingDay(date)).isFalse();
                }
            }
        }

        @ParameterizedTest(name = "the provisional {0} never turns a published rest day into a working day by law")
        @ValueSource(ints = {2012, 2013, 2025, 2026})
        void provisionalRestDaysOfStatutoryHolidaysAreRestDaysOfTheNotice(int year) {
            // The provisional year may differ in 补假 and has no 调休, but its statutory core must agree.
            WorkingDayCalendar published = new WorkingDayCalendar(PUBLISHED);
            HolidayYear provisional = PROVISIONAL.of(year);
            assertThat(provisional.adjustedWorkingDays()).isEmpty();
            HolidayLaw law = LAWS.inForceIn(year).orElseThrow();
            law.holidays().stream().flatMap(h -> h.days().stream()).map(day -> day.in(year, CHINESE_DATES))
                    .forEach(date -> {
                        assertThat(provisional.holidays()).anyMatch(h -> h.contains(date));
                        assertThat(published.isWorkingDay(date)).isFalse();
                    });
        }
    }

    @Nested
    class Provisional2027 {

        private final HolidayYear year2027 = PROVISIONAL.of(2027);

        @Test
        void statutoryDaysWithMakeUpRestForThoseOnAWeekend() {
            // 元旦 Fri; 春节 除夕 Fri 02-05 to 初三 Mon 02-08, two on the weekend -> Tue 02-09 and Wed 02-10;
            // 清明 Mon; 劳动节 Sat and Sun -> Mon 05-03, Tue 05-04; 端午 and 中秋 Wednesdays;
            // 国庆 Fri to Sun -> Mon 10-04, Tue 10-05 (art. 6).
            assertThat(year2027.holidays()).containsExactly(
                    new Holiday("元旦", d("2027-01-01"), d("2027-01-01")),
                    new Holiday("春节", d("2027-02-05"), d("2027-02-10")),
                    new Holiday("清明节", d("2027-04-05"), d("2027-04-05")),
                    new Holiday("劳动节", d("2027-05-01"), d("2027-05-04")),
                    new Holiday("端午节", d("2027-06-09"), d("2027-06-09")),
                    new Holiday("中秋节", d("2027-09-15"), d("2027-09-15")),
                    new Holiday("国庆节", d("2027-10-01"), d("2027-10-05")));
            assertThat(year2027.source()).startsWith("暂定").contains("2027").contains("2024年修订");
        }

        @Test
        void aDeadlineIntoAnUnpublishedYearIsCountedAndMarkedProvisional() {
            WorkingDayCalendar calendar = new WorkingDayCalendar(PUBLISHED, PROVISIONAL);
            // 2026-12-20 (Sun) + 20 working days: Dec 21-31 gives 9, 2027-01-01 is 元旦, Jan 4-15 gives 10, Jan 18 is the 20th.
            LocalDate due = calendar.addWorkingDays(d("2026-12-20"), 20);
            assertThat(due).isEqualTo("2027-01-18");
            assertThat(calendar.isProvisional(d("2026-12-20"), due)).isTrue();
            assertThat(calendar.unpublishedYears(d("2026-12-20"), due)).containsExactly(2027);
            assertThat(calendar.isProvisional(d("2026-11-02"), d("2026-11-30"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-02-09"))).isFalse();
            assertThat(calendar.isWorkingDay(d("2027-02-11"))).isTrue();
        }

        @Test
        void publishingTheNoticeReplacesTheProvisionalYear() {
            WorkingDayCalendar calendar = new WorkingDayCalendar(PUBLISHED, PROVISIONAL);
            LocalDate provisionalDue = calendar.addWorkingDays(d("2027-01-29"), 5);
            assertThat(provisionalDue).isEqualTo("2027-02-11"); // Feb 1-4 and Feb 11 (02-05..02-10 provisional rest)
            HolidayYear notice = new HolidayYear(2027,
                    List.of(new Holiday("春节", d("2027-02-05"), d("2027-02-12"))),
                    List.of(new cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay(d("2027-02-20"), "春节")),
                    "国务院办公厅关于2027年部分节假日安排的通知（测试用）");
            HolidayYear before = calendar.publish(notice);
            assertThat(before.source()).startsWith("暂定");
            assertThat(calendar.isPublished(2027)).isTrue();
            assertThat(calendar.isProvisional(d("2027-01-29"), d("2027-02-20"))).isFalse();
            assertThat(calendar.addWorkingDays(d("2027-01-29"), 5)).isEqualTo("2027-02-15");
            assertThat(calendar.isWorkingDay(d("2027-02-20"))).isTrue();
        }
    }

    private static CalendarProperties shippedProperties() {
        try {
            var env = new StandardEnvironment();
            new YamlPropertySourceLoader().load("calendar", new ClassPathResource("config/calendar.yml"))
                    .forEach(env.getPropertySources()::addFirst);
            return Binder.get(env).bind("app.calendar", CalendarProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
