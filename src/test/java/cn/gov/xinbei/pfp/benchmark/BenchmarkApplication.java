package cn.gov.xinbei.pfp.benchmark;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application as the benchmarks measure it: over HTTP on a random port, on the mysql profile (tools/benchmark*.sh
 * give it a database of its own), no background jobs, the demo users, and every SQL statement counted
 * ({@link StatementCounter}). Tagged {@code benchmark}: not part of the test suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "APP_JOB_EXECUTION=false", "APP_DEMO_USERS=true", "APP_ADMIN_USER=bench.admin",
        "APP_ADMIN_PASSWORD=bench-admin-password-0123"})
@ActiveProfiles("mysql")
@Import(BenchmarkApplication.CountStatements.class)
@interface BenchmarkApplication {

    @TestConfiguration
    class CountStatements {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }
}
