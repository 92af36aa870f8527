package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.process.FormFields;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a typed request parameter's refusal into violations a clerk can act on: the parameter's name and a Chinese
 * message, never Spring's own text (which quotes the value and names Java types). A value that cannot be read as its
 * type takes the parameter's {@link InvalidMessage}, else its label and the expected form; a value that breaks a
 * constraint ({@code @Min}, {@code @Max}) takes the constraint's message.
 */
public final class ParameterErrors {

    private ParameterErrors() {
    }

    public static List<FieldViolation> of(MethodArgumentTypeMismatchException e) {
        InvalidMessage message = e.getParameter().getParameterAnnotation(InvalidMessage.class);
        return List.of(new FieldViolation(e.getName(), message != null ? message.value()
                : FormFields.label(e.getName()) + expected(e.getRequiredType())));
    }

    /**
     * The fields of a bound object (request parameters bound to a record such as the deadline list's query, or a JSON
     * body): a value that could not be converted takes the record component's {@link InvalidMessage}, else its label
     * and the expected form; a broken constraint its message. Every field is named at once.
     */
    public static List<FieldViolation> of(MethodArgumentNotValidException e) {
        Class<?> target = e.getParameter().getParameterType();
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            String message = error.getDefaultMessage();
            if (error.isBindingFailure()) {
                Parameter component = componentOf(target, error.getField());
                InvalidMessage invalid = component == null ? null : component.getAnnotation(InvalidMessage.class);
                message = invalid != null ? invalid.value()
                        : FormFields.label(error.getField()) + expected(component == null ? null : component.getType());
            }
            violations.add(new FieldViolation(error.getField(), message));
        }
        return violations;
    }

    /** The canonical constructor's parameter of a record's component, where its annotations are; else null. */
    private static Parameter componentOf(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    return canonical.getParameters()[i];
                }
            }
        } catch (NoSuchMethodException e) {
            return null;
        }
        return null;
    }

    public static List<FieldViolation> of(HandlerMethodValidationException e) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String field = nameOf(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                violations.add(new FieldViolation(field, error.getDefaultMessage() == null
                        ? FormFields.label(field) + "不符合要求" : error.getDefaultMessage()));
            }
        }
        if (violations.isEmpty()) {
            violations.add(new FieldViolation("request", "请求参数不符合要求"));
        }
        return violations;
    }

    private static String nameOf(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "request" : name;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "格式不正确";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "应为整数";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "应为数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "应为日期，如2012-01-31";
        }
        if (type.isEnum()) {
            return "不是可选的值之一";
        }
        return "格式不正确";
    }
}
