package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/** The 2012 and 2013 arrangements of the domain reference (§8), written out in code for pure unit tests. */
public final class OfficialCalendars {

    private OfficialCalendars() {
    }

    public static HolidayYear year2012() {
        return new HolidayYear(2012,
                List.of(holiday("元旦", "2012-01-01", "2012-01-03"),
                        holiday("春节", "2012-01-22", "2012-01-28"),
                        holiday("清明节", "2012-04-02", "2012-04-04"),
                        holiday("劳动节", "2012-04-29", "2012-05-01"),
                        holiday("端午节", "2012-06-22", "2012-06-24"),
                        holiday("中秋节、国庆节", "2012-09-30", "2012-10-07")),
                List.of(makeUp("2012-01-21", "春节"), makeUp("2012-01-29", "春节"),
                        makeUp("2012-03-31", "清明节"), makeUp("2012-04-01", "清明节"),
                        makeUp("2012-04-28", "劳动节"), makeUp("2012-09-29", "中秋节、国庆节")),
                "test copy of the 2012 State Council notice");
    }

    public static HolidayYear year2013() {
        return new HolidayYear(2013,
                List.of(holiday("元旦", "2013-01-01", "2013-01-03"),
                        holiday("春节", "2013-02-09", "2013-02-15"),
                        holiday("清明节", "2013-04-04", "2013-04-06"),
                        holiday("劳动节", "2013-04-29", "2013-05-01"),
                        holiday("端午节", "2013-06-10", "2013-06-12"),
                        holiday("中秋节", "2013-09-19", "2013-09-21"),
                        holiday("国庆节", "2013-10-01", "2013-10-07")),
                List.of(makeUp("2013-01-05", "元旦"), makeUp("2013-01-06", "元旦"),
                        makeUp("2013-02-16", "春节"), makeUp("2013-02-17", "春节"),
                        makeUp("2013-04-07", "清明节"),
                        makeUp("2013-04-27", "劳动节"), makeUp("2013-04-28", "劳动节"),
                        makeUp("2013-06-08", "端午节"), makeUp("2013-06-09", "端午节"),
                        makeUp("2013-09-22", "中秋节"),
                        makeUp("2013-09-29", "国庆节"), makeUp("2013-10-12", "国庆节")),
                "test copy of the 2013 State Council notice");
    }

    /** 2012 and 2013, as a deadline running past the end of 2012 needs. */
    public static WorkingDayCalendar calendar2012And2013() {
        return new WorkingDayCalendar(List.of(year2012(), year2013()));
    }

    static Holiday holiday(String name, String from, String to) {
        return new Holiday(name, LocalDate.parse(from), LocalDate.parse(to));
    }

    static AdjustedWorkingDay makeUp(String date, String holiday) {
        return new AdjustedWorkingDay(LocalDate.parse(date), holiday);
    }
}
