package cn.gov.xinbei.pfp.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Chinese message for a typed request parameter whose value cannot be read as its type (an unknown choice, a
 * date that is no date): {@code @InvalidMessage("案件类型不正确") @RequestParam(required = false) CaseKind kind}.
 * Without it the message is built from the parameter's label and type ({@link ParameterErrors}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InvalidMessage {

    String value();
}
