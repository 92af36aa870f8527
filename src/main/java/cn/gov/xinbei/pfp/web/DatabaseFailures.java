package cn.gov.xinbei.pfp.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Failures that are no fault of the request and no fault of the code, told apart so that a client learns what to do:
 * <ul>
 *   <li>{@link Kind#UNAVAILABLE}: the database cannot be reached (no connection within the pool's connection timeout,
 *       config/database.yml, a connection lost): 503 with Retry-After, nothing was kept, send it again later;</li>
 *   <li>{@link Kind#CONCURRENT}: another transaction got there first (an optimistic-locking conflict of the engine, a
 *       deadlock the database broke, a lock wait that timed out): 409, nothing was kept, look again and decide;</li>
 *   <li>{@link Kind#FAILED}: the database failed at the statement for a reason of its own (a temporary file it lost,
 *       a full disk, a crashed table): 503 with Retry-After, nothing was kept. Only a refusal of the request's data
 *       (SQL state class 22 data exception or 23 integrity constraint, a CHECK constraint) is the user's to correct,
 *       answered by the callers as 400/409.</li>
 * </ul>
 * Used by the API's and the engine REST API's error answers and by {@link DatabaseUnavailableFilter}.
 */
public final class DatabaseFailures {

    public enum Kind { UNAVAILABLE, CONCURRENT, FAILED }

    /** Seconds a client should wait before sending again while the database is away. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String UNAVAILABLE = "数据库暂时无法连接，本次操作未生效，请稍后重试";
    public static final String CONCURRENT = "该事项刚刚已被他人处理（同时提交），本次提交未生效。请刷新后查看最新状态再操作";
    public static final String FAILED = "数据库暂时未能完成本次操作，本次操作未生效，请稍后重试";

    /** MySQL/MariaDB: 1213 deadlock, 1205 lock wait timeout. H2: 40001 deadlock, 50200 lock timeout. */
    private static final Set<Integer> LOCK_ERROR_CODES = Set.of(1213, 1205, 40001, 50200);
    /** Values refused where the state is not 22 or 23: MySQL 8 3819 CHECK constraint and 1366 incorrect value (HY000). */
    private static final Set<Integer> DATA_ERROR_CODES = Set.of(3819, 1366);

    private DatabaseFailures() {
    }

    public static Optional<Kind> classify(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && String.valueOf(sql.getSQLState()).startsWith("08")
                    || "org.hibernate.exception.JDBCConnectionException".equals(cause.getClass().getName())
                    || isFailedRollback(cause)) {
                return Optional.of(Kind.UNAVAILABLE);
            }
            if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException
                    || cause instanceof OptimisticLockingFailureException
                    || cause instanceof PessimisticLockingFailureException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof SQLTransactionRollbackException
                    || cause instanceof SQLException sql && LOCK_ERROR_CODES.contains(sql.getErrorCode())) {
                return Optional.of(Kind.CONCURRENT);
            }
        }
        return firstSqlException(failure).filter(sql -> !refusesTheData(sql)).map(sql -> Kind.FAILED);
    }

    /** Whether the database refused the statement's values (too long, out of range, a duplicate, a constraint). */
    private static boolean refusesTheData(SQLException sql) {
        String state = String.valueOf(sql.getSQLState());
        return state.startsWith("22") || state.startsWith("23") || DATA_ERROR_CODES.contains(sql.getErrorCode());
    }

    /** The SQL state of the first SQLException among the causes, for the log (the message may quote values). */
    public static String sqlState(Throwable failure) {
        return firstSqlException(failure).map(SQLException::getSQLState).orElse("-");
    }

    private static Optional<SQLException> firstSqlException(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /**
     * A rollback that fails has lost its connection (the fault test met it when the database died under a request):
     * nothing was committed, and Spring throws the rollback's failure in place of the first one, which named the lost
     * connection.
     */
    private static boolean isFailedRollback(Throwable cause) {
        return "org.hibernate.TransactionException".equals(cause.getClass().getName())
                && String.valueOf(cause.getMessage()).startsWith("Unable to rollback");
    }
}
