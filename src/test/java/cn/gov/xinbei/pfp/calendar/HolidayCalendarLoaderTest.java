package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;
import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarLoaderTest {

    /** The default of {@code app.calendar.locations} in config/calendar.yml. */
    private static final String SHIPPED_FILES = "classpath*:config/calendar/*.yml";

    private final HolidayCalendarLoader loader = new HolidayCalendarLoader(new PathMatchingResourcePatternResolver());

    @Nested
    class ShippedFiles {

        private final WorkingDayCalendar calendar = new WorkingDayCalendar(loader.load(List.of(SHIPPED_FILES)));

        @Test
        void allShippedYearsLoad() {
            assertThat(calendar.configuredYears()).containsExactly(2012, 2013, 2025, 2026);
        }

        @Test
        void files2012And2013MatchTheDomainReference() {
            assertSameDays(loader.read(new ClassPathResource("config/calendar/2012.yml")), OfficialCalendars.year2012());
            assertSameDays(loader.read(new ClassPathResource("config/calendar/2013.yml")), OfficialCalendars.year2013());
        }

        @Test
        void everyFileRecordsItsSource() {
            assertThat(loader.read(new ClassPathResource("config/calendar/2026.yml")).source())
                    .contains("国务院办公厅关于2026年部分节假日安排的通知");
        }

        /**
         * Make-up days exactly balance the extra rest days, so a year has its weekdays minus the statutory
         * holidays: 11 days under the 2007 rules (2013), 13 under the 2024 rules (2025, 2026). 2012 lacks
         * its make-up day 2011-12-31, hence one fewer.
         */
        @ParameterizedTest(name = "{0} has {1} working days")
        @CsvSource({"2012, 249", "2013, 250", "2025, 248", "2026, 248"})
        void workingDaysPerYear(int year, int workingDays) {
            // The interval excludes its start, so the previous year (maybe not configured) is never read.
            assertThat(calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)))
                    .isEqualTo(workingDays);
        }

        @Test
        void year2026SpringFestivalAndItsMakeUpDays() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("make-up Saturday").isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).as("last day of 春节, a Monday").isFalse();
            assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-13"), 2)).isEqualTo(LocalDate.parse("2026-02-24"));
        }

        private static void assertSameDays(HolidayYear loaded, HolidayYear expected) {
            assertThat(loaded.year()).isEqualTo(expected.year());
            assertThat(loaded.holidays()).containsExactlyElementsOf(expected.holidays());
            assertThat(loaded.adjustedWorkingDays()).containsExactlyElementsOf(expected.adjustedWorkingDays());
        }
    }

    @Nested
    class BrokenFiles {

        @TempDir
        Path dir;

        private static final String VALID_2012 = """
                year: 2012
                source: test
                holidays:
                  - { name: 春节, from: 2012-01-22, to: 2012-01-28 }
                adjustedWorkingDays:
                  - { date: 2012-01-21, holiday: 春节 }
                """;

        @Test
        void aValidFileLoads() throws IOException {
            write("2012.yml", VALID_2012);
            assertThat(load().isWorkingDay(LocalDate.parse("2012-01-21"))).isTrue();
        }

        @Test
        void malformedYamlNamesTheFile() throws IOException {
            write("2012.yml", "year: 2012\nholidays: [ { name: 春节, from: 2012-01-22\n");
            assertThatThrownBy(this::load)
                    .isInstanceOf(CalendarConfigurationException.class)
                    .hasMessageContaining("2012.yml")
                    .hasMessageContaining("cannot be read");
        }

        @Test
        void impossibleDateNamesTheFile() throws IOException {
            write("2012.yml", VALID_2012.replace("2012-01-28", "2012-13-28"));
            assertThatThrownBy(this::load).hasMessageContaining("2012.yml").hasMessageContaining("2012-13-28");
        }

        @Test
        void unknownKeyIsRefusedSoTyposDoNotDropDays() throws IOException {
            write("2012.yml", VALID_2012.replace("adjustedWorkingDays:", "adjustedWorkdays:"));
            assertThatThrownBy(this::load).hasMessageContaining("2012.yml").hasMessageContaining("adjustedWorkdays");
        }

        @Test
        void brokenInvariantNamesTheFileAndTheProblem() throws IOException {
            write("2012.yml", VALID_2012.replace("2012-01-21", "2011-12-31"));
            assertThatThrownBy(this::load)
                    .isInstanceOf(CalendarConfigurationException.class)
                    .hasMessageContaining("2012.yml")
                    .hasMessageContaining("2011-12-31 lies outside 2012");
        }

        @Test
        void missingDateNamesTheFile() throws IOException {
            write("2012.yml", VALID_2012.replace(", to: 2012-01-28", ""));
            assertThatThrownBy(this::load)
                    .isInstanceOf(CalendarConfigurationException.class)
                    .hasMessageContaining("2012.yml")
                    .hasMessageContaining("holiday 春节: to");
        }

        @Test
        void missingYearIsRefused() throws IOException {
            write("extra.yml", VALID_2012.replace("year: 2012\n", ""));
            assertThatThrownBy(this::load).hasMessageContaining("extra.yml").hasMessageContaining("'year' is missing");
        }

        @Test
        void fileNameAndYearMustAgree() throws IOException {
            write("2013.yml", VALID_2012);
            assertThatThrownBy(this::load).hasMessageContaining("2013.yml").hasMessageContaining("holds year 2012");
        }

        @Test
        void twoFilesForOneYearAreRefused() throws IOException {
            write("2012.yml", VALID_2012);
            write("2012-copy.yml", VALID_2012);
            assertThatThrownBy(this::load)
                    .isInstanceOf(CalendarConfigurationException.class)
                    .hasMessageContaining("two holiday files for 2012")
                    .hasMessageContaining("2012-copy.yml");
        }

        @Test
        void noFilesAtAllIsRefused() {
            assertThatThrownBy(this::load).hasMessageContaining("no holiday files found");
        }

        @Test
        void noLocationsIsRefused() {
            assertThatThrownBy(() -> loader.load(List.of())).hasMessageContaining("app.calendar.locations");
        }

        private WorkingDayCalendar load() {
            return new WorkingDayCalendar(loader.load(List.of(dir.toUri() + "*.yml")));
        }

        private void write(String name, String content) throws IOException {
            Files.writeString(dir.resolve(name), content);
        }
    }
}
