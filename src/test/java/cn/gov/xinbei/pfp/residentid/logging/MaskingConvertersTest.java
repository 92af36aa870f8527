package cn.gov.xinbei.pfp.residentid.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The converters inside a real Logback pipeline: logger → appender → pattern layout → bytes. */
class MaskingConvertersTest {

    private static final String ID = "320411198001010019";
    private static final String MASKED = "320411********0019";

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Logger logger;

    @BeforeEach
    void setUp() {
        // A fresh context has no MDC adapter; without one every append fails (silently, as a status message).
        context.setMDCAdapter(new LogbackMDCAdapter());
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("maskedMsg", MaskingMessageConverter::new);
        layout.getInstanceConverterMap().put("maskedWEx", MaskingThrowableConverter::new);
        layout.setPattern("%level %maskedMsg%n%maskedWEx");
        layout.start();

        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();

        logger = context.getLogger("test");
        logger.setAdditive(false);
        logger.addAppender(appender);
    }

    @AfterEach
    void tearDown() {
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .as("Logback reported no errors")
                .noneMatch(status -> status.getEffectiveLevel() >= Status.ERROR);
        context.stop();
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void masksNumbersPassedAsArguments() {
        logger.info("申请人 {} 配偶 {} 旧证 {}", ID, "53010219200508011x", "320411800101001");

        assertThat(written()).isEqualTo(
                "INFO 申请人 " + MASKED + " 配偶 530102********011X 旧证 320411******001" + System.lineSeparator());
    }

    @Test
    void masksNumbersInsideTheMessageText() {
        logger.warn("variable idNumber=" + ID + ";");

        assertThat(written()).contains("idNumber=" + MASKED + ";").doesNotContain(ID);
    }

    @Test
    void leavesOrdinaryMessagesUntouched() {
        logger.info("case 42 approved, process instance 12345678901234567890123, at 1700000000000");

        assertThat(written()).isEqualTo("INFO case 42 approved, process instance 12345678901234567890123,"
                + " at 1700000000000" + System.lineSeparator());
    }

    @Test
    void masksBankAccountsAndDatabaseValues() {
        logger.info("账号 6230910100000000018，卡号 6230 9101 0000 0000 018");
        logger.warn("Value too long for column \"REPORTER_CONTACT CHARACTER VARYING(100)\": \"'13800138000 abc' (120)\"");

        assertThat(written()).contains("账号 ***************0018，卡号 **** **** **** ***0 018")
                .contains("REPORTER_CONTACT").contains("(120)").doesNotContain("13800138000");
    }

    @Test
    void masksNumbersInExceptionMessagesAndCauses() {
        Exception e = new IllegalStateException("duplicate key " + ID,
                new IllegalArgumentException("bad value 320411198506150025"));

        logger.error("save failed", e);

        assertThat(written())
                .contains("save failed")
                .contains("java.lang.IllegalStateException: duplicate key " + MASKED)
                .contains("Caused by: java.lang.IllegalArgumentException: bad value 320411********0025")
                .contains("at cn.gov.xinbei.pfp.residentid.logging.MaskingConvertersTest")
                .doesNotContain(ID)
                .doesNotContain("320411198506150025");
    }
}
