package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;

/** Told of every period the calendar counts, so whoever stores the due date can store what it was counted from. */
@FunctionalInterface
public interface PeriodObserver {

    PeriodObserver NONE = (period, due) -> { };

    void counted(Period period, LocalDate due);
}
