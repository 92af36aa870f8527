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
 *       deadlock the database broke, a lock wait that timed out): 409, nothing was kept, look again and decide.</li>
 * </ul>
 * Used by the API's and the engine REST API's error answers and by {@link DatabaseUnavailableFilter}.
 */
public final class DatabaseFailures {

    public enum Kind { UNAVAILABLE, CONCURRENT }

    /** Seconds a client should wait before sending again while the database is away. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String UNAVAILABLE = "数据库暂时无法连接，本次操作未生效，请稍后重试";
    public static final String CONCURRENT = "该事项刚刚已被他人处理（同时提交），本次提交未生效。请刷新后查看最新状态再操作";

    /** MySQL/MariaDB: 1213 deadlock, 1205 lock wait timeout. H2: 40001 deadlock, 50200 lock timeout. */
    private static final Set<Integer> LOCK_ERROR_CODES = Set.of(1213, 1205, 40001, 50200);

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
