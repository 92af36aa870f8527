package cn.gov.xinbei.pfp.shared.process;

import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reads form values from process variables in the shapes Camunda Forms and the REST API deliver them. */
public final class Variables {

    private Variables() {
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A date from a form (ISO text), a LocalDate or a Date; a malformed value is an input error on that field. */
    public static LocalDate date(Object value, String field, String label, ZoneId zone) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), zone);
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + "格式不正确，应为“年-月-日”，如2012-03-01");
        }
    }

    public static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value == null ? null : Boolean.valueOf(value.toString());
    }
}
