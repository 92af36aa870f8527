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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The open steps counted by town, case kind, responsible unit and due day (case_step_open_count, V35): the deadline
 * desk's summary and charts read these few hundred rows instead of one index entry per open step. Kept with the
 * steps: opening a step, moving its due date and ending it are changes of the count in the transaction that makes
 * them, summed per key and written just before it commits, in key order, so that two transactions never wait for
 * each other's rows in opposite orders. {@link #rebuild()} counts afresh from case_step (V36, and steps written by
 * SQL, e.g. seeded volumes).
 */
@Component
public class OpenStepCounts {

    /** Where undated steps are counted (a date column of the key cannot be null). */
    static final LocalDate UNDATED_DAY = LocalDate.of(9999, 12, 31);
    /** The count's key for a step offered to no group. */
    static final String NO_UNIT = "";
    private static final int BATCH = 500;
    private static final String KEY = "town_slug = :town and case_kind = :kind and responsible_unit = :unit"
            + " and undated = :undated and due_on = :dueOn";
    private static final Logger log = LoggerFactory.getLogger(OpenStepCounts.class);

    /** What an open step is counted under: its due day in the application's zone (statuses change at midnight). */
    public record Key(String town, String kind, String unit, boolean undated, LocalDate dueOn) {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::town).thenComparing(Key::kind)
                .thenComparing(Key::unit).thenComparing(Key::undated).thenComparing(Key::dueOn);

        static Key of(String town, String kind, String unit, Instant dueAt, ZoneId zone) {
            return new Key(town, kind, unit == null ? NO_UNIT : unit, dueAt == null,
                    dueAt == null ? UNDATED_DAY : LocalDate.ofInstant(dueAt, zone));
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ZoneId zone;

    public OpenStepCounts(JdbcClient jdbc, DataSource dataSource, EngineClock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.zone = clock.zone();
    }

    /** A step just opened. */
    public void opened(CaseStep step) {
        add(keyOf(step), 1);
    }

    /** A change of a step (due date moved, ended): counted under its new key, or no longer counted. */
    public void change(CaseStep step, Consumer<CaseStep> change) {
        Key before = keyOf(step);
        change.accept(step);
        Key after = keyOf(step);
        if (!Objects.equals(before, after)) {
            add(before, -1);
            add(after, 1);
        }
    }

    /** Counts every open step afresh. */
    @Transactional
    public void rebuild() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            rebuild(connection, zone);
        } catch (SQLException e) {
            throw new IllegalStateException("case_step_open_count could not be rebuilt", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Counts every open step afresh on the given connection (also the migration's, V36). */
    public static void rebuild(Connection connection, ZoneId zone) throws SQLException {
        SortedMap<Key, Integer> counts = new TreeMap<>(Key.ORDER);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from case_step_open_count");
            try (ResultSet rows = statement.executeQuery("select town_slug, case_kind, responsible_unit, due_at"
                    + " from case_step where ended_at is null")) {
                while (rows.next()) {
                    counts.merge(Key.of(rows.getString(1), rows.getString(2), rows.getString(3),
                            InstantColumns.read(rows, "due_at"), zone), 1, Integer::sum);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into case_step_open_count"
                + " (town_slug, case_kind, responsible_unit, undated, due_on, open_steps) values (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<Key, Integer> count : counts.entrySet()) {
                Key key = count.getKey();
                insert.setString(1, key.town());
                insert.setString(2, key.kind());
                insert.setString(3, key.unit());
                insert.setBoolean(4, key.undated());
                insert.setDate(5, Date.valueOf(key.dueOn()));
                insert.setInt(6, count.getValue());
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

    private Key keyOf(CaseStep step) {
        return step.isOpen() ? Key.of(step.getTownSlug(), step.getCaseKind(), step.getResponsibleUnit(),
                step.getDueAt(), zone) : null;
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

        private final OpenStepCounts owner;
        private final SortedMap<Key, Integer> byKey = new TreeMap<>(Key.ORDER);

        Changes(OpenStepCounts owner) {
            this.owner = owner;
        }

        OpenStepCounts owner() {
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
                    log.warn("No open-step count to take {} from for {}; rebuild case_step_open_count", -delta, key);
                    return;
                }
                try {
                    jdbc.sql("insert into case_step_open_count (town_slug, case_kind, responsible_unit, undated,"
                                    + " due_on, open_steps) values (:town, :kind, :unit, :undated, :dueOn, :delta)")
                            .params(params(key, delta)).update();
                } catch (DuplicateKeyException concurrentlyInserted) {
                    update(key, delta);
                }
            }
            if (delta < 0) {
                jdbc.sql("delete from case_step_open_count where " + KEY + " and open_steps <= 0")
                        .params(params(key, delta)).update();
            }
        });
    }

    private int update(Key key, int delta) {
        return jdbc.sql("update case_step_open_count set open_steps = open_steps + :delta where " + KEY)
                .params(params(key, delta)).update();
    }

    private static Map<String, Object> params(Key key, int delta) {
        return Map.of("town", key.town(), "kind", key.kind(), "unit", key.unit(), "undated", key.undated(),
                "dueOn", key.dueOn(), "delta", delta);
    }
}
