package cn.gov.xinbei.pfp.calendar.notice;

import cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay;
import cn.gov.xinbei.pfp.calendar.domain.Holiday;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HolidayNoticeParserTest {

    private final HolidayNoticeParser parser = new HolidayNoticeParser();

    @Nested
    class RealNotices {

        @ParameterizedTest(name = "the {0} notice gives config/calendar/{0}.yml")
        @ValueSource(ints = {2012, 2013, 2025, 2026})
        void noticeGivesTheCommittedCalendar(int year) {
            HolidayYear parsed = parser.parse(CommittedCalendars.notice(year)).year();

            JsonNode committed = CommittedCalendars.file(year);
            assertThat(parsed.year()).isEqualTo(committed.get("year").asInt());
            assertThat(parsed.holidays()).containsExactlyElementsOf(CommittedCalendars.holidays(committed));
            assertThat(parsed.adjustedWorkingDays())
                    .containsExactlyElementsOf(CommittedCalendars.adjustedWorkingDays(committed));
        }

        @Test
        void newYearMakeUpDayOf2011IsHandedBackApart() {
            ParsedNotice notice = parser.parse(CommittedCalendars.notice(2012));

            assertThat(notice.adjustedDaysOfPreviousYear())
                    .containsExactly(new AdjustedWorkingDay(LocalDate.parse("2011-12-31"), "元旦"));
            assertThat(notice.year().adjustedWorkingDays()).noneMatch(d -> d.date().getYear() == 2011);
        }

        @ParameterizedTest(name = "{0} has no make-up day in the previous year")
        @ValueSource(ints = {2013, 2025, 2026})
        void otherNoticesHaveNoMakeUpDayInThePreviousYear(int year) {
            assertThat(parser.parse(CommittedCalendars.notice(year)).adjustedDaysOfPreviousYear()).isEmpty();
        }

        @Test
        void sourceIsTheTitleWithNumberAndDate() {
            assertThat(parser.parse(CommittedCalendars.notice(2025)).year().source())
                    .isEqualTo("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）");
            // Signed in Chinese numerals: 二〇一一年十二月五日.
            assertThat(parser.parse(CommittedCalendars.notice(2012)).year().source())
                    .isEqualTo("国务院办公厅关于2012年部分节假日安排的通知（国办发明电〔2011〕45号，2011-12-05）");
        }

        @Test
        void sourceWithoutNumberOrDateIsTheTitle() {
            String text = "国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。";

            assertThat(parser.parse(text).year().source()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
        }
    }

    @Nested
    class PastedText {

        @Test
        void fullWidthDigitsSpacesBlankLinesAndWindowsLineEndsDoNotMatter() {
            String original = CommittedCalendars.notice(2026);
            StringBuilder messy = new StringBuilder();
            for (String line : original.split("\n")) {
                messy.append("\u3000\u3000").append(toFullWidth(line)).append(" \r\n\r\n \r\n");
            }

            assertThat(parser.parse(messy.toString())).isEqualTo(parser.parse(original));
            assertThat(messy.toString()).contains("１月１日");
        }

        @Test
        void halfWidthPunctuationIsReadLikeFullWidth() {
            String original = CommittedCalendars.notice(2013);
            String halfWidth = original.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');

            assertThat(parser.parse(halfWidth)).isEqualTo(parser.parse(original));
        }

        /** As some web copies of the 2012 notice have it: title on two lines, each item's dates on lines of their own. */
        @Test
        void titleAndItemsBrokenOverLines() {
            String original = CommittedCalendars.notice(2012);
            String broken = original
                    .replace("国务院办公厅关于2012年部分节假日安排的通知", "国务院办公厅关于2012年\n部分节假日安排的通知")
                    .replace("：2012年1月1日", "：\n2012年1月1日")
                    .replace("共3天。3月31日", "共3天。\n3月31日")
                    .replace("9月30日至10月7日放假调休", "9月30日至10月7日放假\n调休");

            ParsedNotice parsed = parser.parse(broken);

            assertThat(broken.lines().count()).isGreaterThan(original.lines().count() + 3);
            assertThat(parsed).isEqualTo(parser.parse(original));
        }

        @Test
        void xinhuaLeadLineAroundTheTitleIsAccepted() {
            String text = "新华社北京11月4日电 国务院办公厅关于2026年部分节假日安排的通知，全文如下：\n"
                    + CommittedCalendars.notice(2026);

            assertThat(parser.parse(text).year().holidays()).hasSize(7);
        }
    }

    /** Forms of notices other than the four quoted ones, in their published wording. */
    @Nested
    class OtherForms {

        @Test
        void newYearBlockStartingOnTheWeekendOfThePreviousYearIsCutAtTheFirstOfJanuary() {
            ParsedNotice parsed = parser.parse("""
                    国务院办公厅关于2023年部分节假日安排的通知
                    一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
                    二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
                    三、清明节：4月5日放假，共1天。
                    """);

            assertThat(parsed.year().holidays()).containsExactly(
                    holiday("元旦", "2023-01-01", "2023-01-02"),
                    holiday("春节", "2023-01-21", "2023-01-27"),
                    holiday("清明节", "2023-04-05", "2023-04-05"));
        }

        @Test
        void restWithTheWeekendTakesInTheWeekend() {
            ParsedNotice parsed = parser.parse("国务院办公厅关于2016年部分节假日安排的通知\n一、元旦：1月1日放假，与周末连休。");

            assertThat(parsed.year().holidays()).containsExactly(holiday("元旦", "2016-01-01", "2016-01-03"));
        }

        @Test
        void compensatoryRestDayJoinsTheBlockOverTheWeekend() {
            ParsedNotice parsed = parser.parse("国务院办公厅关于2015年部分节假日安排的通知\n五、端午节：6月20日放假，6月22日（星期一）补休。");

            assertThat(parsed.year().holidays()).containsExactly(holiday("端午节", "2015-06-20", "2015-06-22"));
        }

        @Test
        void singleDayWithoutMakeUp() {
            ParsedNotice parsed = parser.parse("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日（周三）放假1天，不调休。");

            assertThat(parsed.year().holidays()).containsExactly(holiday("元旦", "2025-01-01", "2025-01-01"));
            assertThat(parsed.year().adjustedWorkingDays()).isEmpty();
        }
    }

    /** The 2013 notice with one line replaced; its lines are 1 title … 5 元旦 … 11 国庆节, 12 closing paragraph. */
    @Nested
    class RefusedTexts {

        @Test
        void unknownHolidayName() {
            assertRefused(replaceLine(9, "五、端阳节：6月10日至12日放假调休，共3天。6月8日（星期六）、6月9日（星期日）上班。"),
                    9, "未知的节日名称“端阳节”");
        }

        @Test
        void dateThatDoesNotExist() {
            assertRefused(replaceLine(6, "二、春节：2月9日至30日放假调休，共22天。"), 6, "日期不存在：2013年2月30日");
        }

        @Test
        void holidayOutsideTheYear() {
            assertRefused(replaceLine(11, "七、国庆节：2014年10月1日至7日放假调休，共7天。"), 11, "2014年10月1日不在2013年内");
        }

        /** The 2019 notice's form: 2018-12-31 is a Monday, a rest day the 2018 calendar would need. */
        @Test
        void holidayWeekdayInThePreviousYear() {
            assertRefused("国务院办公厅关于2019年部分节假日安排的通知\n"
                            + "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。\n",
                    2, "2018年12月31日在2018年且是工作日");
        }

        @Test
        void makeUpDayOnAWeekday() {
            assertRefused(replaceLine(7, "三、清明节：4月4日至6日放假调休，共3天。4月8日上班。"), 7,
                    "上班日期2013年4月8日是星期一，调休上班日只能是周六或周日");
        }

        @Test
        void makeUpDayInsideAHoliday() {
            assertRefused(replaceLine(7, "三、清明节：4月4日至6日放假调休，共3天。4月6日（星期六）上班。"), 7,
                    "上班日期2013年4月6日在“清明节”的放假日期2013年4月4日至2013年4月6日之内");
        }

        @Test
        void overlappingHolidays() {
            assertRefused(replaceLine(10, "六、中秋节：9月30日至10月2日放假，共3天。"), 11,
                    "“国庆节”的放假日期2013年10月1日至2013年10月7日与“中秋节”的2013年9月30日至2013年10月2日重叠");
        }

        @Test
        void holidayLineWithoutADate() {
            assertRefused(replaceLine(9, "五、端午节：放假调休，共3天。"), 9, "“端午节”一项没有放假日期");
        }

        @Test
        void textWithoutAnyHolidayLine() {
            String text = String.join("\n", CommittedCalendars.notice(2013).lines()
                    .filter(line -> !line.matches("^[一二三四五六七]、.*")).toList());

            assertRefused(text, 1, "通知中没有节假日安排");
        }

        @Test
        void makeUpDayOutsideTheYear() {
            assertRefused(replaceLine(5, "一、元旦：1月1日至3日放假调休，共3天。2012年12月8日（星期六）上班。"), 5,
                    "上班日期2012年12月8日不在2013年内（只接受2012年12月下旬的元旦调休上班日）");
        }

        @Test
        void makeUpDayInTheNextYear() {
            assertRefused(replaceLine(11, "七、国庆节：10月1日至7日放假调休，共7天。2014年1月4日（星期六）上班。"), 11,
                    "上班日期2014年1月4日不在2013年内");
        }

        @Test
        void statedCountDiffersFromTheRange() {
            assertRefused(replaceLine(6, "二、春节：2月9日至15日放假调休，共8天。2月16日（星期六）、2月17日（星期日）上班。"), 6,
                    "“春节”写明共8天，但2013年2月9日至2013年2月15日是7天");
        }

        @Test
        void textWithoutTheTitle() {
            String text = CommittedCalendars.notice(2013).replace("国务院办公厅关于2013年部分节假日安排的通知", "");

            assertRefused(text, 1, "找不到通知标题");
        }

        @Test
        void weekdayInBracketsContradictsTheDate() {
            assertRefused(replaceLine(5, "一、元旦：1月1日至3日放假调休，共3天。1月5日（星期日）、1月6日（星期日）上班。"), 5,
                    "2013年1月5日是星期六，与括注“星期日”不符");
        }

        /** Two make-up days on one date pass the parser's own checks; HolidayYear refuses them, said in Chinese. */
        @Test
        void ruleOfHolidayYearIsReportedInChineseAtTheItem() {
            HolidayNoticeParseException e = refusal(
                    replaceLine(11, "七、国庆节：10月1日至7日放假调休，共7天。9月22日（星期日）、10月12日（星期六）上班。"));

            assertThat(e.line()).isEqualTo(11);
            assertThat(e.reason()).startsWith("与节假日年度规则不符（").contains("2013-09-22 is listed twice");
            assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void twoNoticesOfDifferentYears() {
            // 2013.txt has 14 lines, so the 2012 title is line 15.
            String text = CommittedCalendars.notice(2013) + CommittedCalendars.notice(2012);

            assertRefused(text, 15, "文本中有2013年和2012年两份通知");
        }

        @Test
        void messageCombinesLineAndReason() {
            HolidayNoticeParseException e = refusal(replaceLine(5, "一、新年：1月1日至3日放假调休，共3天。"));

            assertThat(e).hasMessage("第5行：" + e.reason());
        }

        private HolidayNoticeParseException refusal(String text) {
            HolidayNoticeParseException e = catchThrowableOfType(() -> parser.parse(text),
                    HolidayNoticeParseException.class);
            assertThat(e).as("the text is refused").isNotNull();
            return e;
        }

        private void assertRefused(String text, int line, String reason) {
            HolidayNoticeParseException e = refusal(text);
            assertThat(e.reason()).contains(reason);
            assertThat(e.line()).as("line of: " + e.getMessage()).isEqualTo(line);
        }
    }

    private static String replaceLine(int lineNo, String replacement) {
        List<String> lines = new ArrayList<>(CommittedCalendars.notice(2013).lines().toList());
        lines.set(lineNo - 1, replacement);
        return String.join("\n", lines);
    }

    private static String toFullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    private static Holiday holiday(String name, String from, String to) {
        return new Holiday(name, LocalDate.parse(from), LocalDate.parse(to));
    }
}
