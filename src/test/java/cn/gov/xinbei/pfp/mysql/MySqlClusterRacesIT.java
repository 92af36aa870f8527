package cn.gov.xinbei.pfp.mysql;

import cn.gov.xinbei.pfp.cluster.ClusterRacesTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The races of {@link ClusterRacesTest} on the production profile against a real MySQL-protocol server (MariaDB):
 * InnoDB's row locks, duplicate-key waits and deadlock detection, not H2's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"APP_JOB_EXECUTION=false", "APP_DEMO_USERS=true", "APP_SUPERVISION_ESCALATION=false"})
@ActiveProfiles(value = "mysql", inheritProfiles = false)
class MySqlClusterRacesIT extends ClusterRacesTest {
}
