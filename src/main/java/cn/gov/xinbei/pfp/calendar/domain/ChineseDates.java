package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;

/**
 * The traditional dates the holiday law names, on the Gregorian calendar of a given year (China time). Kept as a
 * port so the rules stay free of the astronomy library that computes them.
 */
public interface ChineseDates {

    /** The Gregorian date of lunar month/day in the lunar year that begins in {@code gregorianYear}. */
    LocalDate lunar(int gregorianYear, int lunarMonth, int lunarDay);

    /** 除夕: the last day of the twelfth lunar month before the lunar new year of {@code gregorianYear} (29th or 30th). */
    LocalDate lunarNewYearsEve(int gregorianYear);

    /** 清明: the day on which the sun reaches ecliptic longitude 15° (the solar term, not a lunar date). */
    LocalDate qingming(int gregorianYear);
}
