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

/**
 * The failures a cluster meets, told apart: the database away (503), another transaction first (409), the database
 * failing at a statement for a reason of its own (503) and a refusal of the request's data (the callers' 400/409).
 */
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
    void aStatementTheDatabaseFailedAtIsAServerFailureButARefusalOfTheDataIsNot() {
        // The benchmark's private server lost its temporary file (MariaDB: error 1030, "Got error ... from storage").
        assertThat(DatabaseFailures.classify(new ProcessEngineException(new SQLException(
                "Error on delete of '/tmp/#sql-temptable-1.MAI'", "HY000", 1030))))
                .contains(DatabaseFailures.Kind.FAILED);
        assertThat(DatabaseFailures.classify(new org.springframework.jdbc.UncategorizedSQLException("select", "x",
                new SQLException("Disk full", "HY000", 1021)))).contains(DatabaseFailures.Kind.FAILED);
        // Too long, out of range, a duplicate, a broken constraint or an incorrect value: the request's to correct.
        for (SQLException refusal : new SQLException[] {new SQLException("Data too long", "22001", 1406),
                new SQLException("Out of range", "22003", 1264), new SQLException("Duplicate entry", "23000", 1062),
                new SQLException("Check constraint violated", "HY000", 3819),
                new SQLException("Incorrect string value", "HY000", 1366)}) {
            assertThat(DatabaseFailures.classify(new ProcessEngineException(refusal))).as(refusal.getMessage()).isEmpty();
        }
        assertThat(DatabaseFailures.classify(new IllegalStateException("no database here"))).isEmpty();
    }

    @Test
    void theEngineRestApiAnswersADeadlock409AndAnOutage503WithRetryAfter() {
        var deadlock = EngineRestErrors.respond(new ProcessEngineException(new SQLException("Deadlock", "40001", 1213)));
        assertThat(deadlock.getStatus()).isEqualTo(409);
        var outage = EngineRestErrors.respond(new ProcessEngineException(new SQLTransientConnectionException("timeout")));
        assertThat(outage.getStatus()).isEqualTo(503);
        assertThat(outage.getHeaderString("Retry-After")).isEqualTo("5");
        var failed = EngineRestErrors.respond(new ProcessEngineException(new SQLException("Got error", "HY000", 1030)));
        assertThat(failed.getStatus()).as("not the user's conflict").isEqualTo(503);
        assertThat(failed.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(String.valueOf(failed.getEntity())).contains(DatabaseFailures.FAILED).doesNotContain("HY000", "Got error");
        var duplicate = EngineRestErrors.respond(new ProcessEngineException(new SQLException("Duplicate", "23000", 1062)));
        assertThat(duplicate.getStatus()).isEqualTo(409);
    }
}
