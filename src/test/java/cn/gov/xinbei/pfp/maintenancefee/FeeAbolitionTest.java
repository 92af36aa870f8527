package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** No 社会抚养费 case for a child born on or after the configured abolition date (REFERENCE.md §12 B5-B6, D1). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FeeAbolitionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MaintenanceFeeProperties properties;
    @Autowired
    jakarta.validation.Validator validator;

    @BeforeEach
    void in2022() {
        CaseTestSupport.clockAt(LocalDate.of(2022, 1, 10));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    private static Map<String, Object> bornOn(String date) {
        Map<String, Object> report = FeeReports.oneExtraChild();
        report.put("childBirthDate", date);
        report.put("childIdNumber", "AB1234567");
        return report;
    }

    @Test
    void theShippedCutOffIs29September2021AndTheDayItselfIsAfterTheAbolition() {
        assertThat(properties.abolishedForBirthsFrom()).isEqualTo(LocalDate.of(2021, 9, 29));
        assertThat(properties.abolishedFor(LocalDate.of(2021, 9, 28))).isFalse();
        assertThat(properties.abolishedFor(LocalDate.of(2021, 9, 29))).isTrue();
    }

    @Test
    void thePolicesReportOfABirthAfterTheAbolitionIsRefusedAtTheBirthDateAndWritesNothing() throws Exception {
        mvc.perform(post("/api/maintenance-fee/cases").with(httpBasic("police.liaison", "demo"))
                        .contentType("application/json").content(json.writeValueAsBytes(bornOn("2021-10-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("childBirthDate"))
                .andExpect(jsonPath("$.violations[0].message", containsString("社会抚养费取消之后")))
                .andExpect(jsonPath("$.violations[0].message", containsString("2021-09-29")));
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from maintenance_fee_case", Long.class)).isZero();
    }

    @Test
    void theProcessStartIsRefusedTheSameWay() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("socialMaintenanceFee",
                new HashMap<>(bornOn("2021-09-29"))))
                .hasMessageContaining("不得立案征收社会抚养费");
        assertThat(cases.count()).isZero();
    }

    @Test
    void aMissingAbolitionDateIsRefused() {
        // Start-up validates the record (ConfigurationValidationTest binds the files); here the constraint itself.
        assertThat(validator.validate(new MaintenanceFeeProperties(properties.partMonthRule(), properties.roundingMode(),
                3, false, 3, 7, 12, null)))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("abolishedForBirthsFrom");
    }
}
