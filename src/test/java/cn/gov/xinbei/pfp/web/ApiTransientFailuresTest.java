package cn.gov.xinbei.pfp.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's answers to the database away or failing at a statement (503, Retry-After) and to another transaction
 * first (409), in Chinese.
 */
class ApiTransientFailuresTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(new UploadLimit(new MultipartProperties()),
            new StaticListableBeanFactory().getBeanProvider(ProcessEngine.class));

    @Test
    void noConnectionWithinTheTimeoutIs503WithRetryAfter() {
        var answer = handler.unexpected(new CannotCreateTransactionException("x",
                new SQLTransientConnectionException("request timed out after 3000ms")));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).isEqualTo(DatabaseFailures.UNAVAILABLE);
    }

    @Test
    void aStatementTheDatabaseFailedAtIs503NotTheUsersConflict() {
        var answer = handler.database(new org.springframework.jdbc.UncategorizedSQLException("select", "select 1",
                new SQLException("Error on delete of '/tmp/#sql-temptable-1.MAI'", "HY000", 1030)));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).isEqualTo(DatabaseFailures.FAILED);
        var duplicate = handler.database(new org.springframework.dao.DuplicateKeyException("x",
                new SQLException("Duplicate entry", "23000", 1062)));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aDeadlockOrALockTimeoutIs409InChineseNotAServerError() {
        var deadlock = handler.engine(new ProcessEngineException(new SQLException("Deadlock found", "40001", 1213)));
        assertThat(deadlock.getStatusCode().value()).isEqualTo(409);
        assertThat(deadlock.getBody().getDetail()).contains("已被他人处理");
        assertThat(handler.database(new CannotAcquireLockException("Lock wait timeout exceeded")).getStatusCode()
                .value()).isEqualTo(409);
    }
}
