package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.process.FormFields;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a request body's parser or the database refused into violations a clerk can act on: the field (its
 * JSON path) and a Chinese message, never the parser's or the database's own text (which may quote the value).
 */
public final class InputErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    /** H2: {@code Value too long for column "REPORTER_CONTACT CHARACTER VARYING(100)"}; MySQL/MariaDB: {@code 'reporter_contact'}. */
    private static final Pattern TOO_LONG_H2 = Pattern.compile("column \"([A-Za-z0-9_]+)[^\"]*?\\((\\d+)\\)\"");
    private static final Pattern TOO_LONG_MYSQL = Pattern.compile("(?i)too long for column '([A-Za-z0-9_]+)'");

    private InputErrors() {
    }

    /** The violations of an unreadable JSON body, or empty when the body is no JSON at all. */
    public static Optional<List<FieldViolation>> ofJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                String path = pathOf(failure);
                if (path != null && invalid.violations().size() == 1) {
                    return Optional.of(List.of(new FieldViolation(path, invalid.violations().get(0).message())));
                }
                return Optional.of(invalid.violations());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getOriginalMessage() != null) {
                Matcher duplicate = DUPLICATE.matcher(read.getOriginalMessage());
                if (duplicate.find()) {
                    String field = duplicate.group(1);
                    return Optional.of(List.of(new FieldViolation(field,
                            FormFields.label(field) + "在请求中出现了不止一次，每个字段只能填写一次")));
                }
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return Optional.of(List.of(new FieldViolation(unknown.getPropertyName(), "不认识的字段，请删除")));
            }
            if (cause instanceof MismatchedInputException mismatch) {
                String path = path(mismatch);
                String field = path == null ? "body" : path;
                return Optional.of(List.of(new FieldViolation(field,
                        label(mismatch) + expected(mismatch.getTargetType()))));
            }
            if (cause instanceof JsonParseException) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A value the database refused as too long, named by its column (as the field's camel-case name). */
    public static Optional<FieldViolation> tooLong(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!(cause instanceof SQLException sql)) {
                continue;
            }
            String message = sql.getMessage() == null ? "" : sql.getMessage();
            if (!"22001".equals(sql.getSQLState()) && !message.toLowerCase(Locale.ROOT).contains("too long")) {
                continue;
            }
            Matcher h2 = TOO_LONG_H2.matcher(message);
            Matcher mysql = TOO_LONG_MYSQL.matcher(message);
            String column = h2.find() ? h2.group(1) : mysql.find() ? mysql.group(1) : null;
            String max = h2.find(0) ? h2.group(2) : null;
            String field = column == null ? "body" : camel(column);
            String label = column == null ? "填写的内容" : FormFields.label(field);
            return Optional.of(new FieldViolation(field, label + (max == null ? "内容过长，请删减后重新提交"
                    : "不能超过" + max + "个字，请删减后重新提交")));
        }
        return Optional.empty();
    }

    private static String pathOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping) {
                return path(mapping);
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String label(JsonMappingException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return "请求内容";
        }
        String last = e.getPath().get(e.getPath().size() - 1).getFieldName();
        return last == null ? "该项" : FormFields.label(last);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "的类型不正确";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "应为整数（不带小数、不加引号）";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "应为数字（不加引号）";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false（不加引号）";
        }
        if (type == String.class) {
            return "应为文字（加引号）";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "格式不正确，日期应为“年-月-日”，如2012-03-01";
        }
        if (type.isEnum()) {
            return "不是可选的值之一";
        }
        return "的类型或格式不正确";
    }

    private static String camel(String column) {
        String[] parts = column.toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return out.toString();
    }
}
