package cn.gov.xinbei.pfp.testing.coverage;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flow nodes and sequence flows every engine of this JVM has executed, per process definition key. Static because
 * each cached Spring test context has its own engine, and the coverage must add up across all of them.
 */
public final class FlowNodeCoverage {

    private static final Map<String, Set<String>> NODES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> FLOWS = new ConcurrentHashMap<>();

    private FlowNodeCoverage() {
    }

    static void nodeStarted(String processKey, String elementId) {
        NODES.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet()).add(elementId);
    }

    static void flowTaken(String processKey, String elementId) {
        FLOWS.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet()).add(elementId);
    }

    public static Set<String> nodes(String processKey) {
        return Set.copyOf(NODES.getOrDefault(processKey, Set.of()));
    }

    public static Set<String> flows(String processKey) {
        return Set.copyOf(FLOWS.getOrDefault(processKey, Set.of()));
    }
}
