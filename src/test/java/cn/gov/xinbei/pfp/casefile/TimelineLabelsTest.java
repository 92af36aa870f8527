package cn.gov.xinbei.pfp.casefile;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a timeline shows no event code and no user-agent string. */
class TimelineLabelsTest {

    private static final Pattern RECORDED = Pattern.compile("recordStep\\([^;]*?\"([A-Z][A-Z_]+)\"");
    private static final Pattern CONSTANT = Pattern.compile("EVENT_TYPE = \"([A-Z][A-Z_]+)\"");

    @Test
    void everyEventTypeTheApplicationWritesHasAChineseName() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {RECORDED, CONSTANT}) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        types.add(m.group(1));
                    }
                }
            }
        }
        assertThat(types).contains("ELIGIBILITY", "TASK_CREATED", "DEADLINE_EXTENDED").hasSizeGreaterThan(30);
        assertThat(types).allSatisfy(type -> assertThat(TimelineLabels.EVENT_TYPES).containsKey(type));
        assertThat(TimelineLabels.eventType("ELIGIBILITY")).isEqualTo("资格评估");
        assertThat(TimelineLabels.eventType("SOMETHING_NEW")).isEqualTo("其他记录");
    }

    @Test
    void theSourceShowsTheAddressAndTheKindOfClientOnly() {
        assertThat(TimelineLabels.source("ip=10.0.0.5; ua=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120"))
                .isEqualTo("10.0.0.5（浏览器）");
        assertThat(TimelineLabels.source("ip=127.0.0.1; ua=curl/8.5.0")).isEqualTo("127.0.0.1（接口调用）");
        assertThat(TimelineLabels.source("ip=127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(TimelineLabels.source(RequestSource.SYSTEM)).isEqualTo("系统自动处理");
        assertThat(TimelineLabels.source(null)).isNull();
    }
}
