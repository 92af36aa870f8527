package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.calendar.notice.HolidayNoticeParseException;
import cn.gov.xinbei.pfp.calendar.notice.HolidayNoticeParser;
import cn.gov.xinbei.pfp.calendar.notice.ParsedNotice;
import cn.gov.xinbei.pfp.casefile.CaseStepRepository;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishing a year's State Council holiday notice without a release: the administrator pastes the text, reviews
 * what it was read as and what changes, and confirms; the year's open deadlines are then counted again.
 */
@Service
public class HolidayNoticeService {

    private static final Logger log = LoggerFactory.getLogger(HolidayNoticeService.class);
    static final String FIELD = "noticeText";
    static final int MAX_TEXT_LENGTH = 20_000;

    /** A day whose status the notice changes: rest day (放假) ↔ working day (上班). */
    public record DayChange(LocalDate date, String before, String after) {
    }

    public record Preview(HolidayYear year, List<AdjustedWorkingDay> adjustedDaysOfPreviousYear, boolean replacesPublished,
                          String currentSource, List<DayChange> changes, long openDeadlinesOfTheYear) {
    }

    public record Published(HolidayYear year, DeadlineRecalculation.Result recalculation, List<DayChange> changes) {
    }

    private final HolidayNoticeParser parser = new HolidayNoticeParser();
    private final WorkingDayCalendar calendar;
    private final PublishedNotices notices;
    private final DeadlineRecalculation recalculation;
    private final CaseStepRepository steps;
    private final EngineClock clock;

    public HolidayNoticeService(WorkingDayCalendar calendar, PublishedNotices notices, DeadlineRecalculation recalculation,
                                CaseStepRepository steps, EngineClock clock) {
        this.calendar = calendar;
        this.notices = notices;
        this.recalculation = recalculation;
        this.steps = steps;
        this.clock = clock;
    }

    /** What the text says and what publishing it would change; nothing is written. */
    public Preview preview(String text) {
        ParsedNotice notice = parse(text);
        HolidayYear year = notice.year();
        HolidayYear current = calendar.arrangementOf(year.year());
        List<DayChange> changes = changes(current, year);
        if (calendar.isPublished(year.year()) && changes.isEmpty()) {
            throw new InvalidInputException(FIELD, year.year() + "年的节假日安排已按此发布，与现行安排相同，无需重复发布");
        }
        long open = steps.countByEndedAtIsNullAndDueAtGreaterThanEqual(
                LocalDate.of(year.year(), 1, 1).atStartOfDay(clock.zone()).toInstant());
        return new Preview(year, notice.adjustedDaysOfPreviousYear(), calendar.isPublished(year.year()), current.source(),
                changes, open);
    }

    /** Puts the notice in force, records who did it, and counts the year's open deadlines again. */
    @Transactional
    public Published publish(String text, String actor) {
        Preview preview = preview(text);
        HolidayYear year = preview.year();
        String id = notices.add(year, text.strip(), actor, clock.now());
        boolean wasPublished = calendar.isPublished(year.year());
        HolidayYear before = calendar.publish(year);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        calendar.restore(year.year(), before, wasPublished);
                    }
                }
            });
        }
        DeadlineRecalculation.Result result = recalculation.recalculate(year.year(), year.source(), actor);
        notices.recordRecalculation(id, result.changed(), result.unrecalculated().size());
        log.info("Holiday notice of {} published by {}: {} steps and {} cases recalculated, {} timers moved, {} without basis",
                year.year(), actor, result.changedSteps(), result.changedCases(), result.changedTimers(),
                result.unrecalculated().size());
        return new Published(year, result, preview.changes());
    }

    private ParsedNotice parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FIELD, "请粘贴国务院办公厅关于某年部分节假日安排的通知全文");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(FIELD, "通知全文不能超过" + MAX_TEXT_LENGTH + "个字");
        }
        try {
            return parser.parse(text);
        } catch (HolidayNoticeParseException e) {
            throw new InvalidInputException(FIELD, "通知未能完整识别，未作任何更改。" + e.getMessage());
        }
    }

    /** Days of the year whose rest/working status differs between the two arrangements. */
    private static List<DayChange> changes(HolidayYear before, HolidayYear after) {
        WorkingDayCalendar was = new WorkingDayCalendar(List.of(before));
        WorkingDayCalendar will = new WorkingDayCalendar(List.of(after));
        List<DayChange> changes = new ArrayList<>();
        for (LocalDate d = LocalDate.of(after.year(), 1, 1); d.getYear() == after.year(); d = d.plusDays(1)) {
            boolean workedBefore = was.isWorkingDay(d);
            boolean worksAfter = will.isWorkingDay(d);
            if (workedBefore != worksAfter) {
                changes.add(new DayChange(d, label(workedBefore), label(worksAfter)));
            }
        }
        return changes;
    }

    private static String label(boolean working) {
        return working ? "上班" : "休息";
    }
}
