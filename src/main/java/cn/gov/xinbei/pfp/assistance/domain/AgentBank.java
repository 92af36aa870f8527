package cn.gov.xinbei.pfp.assistance.domain;

/**
 * An agent bank (代发银行, 委托发放机构) that credits the support to the beneficiaries' accounts, with the shape of its
 * account numbers. Configured in {@code config/assistance.yml} (app.assistance-bank.agent-banks).
 *
 * @param code             short code stored with the account, e.g. JNRCB
 * @param name             the bank's Chinese name, shown in forms, lists and errors
 * @param minAccountLength fewest digits of an account number (inclusive)
 * @param maxAccountLength most digits of an account number (inclusive)
 * @param luhn             whether the bank's account numbers carry a Luhn (mod 10) check digit (bank card numbers do;
 *                         passbook account numbers in general do not)
 */
public record AgentBank(String code, String name, int minAccountLength, int maxAccountLength, boolean luhn) {

    /** The widest account number the register stores (assistance_entitlement.bank_account is varchar(40)). */
    public static final int MAX_STORED_LENGTH = 40;

    public AgentBank {
        if (code == null || !code.matches("[A-Z0-9_]{2,16}")) {
            throw new IllegalArgumentException("agent bank code must be 2-16 of A-Z, 0-9, _: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("agent bank " + code + " has no name");
        }
        if (minAccountLength < 1 || maxAccountLength < minAccountLength || maxAccountLength > MAX_STORED_LENGTH) {
            throw new IllegalArgumentException("agent bank " + code + ": account length range " + minAccountLength
                    + ".." + maxAccountLength + " must lie within 1.." + MAX_STORED_LENGTH);
        }
    }
}
