package cn.gov.xinbei.pfp.calendar.notice;

import cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay;
import cn.gov.xinbei.pfp.calendar.domain.Holiday;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test access to the committed calendar files (config/calendar/YYYY.yml, on the classpath) and the quoted
 * notice texts (calendar/notices/YYYY.txt). The YAML is read as a plain tree, independently of the parser.
 */
final class CommittedCalendars {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CommittedCalendars() {
    }

    static JsonNode file(int year) {
        return yaml("/config/calendar/" + year + ".yml");
    }

    static JsonNode yaml(String resource) {
        try (InputStream in = open(resource)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yamlText(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Holiday> holidays(JsonNode file) {
        List<Holiday> holidays = new ArrayList<>();
        for (JsonNode h : file.get("holidays")) {
            holidays.add(new Holiday(h.get("name").asText(), LocalDate.parse(h.get("from").asText()),
                    LocalDate.parse(h.get("to").asText())));
        }
        return holidays;
    }

    static List<AdjustedWorkingDay> adjustedWorkingDays(JsonNode file) {
        List<AdjustedWorkingDay> days = new ArrayList<>();
        for (JsonNode d : file.get("adjustedWorkingDays")) {
            days.add(new AdjustedWorkingDay(LocalDate.parse(d.get("date").asText()), d.get("holiday").asText()));
        }
        return days;
    }

    static String notice(int year) {
        try (InputStream in = open("/calendar/notices/" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = CommittedCalendars.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return in;
    }
}
