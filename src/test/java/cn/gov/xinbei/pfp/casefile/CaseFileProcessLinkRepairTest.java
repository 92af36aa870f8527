package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repair of case files stored without their process instance (before the link was kept): the migration finds the
 * case's own process by its business key, also when a later process of the same case carries the same key, and leaves
 * linked case files alone.
 */
@SpringBootTest
@ActiveProfiles("test")
class CaseFileProcessLinkRepairTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void anUnlinkedCaseFileIsLinkedToTheFirstProcessOfItsCaseNumber() throws Exception {
        ProcessInstance own = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
        String caseNumber = own.getBusinessKey();
        // Earlier tests of this context numbered their (since deleted) cases the same way; their history stays.
        jdbc.update("delete from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and ID_ <> ?", caseNumber, own.getId());
        // A later process of the same case under the same business key, as in the history of a supervised case.
        jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, START_TIME_)"
                + " values ('later', 'later', ?, 'caseSupervision:1:later', ?)", caseNumber,
                java.sql.Timestamp.valueOf(LocalDate.of(2012, 3, 2).atStartOfDay()));
        jdbc.update("update case_file set process_instance_id = null where case_number = ?", caseNumber);
        try {
            migrate();
        } finally {
            jdbc.update("delete from ACT_HI_PROCINST where ID_ = 'later'");
        }

        assertThat(linkOf(caseNumber)).isEqualTo(own.getId());
    }

    @Test
    void aLinkedCaseFileKeepsItsLink() throws Exception {
        ProcessInstance own = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
        jdbc.update("update case_file set process_instance_id = 'kept' where case_number = ?", own.getBusinessKey());

        migrate();

        assertThat(linkOf(own.getBusinessKey())).isEqualTo("kept");
    }

    private String linkOf(String caseNumber) {
        return jdbc.queryForObject("select process_instance_id from case_file where case_number = ?", String.class,
                caseNumber);
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V17__Link_case_files_to_process_instances().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }
}
