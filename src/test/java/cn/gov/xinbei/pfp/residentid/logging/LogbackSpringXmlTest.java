package cn.gov.xinbei.pfp.residentid.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the real src/main/resources/logback-spring.xml with plain Logback (the Spring Boot extensions are not
 * used in it, so this is what Spring Boot does minus its property bridging) and checks that output is masked.
 */
class LogbackSpringXmlTest {

    private static final String ID = "320411198001010019";
    private static final String MASKED = "320411********0019";

    private final LoggerContext context = new LoggerContext();

    @TempDir
    Path logDir;

    @AfterEach
    void tearDown() {
        assertNoLogbackErrors();
        context.stop();
    }

    private void assertNoLogbackErrors() {
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .as("Logback reported no errors")
                .noneMatch(s -> s.getEffectiveLevel() >= Status.ERROR);
    }

    private void configure() throws JoranException {
        context.setMDCAdapter(new LogbackMDCAdapter()); // what the SLF4J binding would do for the global context
        URL config = getClass().getClassLoader().getResource("logback-spring.xml");
        assertThat(config).as("logback-spring.xml on the classpath").isNotNull();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
        assertNoLogbackErrors();
    }

    private Logger root() {
        return context.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void consolePatternUsesTheMaskingWordsAndKeepsTheSpringBootLayout() throws JoranException {
        configure();

        Appender<ILoggingEvent> console = root().getAppender("CONSOLE");
        String pattern = ((PatternLayoutEncoder) ((OutputStreamAppender<ILoggingEvent>) console).getEncoder()).getPattern();

        assertThat(pattern).contains("%maskedMsg%n%maskedWEx").doesNotContain("%m%n").contains("%clr(").contains("%esb(");
        assertThat(root().getAppender("FILE")).as("no file unless LOG_FILE is set").isNull();
    }

    @Test
    void fileAppenderWritesMaskedLinesWhenLogFileIsSet() throws JoranException, IOException {
        Path logFile = logDir.resolve("cases.log");
        context.putProperty("LOG_FILE", logFile.toString());
        configure();
        root().detachAppender("CONSOLE"); // keep the build output clean; the file is what we check

        context.getLogger("cn.gov.xinbei.pfp.Demo").info("受理 {}", ID, new IllegalStateException("dup " + ID));
        context.stop(); // flushes and closes the file

        String written = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(written)
                .contains(" INFO ")
                .contains("cn.gov.xinbei.pfp.Demo")
                .contains(" : 受理 " + MASKED)
                .contains("java.lang.IllegalStateException: dup " + MASKED)
                .doesNotContain(ID);
    }

    @Test
    void plainMsgInAnAppenderAddedLaterIsMaskedToo() throws JoranException {
        configure();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%m|%msg|%message%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = context.getLogger("later");
        logger.setAdditive(false);
        logger.addAppender(appender);

        logger.info("id {}", ID);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("id " + MASKED + "|id " + MASKED + "|id " + MASKED + System.lineSeparator());
    }

    @Test
    void defaultPatternLayoutIsUnchangedOutsideThisConfiguration() {
        // The %m override lives in the configured context only, not in Logback's global defaults.
        assertThat(PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.get("m").get())
                .isNotInstanceOf(MaskingMessageConverter.class);
    }
}
