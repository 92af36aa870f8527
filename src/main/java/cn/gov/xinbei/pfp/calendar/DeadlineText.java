package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.DeadlineUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period written in a process model: {@code "20 working days"}, {@code "30 calendar days"} (any case),
 * or the statute's own words {@code "20个工作日"}, {@code "30日"}. A bare "日" is a calendar day, as in the
 * statutes unless they say 工作日.
 */
public record DeadlineText(int days, DeadlineUnit unit) {

    private record Form(Pattern pattern, DeadlineUnit unit) {
    }

    // Up to nine digits so that parsing cannot overflow; the upper limit is checked separately.
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(\\d{1,9})\\s+working\\s+days?", Pattern.CASE_INSENSITIVE), DeadlineUnit.WORKING_DAYS),
            new Form(Pattern.compile("(\\d{1,9})\\s+calendar\\s+days?", Pattern.CASE_INSENSITIVE), DeadlineUnit.CALENDAR_DAYS),
            new Form(Pattern.compile("(\\d{1,9})\\s*个工作日"), DeadlineUnit.WORKING_DAYS),
            new Form(Pattern.compile("(\\d{1,9})\\s*日"), DeadlineUnit.CALENDAR_DAYS));

    public DeadlineText {
        if (days < 0 || days > DeadlineCalculator.MAX_PERIOD_DAYS) {
            throw new IllegalArgumentException(
                    "期限天数应在0到" + DeadlineCalculator.MAX_PERIOD_DAYS + "之间，实际为" + days);
        }
    }

    /** The period the text describes, or empty when it is in none of these forms (e.g. ISO 8601 "P5D"). */
    public static Optional<DeadlineText> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(trimmed);
            if (m.matches()) {
                return Optional.of(new DeadlineText(Integer.parseInt(m.group(1)), form.unit()));
            }
        }
        return Optional.empty();
    }
}
