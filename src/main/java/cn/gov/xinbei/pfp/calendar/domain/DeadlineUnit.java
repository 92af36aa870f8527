package cn.gov.xinbei.pfp.calendar.domain;

/** How the days of a period are counted. */
public enum DeadlineUnit {
    /** Only working days count (《行政许可法》 art. 82). */
    WORKING_DAYS,
    /** Every day counts; a last day on a rest day moves to the next working day (《民事诉讼法》 2007 art. 75). */
    CALENDAR_DAYS,
    /** Whole months (e.g. 《行政诉讼法》 1989 art. 39); a last day on a rest day moves on like calendar days. */
    MONTHS
}
