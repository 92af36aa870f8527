package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.validation.ParameterValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;

/**
 * Typed request parameters: a {@link ParameterValue} choice is read by its parameter spelling. A blank parameter is
 * "not given" (null), like Spring's own enum, number and date conversions; an unknown value fails the conversion, which
 * {@link ApiExceptionHandler} and the desk's error page answer with a Chinese 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
public class RequestParameterConversion implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ParameterValues());
    }

    static final class ParameterValues implements ConverterFactory<String, ParameterValue> {

        @Override
        public <T extends ParameterValue> Converter<String, T> getConverter(Class<T> targetType) {
            T[] choices = targetType.getEnumConstants();
            if (choices == null) {
                throw new IllegalStateException(targetType + " is a ParameterValue but not an enum");
            }
            return source -> {
                String value = source.strip();
                if (value.isEmpty()) {
                    return null;
                }
                return Arrays.stream(choices).filter(c -> c.param().equals(value)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("not a choice of " + targetType.getSimpleName()));
            };
        }
    }
}
