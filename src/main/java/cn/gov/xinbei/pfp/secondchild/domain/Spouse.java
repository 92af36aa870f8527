package cn.gov.xinbei.pfp.secondchild.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

import java.time.LocalDate;

/**
 * One spouse as the application declares them. {@code ruralToUrbanOn} is set where a rural resident became urban
 * (art. 23 para 3: still counted as rural for five years, and for whole-village conversions).
 */
public record Spouse(String name, ResidentIdNumber idNumber, HukouType hukouType, LocalDate ruralToUrbanOn,
                     PriorMaritalStatus priorStatus, int childrenEver, boolean onlyChild,
                     boolean twoGenerationOnlyChild) {

    /** Art. 23 para 3: a conversion to urban hukou keeps rural status for this many years. */
    public static final int RURAL_STATUS_YEARS_AFTER_CONVERSION = 5;

    public boolean countsAsRuralOn(LocalDate date) {
        if (hukouType == HukouType.RURAL) {
            return true;
        }
        return ruralToUrbanOn != null
                && date.isBefore(ruralToUrbanOn.plusYears(RURAL_STATUS_YEARS_AFTER_CONVERSION));
    }

    public int ageOn(LocalDate date) {
        return idNumber.ageOn(date);
    }
}
