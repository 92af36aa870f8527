package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.process.FormFields;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.TextRules;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.Locale;

/**
 * The API's JSON is read strictly: a key given twice is refused (not "the last one wins"), numbers and booleans must
 * have their JSON type (1.5 is no integer, {@code true} no name, "yes" no boolean; a number in quotes is still read), and no text may carry control
 * characters or bidirectional overrides ({@link TextRules}; line breaks only in multi-line fields). Every refusal is a
 * 400 naming the field ({@link ApiExceptionHandler#unreadable}).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .modulesToInstall(new SimpleModule("xinbei-strict-text").addDeserializer(String.class, new CheckedText()))
                .postConfigurer(mapper -> {
                    for (LogicalType type : new LogicalType[]{LogicalType.Textual, LogicalType.Integer,
                            LogicalType.Float, LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum}) {
                        var coercion = mapper.coercionConfigFor(type);
                        for (CoercionInputShape shape : new CoercionInputShape[]{CoercionInputShape.Integer,
                                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                            if (!(type == LogicalType.Float && shape == CoercionInputShape.Integer)) {
                                coercion.setCoercion(shape, CoercionAction.Fail); // 960 is a fine amount
                            }
                        }
                        if (type == LogicalType.Boolean) {
                            coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                        } else if (type == LogicalType.Integer || type == LogicalType.Float) {
                            // "2012" for a year is still read (a number in quotes is unambiguous); "abc" is not.
                            coercion.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
                        }
                        coercion.setCoercion(CoercionInputShape.Array, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                });
    }

    /**
     * JSON strings, and numbers as written (some text fields hold a year or an amount); never a boolean, an object or
     * an array turned into text. Checked by {@link TextRules}.
     */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return p.getText(); // a year or an amount in a text field: the number as written
            }
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String name = p.currentName();
            boolean multiLine = FormFields.of(name).map(FormFields.Field::multiLine).orElse(!singleLineByName(name));
            TextRules.problem(text, multiLine, FormFields.label(name)).ifPresent(problem -> {
                throw new InvalidInputException(name == null ? "body" : name, problem);
            });
            return text;
        }

        /** Names, ID numbers, phone numbers, codes: one line. */
        static boolean singleLineByName(String name) {
            if (name == null) {
                return false;
            }
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith("name") || n.endsWith("number") || n.endsWith("contact") || n.endsWith("code")
                    || n.endsWith("account") || n.equals("channel") || n.equals("agency") || n.equals("town");
        }
    }
}
