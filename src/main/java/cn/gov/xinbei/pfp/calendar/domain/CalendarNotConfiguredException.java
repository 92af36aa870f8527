package cn.gov.xinbei.pfp.calendar.domain;

/**
 * A deadline needs a day of a year whose holiday arrangement is not configured. The calculation stops
 * rather than guess: the State Council publishes each year's arrangement only late in the year before.
 */
public class CalendarNotConfiguredException extends RuntimeException {

    private final int year;

    public CalendarNotConfiguredException(int year) {
        super("未配置" + year + "年的节假日安排，无法计算期限");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
