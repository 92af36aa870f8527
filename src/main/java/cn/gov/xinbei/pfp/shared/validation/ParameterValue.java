package cn.gov.xinbei.pfp.shared.validation;

/**
 * A choice whose spelling in a request parameter is not its constant's name ({@code sort=caseNumber},
 * {@code dir=desc}): the web layer converts the parameter by {@link #param()}, exactly; anything else is refused with
 * the field named.
 */
public interface ParameterValue {

    String param();
}
