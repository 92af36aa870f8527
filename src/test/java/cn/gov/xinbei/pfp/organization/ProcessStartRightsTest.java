package cn.gov.xinbei.pfp.organization;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every process of processes/ is either startable from outside (in a startable list of WorkflowAuthorizations) or
 * internal (InternalProcesses): called by another process, or not startable in the Tasklist. No list grants an
 * internal one.
 */
class ProcessStartRightsTest {

    private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*?isStartableInTasklist=\"(true|false)\"");
    private static final Pattern CALLED = Pattern.compile("calledElement=\"([^\"]+)\"");

    @Test
    void everyProcessIsEitherStartableFromOutsideOrInternal() throws IOException {
        Set<String> startable = new HashSet<>(WorkflowAuthorizations.TOWN_STARTABLE_PROCESSES);
        startable.addAll(WorkflowAuthorizations.BUREAU_STARTABLE_PROCESSES);
        WorkflowAuthorizations.LIAISON_STARTABLE_PROCESSES.values().forEach(startable::addAll);
        Set<String> internal = new HashSet<>();
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(file);
                Matcher process = PROCESS.matcher(xml);
                while (process.find()) {
                    all.add(process.group(1));
                    if ("false".equals(process.group(2))) {
                        internal.add(process.group(1));
                    }
                }
                Matcher called = CALLED.matcher(xml);
                while (called.find()) {
                    internal.add(called.group(1));
                }
            }
        }
        assertThat(all).isNotEmpty();
        assertThat(InternalProcesses.KEYS).containsExactlyInAnyOrderElementsOf(internal);
        assertThat(startable).doesNotContainAnyElementsOf(internal);
        for (String key : all) {
            assertThat(startable.contains(key) || internal.contains(key)).as(key).isTrue();
        }
    }
}
