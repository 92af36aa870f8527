package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The form values only the fee's steps read: ID numbers of the parents, amounts and multiples, and dates that must
 * lie between an earlier step and today. The common ones (texts, choices) are {@link FormValues}.
 */
final class FeeInputs {

    private FeeInputs() {
    }

    /** A resident ID number, of the expected sex when one is given; null (with a violation) when not acceptable. */
    static ResidentIdNumber idNumber(Object value, String field, String who, Sex expected, LocalDate asOf,
                                     Violations violations) {
        String raw = FormValues.blankToNull(value);
        if (raw == null) {
            violations.add(field, "请填写" + who + "公民身份号码");
            return null;
        }
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(raw, asOf);
            if (expected != null && id.sex() != expected) {
                violations.add(field, who + "公民身份号码显示性别为" + id.sex().label() + "，请核对");
                return null;
            }
            return id;
        } catch (InvalidResidentIdException e) {
            violations.add(field, who + e.getMessage());
            return null;
        }
    }

    /** A non-negative amount or multiple with at most two decimals, from a number or text. */
    static BigDecimal money(Object value, String field, String label, boolean optional, Violations violations) {
        String text = FormValues.blankToNull(value);
        if (text == null) {
            if (!optional) {
                violations.add(field, "请填写" + label);
            }
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            violations.add(field, label + "应为数字");
            return null;
        }
        if (amount.signum() < 0 || (!optional && amount.signum() == 0)) {
            violations.add(field, label + "应大于0");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(field, label + "最多两位小数");
            return null;
        }
        return amount;
    }

    /** A date field as the Tasklist or the API sends it; null (with a violation) when it is not a date. */
    static LocalDate date(Object value, String field, String label, ZoneId zone, Violations violations) {
        try {
            return Variables.date(value, field, label, zone);
        } catch (InvalidInputException e) {
            e.violations().forEach(x -> violations.add(x.field(), x.message()));
            return null;
        }
    }

    /** A required date of a step: not after today, not before {@code notBefore} (when known). Refused at once. */
    static void between(LocalDate value, String field, String label, LocalDate notBefore, String notBeforeLabel,
                        LocalDate today) {
        if (value == null) {
            throw new InvalidInputException(field, "请填写" + label);
        }
        if (value.isAfter(today)) {
            throw new InvalidInputException(field, label + "不能晚于今天");
        }
        if (notBefore != null && value.isBefore(notBefore)) {
            throw new InvalidInputException(field, label + "不能早于" + notBeforeLabel + "（" + notBefore + "）");
        }
    }
}
