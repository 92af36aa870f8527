package cn.gov.xinbei.pfp.assistance.domain;

import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.util.List;
import java.util.Optional;

/**
 * A beneficiary's account at an agent bank (SEED annex 3: finance pays the 委托发放机构, which credits each person's
 * account). Read from a form: the bank must be one of the configured agent banks; the number is digits only (spaces
 * between groups of digits, as printed on cards and passbooks, are dropped), within the bank's length range and, where
 * the bank requires it, with a valid Luhn check digit. Errors name the field by its Chinese label and never repeat
 * the number. The full number is for the register and the agent bank only: {@link #masked()} everywhere else.
 */
public record BankAccount(AgentBank bank, String number) {

    public static final String BANK_LABEL = "代发银行";
    public static final String ACCOUNT_LABEL = "代发银行账号";
    /** Shown instead of an account the register does not hold. */
    public static final String NOT_REGISTERED = "未登记";
    private static final int VISIBLE_DIGITS = 4;

    /**
     * Checks a bank and an account number given together; adds violations (and returns empty) when one is wrong.
     *
     * @param bankField    the form field of the bank's code
     * @param accountField the form field of the account number
     */
    public static Optional<BankAccount> read(Violations violations, String bankField, Object bankCode,
                                             String accountField, Object account, List<AgentBank> banks) {
        String code = bankCode == null ? "" : bankCode.toString().strip();
        AgentBank bank = null;
        if (code.isEmpty()) {
            violations.add(bankField, "请选择" + BANK_LABEL);
        } else {
            bank = banks.stream().filter(b -> b.code().equals(code)).findFirst().orElse(null);
            if (bank == null) {
                violations.add(bankField, BANK_LABEL + "不在本区委托发放机构名单中，请从列表中选择");
            }
        }
        String number = account == null ? "" : account.toString().replaceAll("[\\s\\u3000]", "");
        if (number.isEmpty()) {
            violations.add(accountField, "请填写" + ACCOUNT_LABEL);
            return Optional.empty();
        }
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            violations.add(accountField, ACCOUNT_LABEL + "只能包含数字");
            return Optional.empty();
        }
        if (bank == null) {
            if (number.length() > AgentBank.MAX_STORED_LENGTH) {
                violations.add(accountField, ACCOUNT_LABEL + "不能超过" + AgentBank.MAX_STORED_LENGTH + "位数字");
            }
            return Optional.empty();
        }
        if (number.length() < bank.minAccountLength() || number.length() > bank.maxAccountLength()) {
            String range = bank.minAccountLength() == bank.maxAccountLength() ? String.valueOf(bank.minAccountLength())
                    : bank.minAccountLength() + "至" + bank.maxAccountLength();
            violations.add(accountField, bank.name() + "的" + ACCOUNT_LABEL + "应为" + range + "位数字，现为"
                    + number.length() + "位");
            return Optional.empty();
        }
        if (bank.luhn() && !luhnValid(number)) {
            violations.add(accountField, ACCOUNT_LABEL + "校验位不正确，请核对" + bank.name() + "卡号");
            return Optional.empty();
        }
        return Optional.of(new BankAccount(bank, number));
    }

    /** The Luhn (ISO/IEC 7812 mod 10) check over all digits, the last being the check digit. */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    public String masked() {
        return mask(number);
    }

    /** Every digit but the last four masked; {@value #NOT_REGISTERED} when there is no account. */
    public static String mask(String account) {
        if (account == null || account.isBlank()) {
            return NOT_REGISTERED;
        }
        String compact = account.replaceAll("\\s", "");
        if (compact.length() <= VISIBLE_DIGITS) {
            return "*".repeat(compact.length());
        }
        return "*".repeat(compact.length() - VISIBLE_DIGITS) + compact.substring(compact.length() - VISIBLE_DIGITS);
    }

    /** Never the full number: a record's default toString would put it into logs and exception messages. */
    @Override
    public String toString() {
        return "BankAccount[" + bank.code() + " " + masked() + "]";
    }
}
