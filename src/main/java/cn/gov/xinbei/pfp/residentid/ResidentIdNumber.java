package cn.gov.xinbei.pfp.residentid;

import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException.Reason;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked citizen identity number (公民身份号码, GB 11643-1999), always held in its 18-character form.
 *
 * <p>Layout: 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit sequence code (odd = male),
 * 1 check character (ISO 7064 MOD 11-2). {@link #toString()} returns the masked form, so an instance that
 * ends up in a log line or an error message does not disclose the number.
 */
public final class ResidentIdNumber {

    /** GB 11643-1999 / ISO 7064 MOD 11-2: weights of positions 1–17 and the check character for each remainder. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int MODULUS = 11;

    private static final int LENGTH = 18;
    private static final int FIRST_GENERATION_LENGTH = 15;
    private static final int ADDRESS_CODE_LENGTH = 6;
    private static final int BIRTH_DATE_END = 14;
    private static final int SEX_DIGIT_INDEX = 16;
    /** First-generation numbers carry a 2-digit year; the conversion rule puts them all in the 1900s. */
    private static final String FIRST_GENERATION_CENTURY = "19";

    /**
     * 居民身份证法 (2011 amendment), 附则, art. 23: "依照《中华人民共和国居民身份证条例》领取的居民身份证，
     * 自2013年1月1日起停止使用。" First-generation (15-digit) cards are void from this day on, so a 15-digit
     * number is accepted only for dates before it.
     */
    public static final LocalDate FIRST_GENERATION_VOID_FROM = LocalDate.of(2013, 1, 1);

    /** Earliest birth date we accept; an older one is a typing error, not a living client. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** GB/T 7408 calendar date; STRICT rejects 02-30 and 02-29 of common years instead of adjusting them. */
    private static final DateTimeFormatter BIRTH_DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    static final String MSG_BLANK = "请填写公民身份号码";
    static final String MSG_WRONG_LENGTH = "公民身份号码应为18位，当前为%d位，请核对";
    static final String MSG_ILLEGAL_CHARACTER = "公民身份号码只能由数字组成，18位号码的最后一位可以是X，请核对";
    static final String MSG_INVALID_BIRTH_DATE = "公民身份号码中的出生日期不是有效日期，请核对";
    static final String MSG_BIRTH_DATE_TOO_EARLY = "公民身份号码中的出生日期早于1900年1月1日，请核对";
    static final String MSG_BIRTH_DATE_IN_FUTURE = "公民身份号码中的出生日期晚于核验日期%s，请核对";
    static final String MSG_CHECKSUM_MISMATCH = "公民身份号码校验位不正确，请核对";
    static final String MSG_FIRST_GENERATION_EXPIRED =
            "15位的第一代居民身份证号码自2013年1月1日起停止使用，请填写18位公民身份号码";

    private final String value;
    private final LocalDate birthDate;
    private final boolean convertedFromFirstGeneration;

    private ResidentIdNumber(String value, LocalDate birthDate, boolean convertedFromFirstGeneration) {
        this.value = value;
        this.birthDate = birthDate;
        this.convertedFromFirstGeneration = convertedFromFirstGeneration;
    }

    /**
     * Parses and checks a number as typed by a user.
     *
     * @param raw  the number; surrounding blanks are ignored and a lower-case 'x' is read as 'X'
     * @param asOf the date the number is checked for (normally today, in the office's time zone): the birth date
     *             may not be after it, and a 15-digit number is accepted only if it is before 2013-01-01
     * @throws InvalidResidentIdException if the number is not acceptable; its message says why, in Chinese
     */
    public static ResidentIdNumber parse(String raw, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (raw == null || raw.isBlank()) {
            throw invalid(Reason.BLANK, MSG_BLANK);
        }
        String trimmed = raw.strip().toUpperCase(Locale.ROOT);
        if (trimmed.length() == FIRST_GENERATION_LENGTH) {
            return parseFirstGeneration(trimmed, asOf);
        }
        if (trimmed.length() != LENGTH) {
            throw invalid(Reason.WRONG_LENGTH, MSG_WRONG_LENGTH.formatted(trimmed.codePointCount(0, trimmed.length())));
        }
        if (!allDigits(trimmed, LENGTH - 1) || !isCheckCharacter(trimmed.charAt(LENGTH - 1))) {
            throw invalid(Reason.ILLEGAL_CHARACTER, MSG_ILLEGAL_CHARACTER);
        }
        // Birth date before checksum: when both are wrong, naming the wrong part helps the user more.
        LocalDate birthDate = checkedBirthDate(trimmed, asOf);
        if (trimmed.charAt(LENGTH - 1) != checkCharacter(trimmed)) {
            throw invalid(Reason.CHECKSUM_MISMATCH, MSG_CHECKSUM_MISMATCH);
        }
        return new ResidentIdNumber(trimmed, birthDate, false);
    }

    /** The Chinese reason why {@code raw} is not acceptable on {@code asOf}, or empty if it is; never throws for bad input. */
    public static Optional<String> problem(String raw, LocalDate asOf) {
        try {
            parse(raw, asOf);
            return Optional.empty();
        } catch (InvalidResidentIdException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Parses {@code raw}, or records why it is not acceptable as a violation of {@code field}, so a caller can
     * check a whole form and report everything at once.
     */
    public static Optional<ResidentIdNumber> parseInto(Violations violations, String field, String raw, LocalDate asOf) {
        try {
            return Optional.of(parse(raw, asOf));
        } catch (InvalidResidentIdException e) {
            violations.add(field, e.getMessage());
            return Optional.empty();
        }
    }

    /** Masks a value from an ID-number field for display; see {@link ResidentIdMasking#mask(String)}. */
    public static String mask(String anyRaw) {
        return ResidentIdMasking.mask(anyRaw);
    }

    private static ResidentIdNumber parseFirstGeneration(String trimmed, LocalDate asOf) {
        if (!allDigits(trimmed, FIRST_GENERATION_LENGTH)) {
            throw invalid(Reason.ILLEGAL_CHARACTER, MSG_ILLEGAL_CHARACTER);
        }
        // The card is void regardless of whether the number is well-formed, so say that first.
        if (!asOf.isBefore(FIRST_GENERATION_VOID_FROM)) {
            throw invalid(Reason.FIRST_GENERATION_EXPIRED, MSG_FIRST_GENERATION_EXPIRED);
        }
        // 15 → 18: insert the century before the 2-digit year, then append the check character.
        String body = trimmed.substring(0, ADDRESS_CODE_LENGTH) + FIRST_GENERATION_CENTURY
                + trimmed.substring(ADDRESS_CODE_LENGTH);
        LocalDate birthDate = checkedBirthDate(body, asOf);
        return new ResidentIdNumber(body + checkCharacter(body), birthDate, true);
    }

    private static LocalDate checkedBirthDate(String eighteenOrBody, LocalDate asOf) {
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(eighteenOrBody.substring(ADDRESS_CODE_LENGTH, BIRTH_DATE_END), BIRTH_DATE_FORMAT);
        } catch (DateTimeException e) {
            throw invalid(Reason.INVALID_BIRTH_DATE, MSG_INVALID_BIRTH_DATE);
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw invalid(Reason.INVALID_BIRTH_DATE, MSG_BIRTH_DATE_TOO_EARLY);
        }
        if (birthDate.isAfter(asOf)) {
            throw invalid(Reason.BIRTH_DATE_IN_FUTURE, MSG_BIRTH_DATE_IN_FUTURE.formatted(asOf));
        }
        return birthDate;
    }

    /** MOD 11-2 check character over the first 17 digits of {@code digits}. */
    private static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % MODULUS);
    }

    /** ASCII digits only: Character.isDigit would also let full-width and other scripts' digits through. */
    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCheckCharacter(char c) {
        return (c >= '0' && c <= '9') || c == 'X';
    }

    private static InvalidResidentIdException invalid(Reason reason, String message) {
        return new InvalidResidentIdException(reason, message);
    }

    /** The full 18-character number, with an upper-case 'X'. Handle with care: it is personal data. */
    public String value() {
        return value;
    }

    /**
     * The 6-digit administrative division code (GB/T 2260) of the place where the number was first assigned.
     * The number never changes (居民身份证法 art. 3: "唯一的、终身不变的"), so this is <em>not</em> the current
     * hukou: never derive residence or Xinbei membership from it.
     */
    public String addressCode() {
        return value.substring(0, ADDRESS_CODE_LENGTH);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        int digit = value.charAt(SEX_DIGIT_INDEX) - '0';
        return digit % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Age in full years (周岁) on {@code date}. The age goes up on the birthday itself. Someone born on 02-29
     * turns a year older on 03-01 in common years: before 03-01 the anniversary has not been reached
     * (same result as {@link java.time.Period#between}). Change here if a policy text says otherwise.
     *
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date is before the birth date");
        }
        int years = date.getYear() - birthDate.getYear();
        // MonthDay order puts 02-28 before 02-29, which gives the 03-01 rule for leap-day births.
        if (MonthDay.from(date).isBefore(MonthDay.from(birthDate))) {
            years--;
        }
        return years;
    }

    /** Whether the user typed a 15-digit first-generation number that was converted to this 18-digit one. */
    public boolean wasConvertedFromFirstGeneration() {
        return convertedFromFirstGeneration;
    }

    /** First 6 + 8 asterisks + last 4, e.g. {@code 320411********0019}: safe for lists, logs and messages. */
    public String masked() {
        return ResidentIdMasking.maskId(value);
    }

    /** Equal when the 18-character numbers are equal; whether it was typed in its 15-digit form does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form, never the number: this string ends up in logs and messages without anyone deciding so. */
    @Override
    public String toString() {
        return masked();
    }
}
