package cn.gov.xinbei.pfp.mysql;

import cn.gov.xinbei.pfp.testing.RacesDatabaseTest;
import cn.gov.xinbei.pfp.cluster.ClusterRacesTest;

/**
 * The races of {@link ClusterRacesTest} on the production profile against a real MySQL-protocol server (MariaDB):
 * InnoDB's row locks, duplicate-key waits and deadlock detection, not H2's. Its database is
 * {@code <APP_DB_NAME>_races} (tools/test-all.sh creates it fresh), never {@link MySqlProfileIT}'s: that one checks a
 * production database without demo users, and two engines on one database would wait on each other.
 */
@RacesDatabaseTest
class MySqlClusterRacesIT extends ClusterRacesTest {
}
