package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.DeadlineUnit;
import cn.gov.xinbei.pfp.calendar.domain.CalendarNotConfiguredException;
import cn.gov.xinbei.pfp.calendar.domain.Holiday;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.function.Supplier;

/** Lets clerks and the front end check a deadline or a day against the official calendar. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "工作日历 / Working-day calendar", description = "法定期限计算（工作日、自然日顺延）/ statutory deadlines")
public class CalendarController {

    // Typed parameters: a value that is no date or no number in range is a Chinese 400 at the field (web.ParameterErrors).
    static final String DATE_MESSAGE = "日期格式不正确，应为yyyy-MM-dd，例如2012-01-16";
    static final String DAYS_MESSAGE = "天数应在0到" + DeadlineCalculator.MAX_PERIOD_DAYS + "之间的整数";

    static final String WORKING_DAYS_BASIS = "《行政许可法》第八十二条：期限以工作日计算，不含法定节假日";
    static final String CALENDAR_DAYS_BASIS = "《民事诉讼法》（2007）第七十五条：期间开始的日不计算在内，"
            + "期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期（《行政复议法》第四十条适用）";

    private final WorkingDayCalendar calendar;

    public CalendarController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** A computed deadline; dates are ISO strings so the body does not depend on the JSON mapper's settings. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeadlineResponse(String from, int days, DeadlineUnit unit, String due, String basis,
                                   boolean provisional, String provisionalNote) {
    }

    /** One day on the calendar; {@code holiday} is null (and present) on a day outside a holiday block. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DayResponse(String date, boolean workingDay, String holiday, boolean adjustedWorkingDay,
                              boolean provisional) {
    }

    @GetMapping("/working-days")
    @Operation(summary = "按工作日计算期限 / Deadline in working days",
            description = "起算日不计入，只计工作日（调休上班日计入，节假日不计）。/ Start day not counted; only working days count.")
    public DeadlineResponse workingDays(
            @Parameter(description = "起算日 yyyy-MM-dd / start date") @InvalidMessage(DATE_MESSAGE)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam LocalDate from,
            @Parameter(description = "工作日数 0–3650 / number of working days") @InvalidMessage(DAYS_MESSAGE)
            @Min(value = 0, message = DAYS_MESSAGE) @Max(value = DeadlineCalculator.MAX_PERIOD_DAYS, message = DAYS_MESSAGE)
            @RequestParam int days) {
        LocalDate due = onConfiguredYears("from", () -> calendar.addWorkingDays(from, days));
        return response(from, days, DeadlineUnit.WORKING_DAYS, due, WORKING_DAYS_BASIS);
    }

    @GetMapping("/calendar-days")
    @Operation(summary = "按自然日计算期限（届满日遇节假日顺延）/ Deadline in calendar days with roll-over",
            description = "起算日不计入；最后一日为节假日或休息日的，顺延至其后第一个工作日。"
                    + "/ Start day not counted; a last day on a rest day moves to the next working day.")
    public DeadlineResponse calendarDays(
            @Parameter(description = "起算日 yyyy-MM-dd / start date") @InvalidMessage(DATE_MESSAGE)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam LocalDate from,
            @Parameter(description = "天数 0–3650 / number of days") @InvalidMessage(DAYS_MESSAGE)
            @Min(value = 0, message = DAYS_MESSAGE) @Max(value = DeadlineCalculator.MAX_PERIOD_DAYS, message = DAYS_MESSAGE)
            @RequestParam int days) {
        LocalDate due = onConfiguredYears("from", () -> calendar.addCalendarDays(from, days));
        return response(from, days, DeadlineUnit.CALENDAR_DAYS, due, CALENDAR_DAYS_BASIS);
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "查询某日是否为工作日 / Is this day a working day")
    public DayResponse day(@Parameter(description = "日期 yyyy-MM-dd / date") @InvalidMessage(DATE_MESSAGE)
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PathVariable("date") LocalDate day) {
        return onConfiguredYears("date", () -> new DayResponse(day.toString(), calendar.isWorkingDay(day),
                calendar.holidayOn(day).map(Holiday::name).orElse(null), calendar.isAdjustedWorkingDay(day),
                !calendar.isPublished(day.getYear())));
    }

    private DeadlineResponse response(LocalDate start, int days, DeadlineUnit unit, LocalDate due, String basis) {
        String note = calendar.provisionalNote(start, due);
        return new DeadlineResponse(start.toString(), days, unit, due.toString(), basis, note != null, note);
    }

    /** A year without a holiday file is the user's range problem, reported on the field they gave. */
    private static <T> T onConfiguredYears(String field, Supplier<T> calculation) {
        try {
            return calculation.get();
        } catch (CalendarNotConfiguredException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
