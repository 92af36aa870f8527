package cn.gov.xinbei.pfp.targets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A year's targets entered on the desk (tables annual_targets and annual_target_value), for a year without
 * {@code config/targets/<year>.yml}. Not cached: a few small queries per page, and never stale.
 */
@Repository
public class EnteredTargets {

    /** Where the district's target is kept among the towns' values. */
    public static final String DISTRICT = "district";

    /** One entered year: the template year whose rows it fills, its source, and the values by target key and unit. */
    public record Year(int year, int templateYear, String source, String enteredBy, Instant enteredAt,
                       Map<String, Map<String, String>> values) {
    }

    private final JdbcTemplate jdbc;

    public EnteredTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public TreeSet<Integer> years() {
        return new TreeSet<>(jdbc.queryForList("select target_year from annual_targets", Integer.class));
    }

    public Optional<Year> year(int year) {
        return jdbc.query("select template_year, source, entered_by, entered_at from annual_targets where target_year = ?",
                (rs, i) -> {
                    Map<String, Map<String, String>> values = new LinkedHashMap<>();
                    jdbc.query("select target_key, unit_slug, target_value from annual_target_value where target_year = ?",
                            row -> {
                                values.computeIfAbsent(row.getString("target_key"), k -> new HashMap<>())
                                        .put(row.getString("unit_slug"), row.getString("target_value"));
                            }, year);
                    return new Year(year, rs.getInt("template_year"), rs.getString("source"),
                            rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant(), values);
                }, year).stream().findFirst();
    }

    /** Replaces the year's entry (values: target key -> unit -> value; blank values are not stored). */
    public void save(int year, int templateYear, String source, String enteredBy, Instant enteredAt,
                     Map<String, Map<String, String>> values) {
        jdbc.update("delete from annual_target_value where target_year = ?", year);
        jdbc.update("delete from annual_targets where target_year = ?", year);
        jdbc.update("insert into annual_targets (target_year, template_year, source, entered_by, entered_at)"
                + " values (?, ?, ?, ?, ?)", year, templateYear, source, enteredBy, Timestamp.from(enteredAt));
        values.forEach((key, units) -> units.forEach((unit, value) -> {
            if (value != null && !value.isBlank()) {
                jdbc.update("insert into annual_target_value (target_year, target_key, unit_slug, target_value)"
                        + " values (?, ?, ?, ?)", year, key, unit, value.strip());
            }
        }));
    }
}
