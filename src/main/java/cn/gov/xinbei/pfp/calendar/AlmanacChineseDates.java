package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.ChineseDates;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.Solar;

import java.time.LocalDate;

/**
 * Lunar dates and 清明 from the 6tail lunar library (寿星天文历 astronomy, China time). ICU4J's Chinese calendar was
 * tried first and is not precise enough: it places the new moon of 2027-02-06 23:56 China time after midnight and so
 * puts 春节 2027 on 02-07 (REFERENCE.md §12 C3: 02-06).
 */
public class AlmanacChineseDates implements ChineseDates {

    private static final int TWELFTH_MONTH = 12;

    @Override
    public LocalDate lunar(int gregorianYear, int lunarMonth, int lunarDay) {
        return toLocalDate(Lunar.fromYmd(gregorianYear, lunarMonth, lunarDay).getSolar());
    }

    @Override
    public LocalDate lunarNewYearsEve(int gregorianYear) {
        // The twelfth month has 29 or 30 days; 除夕 is its last day.
        int lastDay = LunarMonth.fromYm(gregorianYear - 1, TWELFTH_MONTH).getDayCount();
        return lunar(gregorianYear - 1, TWELFTH_MONTH, lastDay);
    }

    @Override
    public LocalDate qingming(int gregorianYear) {
        return toLocalDate(Lunar.fromYmd(gregorianYear, 1, 1).getJieQiTable().get("清明"));
    }

    private static LocalDate toLocalDate(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
