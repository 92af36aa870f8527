package cn.gov.xinbei.pfp.configuration;

import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The figures the bureau's administrators entered (table configuration_figure), through JdbcTemplate: joins the
 * caller's transaction, the engine's in delegates. Not transactional itself, so a lookup never marks a transaction.
 */
@Repository
public class FigureStore {

    /** One entered figure. area is "" for figures without an area. */
    public record StoredFigure(String id, FigureKind kind, String key, int year, String area, BigDecimal amount,
                               String source, String enteredBy, Instant enteredAt) {
    }

    private static final String COLUMNS = "id, figure_kind, figure_key, figure_year, area, amount, source, entered_by,"
            + " entered_at";
    private static final RowMapper<StoredFigure> ROW = (rs, i) -> new StoredFigure(rs.getString("id"),
            FigureKind.valueOf(rs.getString("figure_kind")), rs.getString("figure_key"), rs.getInt("figure_year"),
            rs.getString("area"), rs.getBigDecimal("amount"), rs.getString("source"), rs.getString("entered_by"),
            rs.getTimestamp("entered_at").toInstant());

    private final JdbcTemplate jdbc;

    public FigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredFigure> find(FigureKind kind, String key, int year, String area) {
        return jdbc.query("select " + COLUMNS + " from configuration_figure where figure_kind = ? and figure_key = ?"
                        + " and figure_year = ? and area = ?", ROW, kind.name(), key, year, area == null ? "" : area)
                .stream().findFirst();
    }

    public List<StoredFigure> all(FigureKind kind) {
        return jdbc.query("select " + COLUMNS + " from configuration_figure where figure_kind = ?"
                + " order by figure_year, figure_key, area", ROW, kind.name());
    }

    public List<StoredFigure> all() {
        return jdbc.query("select " + COLUMNS + " from configuration_figure order by entered_at desc", ROW);
    }

    /** Adds the figure, or replaces the amount and source of the one entered before for the same key. */
    public void save(FigureKind kind, String key, int year, String area, BigDecimal amount, String source,
                     String enteredBy, Instant enteredAt) {
        int updated = jdbc.update("update configuration_figure set amount = ?, source = ?, entered_by = ?, entered_at = ?"
                        + " where figure_kind = ? and figure_key = ? and figure_year = ? and area = ?",
                amount, source, enteredBy, Timestamp.from(enteredAt), kind.name(), key, year, area);
        if (updated == 0) {
            jdbc.update("insert into configuration_figure (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), kind.name(), key, year, area, amount, source, enteredBy,
                    Timestamp.from(enteredAt));
        }
    }
}
