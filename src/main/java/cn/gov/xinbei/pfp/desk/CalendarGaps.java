package cn.gov.xinbei.pfp.desk;

import cn.gov.xinbei.pfp.calendar.CalendarProperties;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseStepRepository;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which years' State Council holiday notices the bureau is waiting for: this year if missing, next year once the
 * notice is due (it comes out between late October and early December, REFERENCE.md §12 C2), and any later year
 * an open step's due date already reaches.
 */
@Component
public class CalendarGaps {

    private final WorkingDayCalendar calendar;
    private final CaseStepRepository steps;
    private final EngineClock clock;
    private final int nextYearFromMonth;

    public CalendarGaps(WorkingDayCalendar calendar, CaseStepRepository steps, EngineClock clock,
                        CalendarProperties properties) {
        this.calendar = calendar;
        this.steps = steps;
        this.clock = clock;
        this.nextYearFromMonth = properties.bannerFromMonth();
    }

    public SortedSet<Integer> missingYears() {
        LocalDate today = clock.today();
        int last = today.getMonthValue() >= nextYearFromMonth ? today.getYear() + 1 : today.getYear();
        last = Math.max(last, steps.latestOpenDueAt().map(clock::localDate).map(LocalDate::getYear).orElse(last));
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = today.getYear(); year <= last; year++) {
            if (!calendar.isPublished(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    public Optional<String> bannerText() {
        SortedSet<Integer> missing = missingYears();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String years = String.join("、", missing.stream().map(y -> y + "年").toList());
        return Optional.of("国务院办公厅关于" + years + "部分节假日安排的通知尚未在本系统发布：涉及这些年份的期限按法定节假日暂定计算，"
                + "请在通知公布后发布。");
    }
}
