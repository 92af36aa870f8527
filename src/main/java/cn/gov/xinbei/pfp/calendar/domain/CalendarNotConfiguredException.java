package cn.gov.xinbei.pfp.calendar.domain;

/**
 * A deadline needs a day of a year for which neither a published notice nor a text of the holiday law is known
 * (a year before the earliest text configured). Years after it never stop a case: they are counted provisionally.
 */
public class CalendarNotConfiguredException extends RuntimeException {

    private final int year;

    public CalendarNotConfiguredException(int year) {
        super("未配置" + year + "年适用的节假日安排或《全国年节及纪念日放假办法》，无法计算期限");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
