package cn.gov.xinbei.pfp.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * @param protectedVariables the process variables the application sets itself (case number, town, the kind's labels,
 *                           deadlines, amounts the rules computed): no user changes or removes them through a task
 *                           completion, a form submission or a variable update ({@code app.security},
 *                           config/web.yml; {@link ProtectedVariablesPlugin})
 */
@Validated
@ConfigurationProperties(prefix = "app.security")
public record ProtectedVariablesProperties(
        @NotEmpty List<@Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "不是有效的流程变量名") String> protectedVariables) {

    public ProtectedVariablesProperties {
        protectedVariables = protectedVariables == null ? List.of() : List.copyOf(protectedVariables);
    }
}
