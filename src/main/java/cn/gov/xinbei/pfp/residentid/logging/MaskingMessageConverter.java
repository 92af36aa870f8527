package cn.gov.xinbei.pfp.residentid.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;

/**
 * Logback {@code %m} that masks resident ID numbers and bank account numbers (see
 * {@link ResidentIdMasking#maskPersonalNumbers}) and the values quoted by database errors ({@link DatabaseValueRedaction})
 * in the formatted message. A safety net for numbers logged by mistake, including by third-party code
 * (Camunda, Hibernate) that logs variable or parameter values.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return ResidentIdMasking.maskPersonalNumbers(DatabaseValueRedaction.redact(super.convert(event)));
    }
}
