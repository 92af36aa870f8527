package cn.gov.xinbei.pfp.calendar.notice;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayYearYamlTest {

    private final HolidayNoticeParser parser = new HolidayNoticeParser();

    @ParameterizedTest(name = "YAML of the {0} notice has the days of config/calendar/{0}.yml")
    @ValueSource(ints = {2012, 2013, 2025, 2026})
    void writtenYamlHasTheDaysOfTheCommittedFile(int year) {
        JsonNode written = CommittedCalendars.yamlText(HolidayYearYaml.write(parser.parse(CommittedCalendars.notice(year))));
        JsonNode committed = CommittedCalendars.file(year);

        assertThat(written.get("year")).isEqualTo(committed.get("year"));
        assertThat(CommittedCalendars.holidays(written)).isEqualTo(CommittedCalendars.holidays(committed));
        assertThat(CommittedCalendars.adjustedWorkingDays(written))
                .isEqualTo(CommittedCalendars.adjustedWorkingDays(committed));
        assertThat(written.get("source").asText()).startsWith("国务院办公厅关于" + year + "年部分节假日安排的通知");
    }

    @Test
    void makeUpDayOfThePreviousYearIsOnlyMentioned() {
        String yaml = HolidayYearYaml.write(parser.parse(CommittedCalendars.notice(2012)));

        assertThat(yaml).contains("# The make-up day 2011-12-31 (元旦) belongs to 2011");
        assertThat(CommittedCalendars.adjustedWorkingDays(CommittedCalendars.yamlText(yaml)))
                .noneMatch(d -> d.date().getYear() == 2011);
    }

    @Test
    void yearWithoutMakeUpDaysWritesAnEmptyList() {
        String yaml = HolidayYearYaml.write(parser.parse(
                "国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日（周三）放假1天，不调休。"));

        assertThat(yaml).contains("adjustedWorkingDays: []");
        assertThat(CommittedCalendars.yamlText(yaml).get("adjustedWorkingDays").size()).isZero();
    }
}
