package cn.gov.xinbei.pfp.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a refusal of the user's input is no ERROR with a stack trace; a real failure still is. */
class UserInputLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger engineContext = context.getLogger("org.camunda.bpm.engine.context");
    private final UserInputLogFilter filter = new UserInputLogFilter();

    private static final ProcessEngineException REFUSED = new ProcessEngineException("ENGINE-03051 TaskListener",
            new RuntimeException("Exception while invoking TaskListener",
                    new InvalidInputException("creditedOn", "入账日期应在拨付日期与今天之间")));

    @Test
    void camundasErrorAboutAnInvalidInputIsDropped() {
        // Camunda's BaseLogger passes the exception as the last message argument.
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {"m", REFUSED}, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.rest.exception"), Level.WARN, "x",
                null, REFUSED)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void realFailuresOtherLoggersAndInfoAreLeftAlone() {
        ProcessEngineException failure = new ProcessEngineException("Cannot find task with id x: task is null");
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {"m", failure}, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("cn.gov.xinbei.pfp.Some"), Level.ERROR, "x", null, REFUSED))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.INFO, "Input refused: {}", new Object[] {"m"}, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
