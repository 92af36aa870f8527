package cn.gov.xinbei.pfp.cluster;

import cn.gov.xinbei.pfp.web.DatabaseFailures;
import cn.gov.xinbei.pfp.web.EngineRestErrors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures a cluster meets, told apart: the database away (503) and another transaction first (409). */
class DatabaseFailuresTest {

    @Test
    void aDeadlockALockWaitTimeoutAndAnOptimisticConflictAreConcurrency() {
        assertThat(DatabaseFailures.classify(new ProcessEngineException(new SQLException("Deadlock found", "40001", 1213))))
                .contains(DatabaseFailures.Kind.CONCURRENT);
        assertThat(DatabaseFailures.classify(new ProcessEngineException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))).contains(DatabaseFailures.Kind.CONCURRENT);
        assertThat(DatabaseFailures.classify(new CannotAcquireLockException("x"))).contains(DatabaseFailures.Kind.CONCURRENT);
        assertThat(DatabaseFailures.classify(new OptimisticLockingException("x"))).contains(DatabaseFailures.Kind.CONCURRENT);
    }

    @Test
    void noConnectionIsUnavailableAndADuplicateKeyIsNeither() {
        assertThat(DatabaseFailures.classify(new CannotCreateTransactionException("x",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))))
                .contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(new ProcessEngineException(
                new SQLException("Communications link failure", "08S01", 0)))).contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(new SQLException("Duplicate entry", "23000", 1062))).isEmpty();
        // Found by tools/fault-test.sh: the database killed under a request whose rollback then failed.
        assertThat(DatabaseFailures.classify(new org.springframework.orm.jpa.JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))))).contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(new org.hibernate.TransactionException("Transaction not active")))
                .isEmpty();
    }

    @Test
    void theEngineRestApiAnswersADeadlock409AndAnOutage503WithRetryAfter() {
        var deadlock = EngineRestErrors.respond(new ProcessEngineException(new SQLException("Deadlock", "40001", 1213)));
        assertThat(deadlock.getStatus()).isEqualTo(409);
        var outage = EngineRestErrors.respond(new ProcessEngineException(new SQLTransientConnectionException("timeout")));
        assertThat(outage.getStatus()).isEqualTo(503);
        assertThat(outage.getHeaderString("Retry-After")).isEqualTo("5");
    }
}
