package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.time.InstantColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The steps counted by day for the deadline desk (V35): open ones by town, case kind, responsible unit and due day
 * (case_step_open_count: the summary and charts), completed ones with a due date by day ended, town, kind, unit, step
 * and on time or late (case_step_ended_count: the ended view's counts over a period). The desk reads a few rows a day
 * instead of one per step. Kept with the steps: opening a step, moving its due date and ending it change the counts in
 * the transaction that makes them, summed per row and written just before it commits, in one order (table, then key),
 * so that two transactions never wait for each other's rows in opposite orders. {@link #rebuild()} counts afresh
 * from case_step (V36, and steps written by SQL, e.g. seeded volumes).
 */
@Component
public class StepCounts {

    /** Where undated steps are counted (a date column of the key cannot be null). */
    static final LocalDate UNDATED_DAY = LocalDate.of(9999, 12, 31);
    /** The counts' unit of a step offered to no group. */
    static final String NO_UNIT = "";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(StepCounts.class);

    /** A row of one of the count tables: its key columns in order, and the column counted. */
    sealed interface Key permits Open, Ended {

        String table();

        String counted();

        Map<String, Object> columns();
    }

    /** An open step, counted on its due day in the application's zone (statuses change at midnight). */
    public record Open(String town, String kind, String unit, boolean undated, LocalDate dueOn) implements Key {

        static Open of(String town, String kind, String unit, Instant dueAt, ZoneId zone) {
            return new Open(town, kind, unit == null ? NO_UNIT : unit, dueAt == null,
                    dueAt == null ? UNDATED_DAY : LocalDate.ofInstant(dueAt, zone));
        }

        @Override
        public String table() {
            return "case_step_open_count";
        }

        @Override
        public String counted() {
            return "open_steps";
        }

        @Override
        public Map<String, Object> columns() {
            return ordered("town_slug", town, "case_kind", kind, "responsible_unit", unit, "undated", undated,
                    "due_on", dueOn);
        }
    }

    /** A step completed with a due date, on the day it ended: on time when it ended at or before the due instant. */
    public record Ended(LocalDate endedOn, String town, String kind, String unit, String stepKey, boolean onTime)
            implements Key {

        static Ended of(String town, String kind, String unit, String stepKey, Instant endedAt, Instant dueAt,
                        ZoneId zone) {
            return new Ended(LocalDate.ofInstant(endedAt, zone), town, kind, unit == null ? NO_UNIT : unit, stepKey,
                    !endedAt.isAfter(dueAt));
        }

        @Override
        public String table() {
            return "case_step_ended_count";
        }

        @Override
        public String counted() {
            return "ended_steps";
        }

        @Override
        public Map<String, Object> columns() {
            return ordered("ended_on", endedOn, "town_slug", town, "case_kind", kind, "responsible_unit", unit,
                    "step_key", stepKey, "on_time", onTime);
        }
    }

    /** Rows in the order their locks are taken: table, then the key's columns in the table's own order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Key> LOCK_ORDER = (a, b) -> {
        int byTable = a.table().compareTo(b.table());
        if (byTable != 0) {
            return byTable;
        }
        List<Object> left = new ArrayList<>(a.columns().values());
        List<Object> right = new ArrayList<>(b.columns().values());
        for (int i = 0; i < left.size(); i++) {
            int byColumn = ((Comparable) left.get(i)).compareTo(right.get(i));
            if (byColumn != 0) {
                return byColumn;
            }
        }
        return 0;
    };

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ZoneId zone;

    public StepCounts(JdbcClient jdbc, DataSource dataSource, EngineClock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.zone = clock.zone();
    }

    /** A step just opened. */
    public void opened(CaseStep step) {
        add(openKey(step), 1);
    }

    /** A change of a step (due date moved, completed, cancelled): counted under its new key, or no longer open. */
    public void change(CaseStep step, Consumer<CaseStep> change) {
        Open before = openKey(step);
        Ended endedBefore = endedKey(step);
        change.accept(step);
        Open after = openKey(step);
        if (!Objects.equals(before, after)) {
            add(before, -1);
            add(after, 1);
        }
        if (endedBefore == null) {
            add(endedKey(step), 1);
        }
    }

    /** Counts every step afresh. */
    @Transactional
    public void rebuild() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            rebuild(connection, zone);
        } catch (SQLException e) {
            throw new IllegalStateException("the step counts could not be rebuilt", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Counts every step afresh on the given connection (also the migration's, V36). */
    public static void rebuild(Connection connection, ZoneId zone) throws SQLException {
        SortedMap<Key, Integer> counts = new TreeMap<>(LOCK_ORDER);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from case_step_open_count");
            statement.executeUpdate("delete from case_step_ended_count");
            try (ResultSet rows = statement.executeQuery("select town_slug, case_kind, responsible_unit, step_key,"
                    + " due_at, ended_at, end_kind from case_step"
                    + " where ended_at is null or (end_kind = 'COMPLETED' and due_at is not null)")) {
                while (rows.next()) {
                    Instant dueAt = InstantColumns.read(rows, "due_at");
                    Instant endedAt = InstantColumns.read(rows, "ended_at");
                    Key key = endedAt == null ? Open.of(rows.getString(1), rows.getString(2), rows.getString(3), dueAt, zone)
                            : Ended.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            endedAt, dueAt, zone);
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        Map<String, List<Map.Entry<Key, Integer>>> byTable = counts.entrySet().stream()
                .collect(Collectors.groupingBy(e -> e.getKey().table(), LinkedHashMap::new, Collectors.toList()));
        for (List<Map.Entry<Key, Integer>> rows : byTable.values()) {
            Key first = rows.get(0).getKey();
            String columns = String.join(", ", first.columns().keySet()) + ", " + first.counted();
            String marks = "?, ".repeat(first.columns().size()) + "?";
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + first.table() + " (" + columns + ") values (" + marks + ")")) {
                int pending = 0;
                for (Map.Entry<Key, Integer> row : rows) {
                    int i = 1;
                    for (Object value : row.getKey().columns().values()) {
                        insert.setObject(i++, value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value);
                    }
                    insert.setInt(i, row.getValue());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    private Open openKey(CaseStep step) {
        return step.isOpen() ? Open.of(step.getTownSlug(), step.getCaseKind(), step.getResponsibleUnit(),
                step.getDueAt(), zone) : null;
    }

    /** The ended view counts completed steps with a due date; a cancelled step is no one's work done. */
    private Ended endedKey(CaseStep step) {
        return !step.isOpen() && CaseStep.EndKind.COMPLETED.name().equals(step.getEndKind()) && step.getDueAt() != null
                ? Ended.of(step.getTownSlug(), step.getCaseKind(), step.getResponsibleUnit(), step.getStepKey(),
                step.getEndedAt(), step.getDueAt(), zone) : null;
    }

    private void add(Key key, int delta) {
        if (key == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            apply(Map.of(key, delta));
            return;
        }
        // The current transaction's own changes (a suspended outer transaction has its own).
        Changes changes = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Changes.class::isInstance).map(Changes.class::cast)
                .filter(c -> c.owner() == this).findFirst()
                .orElseGet(() -> {
                    Changes fresh = new Changes(this);
                    TransactionSynchronizationManager.registerSynchronization(fresh);
                    return fresh;
                });
        changes.byKey().merge(key, delta, Integer::sum);
    }

    /** A transaction's changes of the counts, written before it commits (identity, not value, equality). */
    private static final class Changes implements TransactionSynchronization {

        private final StepCounts owner;
        private final SortedMap<Key, Integer> byKey = new TreeMap<>(LOCK_ORDER);

        Changes(StepCounts owner) {
            this.owner = owner;
        }

        StepCounts owner() {
            return owner;
        }

        SortedMap<Key, Integer> byKey() {
            return byKey;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.apply(byKey);
        }
    }

    private void apply(Map<Key, Integer> changes) {
        changes.forEach((key, delta) -> {
            if (delta == 0) {
                return;
            }
            if (update(key, delta) == 0) {
                if (delta < 0) {
                    // Counted nowhere: a step written around this class. The desk counts it wrong until a rebuild.
                    log.warn("No step count to take {} from for {}; rebuild the step counts", -delta, key);
                    return;
                }
                Map<String, Object> columns = key.columns();
                try {
                    jdbc.sql("insert into " + key.table() + " (" + String.join(", ", columns.keySet()) + ", "
                                    + key.counted() + ") values (:" + String.join(", :", columns.keySet()) + ", :delta)")
                            .params(params(key, delta)).update();
                } catch (DuplicateKeyException concurrentlyInserted) {
                    update(key, delta);
                }
            }
            if (delta < 0) {
                jdbc.sql("delete from " + key.table() + " where " + where(key) + " and " + key.counted() + " <= 0")
                        .params(params(key, delta)).update();
            }
        });
    }

    private int update(Key key, int delta) {
        return jdbc.sql("update " + key.table() + " set " + key.counted() + " = " + key.counted() + " + :delta where "
                + where(key)).params(params(key, delta)).update();
    }

    private static String where(Key key) {
        return key.columns().keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(" and "));
    }

    private static Map<String, Object> params(Key key, int delta) {
        Map<String, Object> params = new LinkedHashMap<>(key.columns());
        params.put("delta", delta);
        return params;
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }
}
