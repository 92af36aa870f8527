package cn.gov.xinbei.pfp.residentid.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;

/**
 * Spring Boot's {@code %wEx} (extended stack trace with a blank line around it) with resident ID numbers masked.
 * Exception messages often quote the input that failed (e.g. a constraint violation from the database),
 * so the whole rendered trace, causes and suppressed exceptions included, goes through the mask.
 * Written against Logback only, so the residentid package does not depend on Spring Boot classes.
 */
public class MaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwableProxy) {
        return CoreConstants.LINE_SEPARATOR
                + ResidentIdMasking.maskPersonalNumbers(
                        DatabaseValueRedaction.redact(super.throwableProxyToString(throwableProxy)))
                + CoreConstants.LINE_SEPARATOR;
    }
}
