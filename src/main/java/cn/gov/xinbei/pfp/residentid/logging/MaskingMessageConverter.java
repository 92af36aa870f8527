package cn.gov.xinbei.pfp.residentid.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;

/**
 * Logback {@code %m} that masks resident ID numbers (18 or 15 characters, see {@link ResidentIdMasking#maskAll})
 * in the formatted message. A safety net for numbers logged by mistake, including by third-party code
 * (Camunda, Hibernate) that logs variable or parameter values.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return ResidentIdMasking.maskAll(super.convert(event));
    }
}
