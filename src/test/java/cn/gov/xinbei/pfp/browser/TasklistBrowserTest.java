package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.time.LocalDate;

/**
 * A user path through the Camunda Tasklist in one real browser, against the application on H2 (profile test): the
 * engine clock pinned to a day of the configured calendar years, a {@link Browser} worked through {@link TasklistPage},
 * and every case deleted afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class TasklistBrowserTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected JdbcTemplate jdbc;

    protected Browser browser;
    protected TasklistPage tasklist;

    /**
     * The day the test starts on. The engine clock is pinned so due dates are reproducible and stay inside the years
     * config/calendar knows (the real clock would make every deadline depend on the day the build runs).
     */
    protected abstract LocalDate startDay();

    @BeforeEach
    void startBrowser(TestInfo info) throws IOException {
        CaseTestSupport.clockAt(startDay());
        browser = new Browser(info.getTestMethod().map(m -> m.getName()).orElse("test"));
        tasklist = new TasklistPage(browser, port);
    }

    @AfterEach
    void stopBrowserAndCleanUp() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        }
    }
}
