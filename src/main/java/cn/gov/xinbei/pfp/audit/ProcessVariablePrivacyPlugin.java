package cn.gov.xinbei.pfp.audit;

import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.shared.process.FormFields;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.TextRules;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * The one place every text process variable passes on its way to the database: Camunda's "string" serializer is
 * replaced by one that
 * <ul>
 *   <li>masks resident ID numbers and bank account numbers in the stored text
 *       ({@link ResidentIdMasking#maskPersonalNumbers}), whatever the field: the runtime variable (ACT_RU_VARIABLE),
 *       its history (ACT_HI_VARINST, ACT_HI_DETAIL copy the stored fields) and every later reader see the masked text;
 *   <li>refuses control characters and bidirectional overrides ({@link TextRules}; line breaks only in a form's
 *       textarea or in a field no form names) and text longer than the engine's column (4,000 characters), with a
 *       Chinese message naming the field ({@link InvalidInputException}, a 400 in the API and /engine-rest).
 * </ul>
 * Only what is written is masked: within the command that sets a variable the engine keeps the value as given, so
 * the start and completion listeners still read a full ID number or account from the form and move it into the case
 * file's own columns (the only place it is kept in full). The serializer keeps the name "string", so values already
 * stored read back unchanged.
 */
@Component
public class ProcessVariablePrivacyPlugin extends AbstractProcessEnginePlugin {

    /** ACT_RU_VARIABLE.TEXT_ and its history are VARCHAR(4000) in every database the project supports. */
    public static final int MAX_TEXT_LENGTH = 4000;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        VariableSerializers serializers = configuration.getVariableSerializers();
        TypedValueSerializer<?> original = serializers.getSerializerByName(MaskingStringSerializer.NAME);
        int index = serializers.getSerializerIndex(original);
        serializers.removeSerializer(original);
        serializers.addSerializer(new MaskingStringSerializer(), index);
    }

    static final class MaskingStringSerializer extends StringValueSerializer {

        static final String NAME = "string";

        @Override
        public void writeValue(StringValue value, ValueFields valueFields) {
            String text = value.getValue();
            if (text != null) {
                check(valueFields.getName(), text);
                text = ResidentIdMasking.maskPersonalNumbers(text);
            }
            super.writeValue(org.camunda.bpm.engine.variable.Variables.stringValue(text, value.isTransient()),
                    valueFields);
        }

        private static void check(String name, String text) {
            String label = FormFields.label(name);
            boolean multiLine = FormFields.of(name).map(FormFields.Field::multiLine).orElse(true);
            TextRules.problem(text, multiLine, label).ifPresent(problem -> {
                throw new InvalidInputException(name, problem);
            });
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new InvalidInputException(name, label + "不能超过" + MAX_TEXT_LENGTH + "个字（现为" + text.length()
                        + "个字）");
            }
        }
    }
}
