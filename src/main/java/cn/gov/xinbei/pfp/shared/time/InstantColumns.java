package cn.gov.xinbei.pfp.shared.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Points in time in the project's own tables, read and bound by hand (JdbcClient queries) exactly as Hibernate writes
 * the entities' {@link Instant} fields: a JDBC timestamp with a UTC calendar (Hibernate 6 maps Instant to
 * TIMESTAMP_UTC; {@code hibernate.jdbc.time_zone} does not apply to it). Reading such a column as a local date-time of
 * China time put every time eight hours off (a change at 11:40 shown as 03:40; a step ended at 07:30 counted the day
 * before). Spring binds a {@link Calendar} parameter as {@code setTimestamp(i, ts, calendar)}, the mirror of the read.
 */
public final class InstantColumns {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private InstantColumns() {
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column, new GregorianCalendar(UTC));
        return value == null ? null : value.toInstant();
    }

    /** The parameter for a comparison with such a column. */
    public static Calendar parameter(Instant instant) {
        Calendar calendar = new GregorianCalendar(UTC);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
