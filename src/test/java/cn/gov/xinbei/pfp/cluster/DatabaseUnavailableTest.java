package cn.gov.xinbei.pfp.cluster;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 7: the database away is answered 503 with Retry-After and a Chinese message within a few seconds,
 * never 500, by the project's API and by the engine REST API (signing in with basic authentication needs the
 * database too). The pool is closed, as if the database did not answer: the context is thrown away afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseUnavailableTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DataSource dataSource;

    @Test
    void withTheDatabaseAwayEveryRequestIs503WithRetryAfterInChinese() throws Exception {
        assertThat(rest.withBasicAuth("bureau.head", "demo").getForEntity("/api/cases", String.class)
                .getStatusCode().value()).isEqualTo(200);
        dataSource.unwrap(HikariDataSource.class).close();

        // A plain client: the test's RestTemplate would itself wait Retry-After and send the request once more.
        HttpClient client = HttpClient.newHttpClient();
        String credentials = Base64.getEncoder().encodeToString("bureau.head:demo".getBytes(StandardCharsets.UTF_8));
        for (String path : new String[]{"/api/cases", "/engine-rest/task", "/api/organization"}) {
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
                    .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(path).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as(path).contains("5");
            assertThat(answer.body()).as(path).contains("数据库暂时无法连接").contains("DATABASE_UNAVAILABLE")
                    .doesNotContain("Exception").doesNotContain("Hikari");
            // Not Hikari's default 30 s (the pool's connection timeout is 3 s; a closed pool refuses at once).
            assertThat((System.nanoTime() - started) / 1_000_000_000).as(path).isLessThan(4);
        }
    }

    @Test
    void theConnectionTimeoutIsAFewSecondsNotHalfAMinute() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isEqualTo(3000);
    }
}
