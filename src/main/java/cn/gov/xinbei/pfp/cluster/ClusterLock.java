package cn.gov.xinbei.pfp.cluster;

import cn.gov.xinbei.pfp.web.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * Work that only one node of the cluster may do at a time (the seeding of groups, authorizations and filters at
 * start-up): done in one transaction that first locks a named row of {@code app_lock} (V20). A node that starts at the
 * same moment waits for the other's transaction and then finds its work done, instead of inserting the same rows and
 * dying on a duplicate key. The engine's commands join the transaction, so everything they write commits together.
 */
@Component
public class ClusterLock {

    public static final String STARTUP_SEEDING = "startup-seeding";
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public ClusterLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs the work holding the lock. A lock wait that times out (the database's own limit: H2 waits seconds, MySQL
     * 50 s) is waited out again, for at most {@link #MAX_WAIT}: the other node is still at its work.
     */
    public void runExclusively(String lockName, Runnable work) {
        long giveUpAt = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            try {
                runOnce(lockName, work);
                return;
            } catch (DataAccessException failure) {
                if (DatabaseFailures.classify(failure).orElse(null) != DatabaseFailures.Kind.CONCURRENT
                        || System.nanoTime() > giveUpAt) {
                    throw failure;
                }
                log.info("Waiting for another node holding {}", lockName);
            }
        }
    }

    private void runOnce(String lockName, Runnable work) {
        transaction.executeWithoutResult(status -> {
            String locked = jdbc.query("select lock_name from app_lock where lock_name = ? for update",
                    rs -> rs.next() ? rs.getString(1) : null, lockName);
            if (locked == null) {
                throw new IllegalStateException("No lock row " + lockName + " in app_lock (migration V20)");
            }
            work.run();
        });
    }
}
