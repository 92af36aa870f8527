package cn.gov.xinbei.pfp.shared.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when user input breaks a rule. It carries every violation found, so the user can fix them all at once.
 * Its message lists the violations' messages, which name their field in Chinese: the Camunda Tasklist shows an
 * exception's message as it is, and form users know fields by their labels, not by variable names.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return "输入有误：" + violations.stream()
                .map(FieldViolation::message)
                .collect(Collectors.joining("；"));
    }
}
