package cn.gov.xinbei.pfp.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.slf4j.Marker;

/**
 * A step refused for the user's input is the user's mistake, not a failure of the system: Camunda logs every exception
 * that ends a command at ERROR with its stack trace ({@code org.camunda.bpm.engine.context}, ENGINE-16004 "Exception
 * while closing command context"), and its REST layer likewise ({@code org.camunda.bpm.engine.rest.exception}). This
 * filter (registered in logback-spring.xml) turns such a WARN or ERROR of a Camunda logger into one INFO line without
 * the trace when the exception is, or is caused by, an {@link InvalidInputException}; every other exception is logged
 * as Camunda logs it.
 */
public class UserInputLogFilter extends TurboFilter {

    private static final String CAMUNDA = "org.camunda.bpm.";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith(CAMUNDA)) {
            return FilterReply.NEUTRAL;
        }
        InvalidInputException invalid = invalidInput(t);
        if (invalid == null && params != null) {
            // Camunda's loggers pass the exception as the last argument of the message, not as the throwable.
            for (int i = params.length - 1; i >= 0 && invalid == null; i--) {
                invalid = params[i] instanceof Throwable thrown ? invalidInput(thrown) : null;
            }
        }
        if (invalid == null) {
            return FilterReply.NEUTRAL;
        }
        // This INFO line passes the filter unchanged (it acts on WARN and above only).
        logger.info("Input refused: {}", invalid.getMessage());
        return FilterReply.DENY;
    }

    static InvalidInputException invalidInput(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
