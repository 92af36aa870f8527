package cn.gov.xinbei.pfp.residentid;

import cn.gov.xinbei.pfp.shared.validation.FieldViolation;

import java.util.Objects;

/**
 * Thrown by {@link ResidentIdNumber#parse} when a text is not an acceptable resident ID number.
 * The message is Chinese, written for the clerk, and never contains the number itself,
 * so the exception may be logged or shown as it is.
 */
public class InvalidResidentIdException extends RuntimeException {

    /** Why the number was refused; lets callers react without parsing the message. */
    public enum Reason {
        BLANK,
        WRONG_LENGTH,
        ILLEGAL_CHARACTER,
        INVALID_BIRTH_DATE,
        BIRTH_DATE_IN_FUTURE,
        CHECKSUM_MISMATCH,
        FIRST_GENERATION_EXPIRED
    }

    private final Reason reason;

    public InvalidResidentIdException(Reason reason, String message) {
        // No cause and no number: the message is all the context a caller may see.
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** This failure as a violation of the given form or API field, for {@code Violations}/{@code InvalidInputException}. */
    public FieldViolation toViolation(String field) {
        return new FieldViolation(field, getMessage());
    }
}
