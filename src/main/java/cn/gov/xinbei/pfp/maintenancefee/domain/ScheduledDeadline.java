package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.time.LocalDate;

/**
 * One date of the schedule: {@code date} is the last day (or, for a window's opening, the first day);
 * {@code nominalDate} is where the period would end before a rest day moved it (equal to {@code date} otherwise).
 */
public record ScheduledDeadline(String name, LocalDate date, LocalDate nominalDate, String rule, String legalBasis) {

    public boolean movedOffRestDay() {
        return !date.equals(nominalDate);
    }

    /** For example "缴款期限：2012-10-08（送达之日起30日；届满日2012-10-07为休息日，顺延）（《社会抚养费征收管理办法》第六条）". */
    public String line() {
        String moved = movedOffRestDay() ? "；届满日" + nominalDate + "为休息日，顺延至" + date : "";
        return name + "：" + date + "（" + rule + moved + "）（" + legalBasis + "）";
    }
}
