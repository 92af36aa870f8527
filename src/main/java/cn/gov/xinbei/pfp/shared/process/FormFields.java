package cn.gov.xinbei.pfp.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese labels of the Camunda Forms' fields (forms/**&#47;*.form, by key) and whether a field is multi-line
 * (a textarea, or read-only, in any form). Lets a generic check (a process variable too long, a control character) name the field
 * as the clerk sees it.
 */
public final class FormFields {

    public record Field(String label, boolean multiLine) {
    }

    private static final Map<String, Field> FIELDS = load();

    private FormFields() {
    }

    public static Optional<Field> of(String key) {
        return Optional.ofNullable(key == null ? null : FIELDS.get(key));
    }

    /** The field's label, or a neutral Chinese description when no form has it. */
    public static String label(String key) {
        return of(key).map(Field::label).map(l -> "“" + l + "”").orElse("该项（" + key + "）");
    }

    /**
     * A key several forms label differently (caseNumber is 案件编号 on most forms, 原案件编号 on the change forms that
     * refer to an earlier case) is named by the label most forms give it; a tie goes to the shorter, then the first in
     * Unicode order, so that the choice does not depend on the order the forms are found in.
     */
    private static Map<String, Field> load() {
        Map<String, Map<String, Integer>> labels = new HashMap<>();
        Map<String, Boolean> multiLine = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(json.readTree(in), labels, multiLine);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the forms' field labels", e);
        }
        Map<String, Field> fields = new HashMap<>();
        labels.forEach((key, counts) -> fields.put(key, new Field(counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey(), multiLine.get(key))));
        return Map.copyOf(fields);
    }

    private static void collect(JsonNode node, Map<String, Map<String, Integer>> labels,
                                Map<String, Boolean> multiLineKeys) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, labels, multiLineKeys));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode key = node.get("key");
        JsonNode label = node.get("label");
        if (key != null && key.isTextual() && label != null && label.isTextual()) {
            // Read-only fields show what the processes write (lists joined by line breaks): only an editable
            // single-line field is held to one line.
            boolean multiLine = "textarea".equals(node.path("type").asText()) || node.path("readonly").asBoolean(false);
            labels.computeIfAbsent(key.asText(), k -> new HashMap<>()).merge(label.asText(), 1, Integer::sum);
            multiLineKeys.merge(key.asText(), multiLine, Boolean::logicalOr);
        }
        node.forEach(child -> collect(child, labels, multiLineKeys));
    }
}
