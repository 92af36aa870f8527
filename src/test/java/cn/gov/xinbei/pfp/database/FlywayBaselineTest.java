package cn.gov.xinbei.pfp.database;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database where Camunda created its tables first (an upgrade, or Camunda's schema set up by a DBA) is not empty to
 * Flyway: with the settings of config/database.yml every migration, V1 included, must still run.
 */
class FlywayBaselineTest {

    @Test
    void aDatabaseThatAlreadyHoldsCamundasTablesGetsEveryMigration() throws IOException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:flyway-baseline;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ int)");

        var env = new StandardEnvironment();
        new YamlPropertySourceLoader().load("database", new ClassPathResource("config/database.yml"))
                .forEach(env.getPropertySources()::addLast);
        Flyway.configure().dataSource(dataSource)
                .table(env.getRequiredProperty("spring.flyway.table"))
                .locations(env.getRequiredProperty("spring.flyway.locations"))
                .baselineOnMigrate(env.getRequiredProperty("spring.flyway.baseline-on-migrate", Boolean.class))
                .baselineVersion(env.getRequiredProperty("spring.flyway.baseline-version"))
                .load().migrate();

        assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from \"app_schema_history\" where \"version\" = '1' and \"success\"",
                Integer.class)).isEqualTo(1);
    }
}
