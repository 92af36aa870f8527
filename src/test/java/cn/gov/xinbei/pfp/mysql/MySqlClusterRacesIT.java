package cn.gov.xinbei.pfp.mysql;

import cn.gov.xinbei.pfp.cluster.ClusterRacesTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The races of {@link ClusterRacesTest} on the production profile against a real MySQL-protocol server (MariaDB):
 * InnoDB's row locks, duplicate-key waits and deadlock detection, not H2's. Its database is
 * {@code <APP_DB_NAME>_races} (tools/test-all.sh creates it fresh), never {@link MySqlProfileIT}'s: that one checks a
 * production database without demo users, and two engines on one database would wait on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"APP_JOB_EXECUTION=false", "APP_DEMO_USERS=true", "APP_SUPERVISION_ESCALATION=false",
                // The mysql profile's address (config/database.yml) with this test's own database.
                "spring.datasource.url=jdbc:mysql://${APP_DB_HOST:127.0.0.1}:${APP_DB_PORT:3306}"
                        + "/${APP_DB_NAME:xinbei_pfp}_races"
                        + "?characterEncoding=UTF-8&useUnicode=true&serverTimezone=Asia/Shanghai"
                        + "&sendFractionalSeconds=false&createDatabaseIfNotExist=true&nullCatalogMeansCurrent=true"})
@ActiveProfiles(value = "mysql", inheritProfiles = false)
class MySqlClusterRacesIT extends ClusterRacesTest {
}
