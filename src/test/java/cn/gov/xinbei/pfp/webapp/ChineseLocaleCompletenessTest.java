package cn.gov.xinbei.pfp.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our Chinese translation of the Camunda 7 webapps against the English original shipped in the webjar.
 *
 * <p>Our files sit at the same classpath paths as the webjar's ({@code META-INF/resources/webjars/camunda/app/<app>/...}),
 * so every resource is looked up with {@link ClassLoader#getResources(String)} and picked by origin: the English
 * original from the {@code camunda-webapp-webjar} jar, {@code zh.json} and {@code config.js} from our own build output.
 */
class ChineseLocaleCompletenessTest {

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR_MARKER = "camunda-webapp-webjar";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern AVAILABLE_LOCALES =
            Pattern.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern FALLBACK_LOCALE =
            Pattern.compile("['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final int MAX_LISTED = 40;

    private final ObjectMapper mapper = new ObjectMapper();

    private static final String PLURAL_SUFFIX = "s";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseTranslationIsComplete(String app) throws IOException {
        String localesPath = APP_ROOT + app + "/locales/";
        Map<String, String> en = flatten(readJson(resource(localesPath + "en.json", this::fromWebjar, app)));
        Map<String, String> zh = flatten(readJson(resource(localesPath + "zh.json", this::notFromWebjar, app)));

        List<String> missing = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        List<String> placeholderMismatch = new ArrayList<>();
        for (Map.Entry<String, String> entry : en.entrySet()) {
            String key = entry.getKey();
            String english = entry.getValue();
            String chinese = zh.get(key);
            if (chinese == null) {
                missing.add(key);
                continue;
            }
            // A few English values are empty on purpose (e.g. tasklist NO_TASK_FORM); those may stay empty.
            // The English plural ending "s" appended to a noun has no Chinese counterpart: empty is right there.
            if (chinese.isBlank() && !english.isBlank() && !PLURAL_SUFFIX.equals(english)) {
                blank.add(key);
            }
            List<String> enPlaceholders = placeholders(english);
            List<String> zhPlaceholders = placeholders(chinese);
            if (!enPlaceholders.equals(zhPlaceholders)) {
                placeholderMismatch.add(key + " en=" + enPlaceholders + " zh=" + zhPlaceholders);
            }
        }
        List<String> unknown = new ArrayList<>(zh.keySet());
        unknown.removeAll(en.keySet());

        StringBuilder problems = new StringBuilder();
        report(problems, "keys of en.json missing in zh.json", missing);
        report(problems, "keys with a blank Chinese value", blank);
        report(problems, "keys whose {{placeholders}} differ", placeholderMismatch);
        report(problems, "keys in zh.json that en.json does not have", unknown);
        if (problems.length() > 0) {
            fail(app + "/locales/zh.json (" + en.size() + " keys in en.json):" + problems);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configJsOffersChinese(String app) throws IOException {
        URL url = resource(APP_ROOT + app + "/scripts/config.js", this::notFromWebjar, app);
        String code = stripComments(read(url));

        Matcher available = AVAILABLE_LOCALES.matcher(code);
        assertTrue(available.find(), app + "/scripts/config.js sets no locales.availableLocales");
        List<String> locales = new ArrayList<>();
        for (String item : available.group(1).split(",")) {
            String locale = item.trim().replaceAll("^['\"]|['\"]$", "");
            if (!locale.isEmpty()) {
                locales.add(locale);
            }
        }
        assertTrue(locales.contains("zh"), app + "/scripts/config.js availableLocales " + locales + " lacks 'zh'");

        Matcher fallback = FALLBACK_LOCALE.matcher(code);
        assertTrue(fallback.find(), app + "/scripts/config.js sets no locales.fallbackLocale");
        assertEquals("zh", fallback.group(1), app + "/scripts/config.js fallbackLocale");
    }

    private boolean fromWebjar(URL url) {
        return url.toString().contains(WEBJAR_MARKER);
    }

    private boolean notFromWebjar(URL url) {
        return !fromWebjar(url);
    }

    private URL resource(String path, Predicate<URL> origin, String app) throws IOException {
        List<URL> all = Collections.list(getClass().getClassLoader().getResources(path));
        return all.stream()
                .filter(origin)
                .findFirst()
                .orElseThrow(() -> new AssertionError("[" + app + "] " + path + " not found on the classpath"
                        + " (found only: " + all + ")"));
    }

    private JsonNode readJson(URL url) throws IOException {
        return mapper.readTree(read(url));
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the webjar's en.json files start with a UTF-8 byte order mark
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    /** Flattens objects and arrays to dotted keys ({@code labels.ABORT}, {@code dateLocales.months.0}). */
    private static Map<String, String> flatten(JsonNode root) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), flat);
            }
        } else {
            flat.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        Collections.sort(found);
        return found;
    }

    /** Removes block and line comments so that commented-out examples in config.js do not count. */
    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static void report(StringBuilder problems, String title, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        problems.append("\n  ").append(keys.size()).append(' ').append(title).append(':');
        keys.stream().limit(MAX_LISTED).forEach(key -> problems.append("\n    ").append(key));
        if (keys.size() > MAX_LISTED) {
            problems.append("\n    … and ").append(keys.size() - MAX_LISTED).append(" more");
        }
    }
}
