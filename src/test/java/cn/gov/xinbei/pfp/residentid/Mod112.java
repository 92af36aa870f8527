package cn.gov.xinbei.pfp.residentid;

/**
 * Independent MOD 11-2 check for the tests, written from the ISO 7064 definition rather than from the
 * GB 11643 weight table the production code uses: weight of position i (1-based, of 18) is 2^(18-i) mod 11,
 * and the check value is (12 - S mod 11) mod 11, written 'X' when it is 10.
 */
final class Mod112 {

    private static final int CHECK_VALUE_TEN = 10;

    private Mod112() {
    }

    static char checkCharacter(String first17) {
        if (!first17.matches("[0-9]{17}")) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int position = 1; position <= 17; position++) {
            int weight = (1 << (18 - position)) % 11;
            sum += (first17.charAt(position - 1) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == CHECK_VALUE_TEN ? 'X' : (char) ('0' + check);
    }

    /** A complete, correctly checked 18-character number from its first 17 digits. */
    static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
