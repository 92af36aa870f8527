package cn.gov.xinbei.pfp.testing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The rows a MariaDB/MySQL server read for a query, from its own Handler_read_* counters of the query's session:
 * a measure of how much a list reads that does not depend on the machine's speed or load. The query runs in one
 * transaction, so it and the counters share a connection.
 */
public final class SessionReads {

    public record Read<T>(T result, long rowsRead) {
    }

    private SessionReads() {
    }

    public static <T> Read<T> of(PlatformTransactionManager transactions, JdbcTemplate jdbc, Supplier<T> query) {
        return new TransactionTemplate(transactions).execute(status -> {
            // Reading the counters reads rows of its own: measured once and taken off.
            long before = handlerReads(jdbc);
            long cost = handlerReads(jdbc) - before;
            long start = handlerReads(jdbc);
            T result = query.get();
            long read = handlerReads(jdbc) - start - cost;
            return new Read<>(result, read);
        });
    }

    private static long handlerReads(JdbcTemplate jdbc) {
        return jdbc.query("show session status like 'Handler_read%'", (rs, i) -> rs.getLong(2)).stream()
                .mapToLong(Long::longValue).sum();
    }
}
