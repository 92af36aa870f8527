package cn.gov.xinbei.pfp.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application on the production profile against a real MySQL-protocol server (MariaDB), over HTTP, in the database
 * {@code <APP_DB_NAME>_races} (tools/test-all.sh creates it fresh) with the demo users: never {@code MySqlProfileIT}'s,
 * which checks a production database without them, as two engines on one database would wait on each other. Every
 * test class so annotated shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"APP_JOB_EXECUTION=false", "APP_DEMO_USERS=true", "APP_SUPERVISION_ESCALATION=false",
                // The mysql profile's address (config/database.yml) with this database.
                "spring.datasource.url=jdbc:mysql://${APP_DB_HOST:127.0.0.1}:${APP_DB_PORT:3306}"
                        + "/${APP_DB_NAME:xinbei_pfp}_races"
                        + "?characterEncoding=UTF-8&useUnicode=true&serverTimezone=Asia/Shanghai"
                        + "&sendFractionalSeconds=false&createDatabaseIfNotExist=true&nullCatalogMeansCurrent=true"})
@ActiveProfiles(value = "mysql", inheritProfiles = false)
public @interface RacesDatabaseTest {
}
