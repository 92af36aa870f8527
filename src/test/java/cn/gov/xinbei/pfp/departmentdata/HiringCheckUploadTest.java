package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20 point 3: the HR stations upload their monthly hiring checks (employer, worker, certificate presented,
 * number) as department data of kind HIRING_CHECK, validated row by row; only the HR liaison may send them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HiringCheckUploadTest {

    static final String HEADER = "查验日期,用人单位,姓名,公民身份号码,是否出示婚育证明,婚育证明编号";
    static final String PRESENTED = "2012-02-15,常州新北精密机械有限公司,赵丽,320411198709090042,是,皖流婚〔2011〕0123号";
    static final String MISSING = "2012-02-16,常州龙城电子有限公司,周敏,320411199002020061,否,";
    static final String NUMBER_WITHOUT_CERTIFICATE = "2012-02-17,常州龙城电子有限公司,王芳,320411198503010027,否,皖流婚0999";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void march2012() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 5));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder upload(String user, byte[] content) {
        return multipart("/api/department-data/uploads")
                .file(new MockMultipartFile("file", "hr-2012-02.csv", "text/csv", content))
                .param("kind", "HIRING_CHECK").param("town", "chunjiang").param("month", "2012-02")
                .with(httpBasic(user, "demo"));
    }

    @Test
    void theHrLiaisonUploadsChecksGoodRowsAreKeptBadOnesNamedAtTheirColumn() throws Exception {
        mvc.perform(upload("hr.liaison", csv(HEADER, PRESENTED, MISSING, NUMBER_WITHOUT_CERTIFICATE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.upload.acceptedRows").value(2))
                .andExpect(jsonPath("$.upload.rejectedRows").value(1))
                .andExpect(jsonPath("$.errors[0].lineNumber").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("婚育证明编号"))
                .andExpect(jsonPath("$.errors[0].message", containsString("未出示婚育证明的，不填写婚育证明编号")));
        List<Map<String, Object>> rows = jdbc.queryForList("select employer, certificate_presented, certificate_number,"
                + " subject_id_masked from department_record where record_kind = 'HIRING_CHECK' order by line_number");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("EMPLOYER", "常州新北精密机械有限公司")
                .containsEntry("CERTIFICATE_PRESENTED", true).containsEntry("CERTIFICATE_NUMBER", "皖流婚〔2011〕0123号")
                .containsEntry("SUBJECT_ID_MASKED", "320411********0042");
        assertThat(rows.get(1)).containsEntry("CERTIFICATE_PRESENTED", false).containsEntry("CERTIFICATE_NUMBER", null);
    }

    @Test
    void onlyTheHrLiaisonSendsHiringChecks() throws Exception {
        mvc.perform(upload("police.liaison", csv(HEADER, PRESENTED)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("kind"))
                .andExpect(jsonPath("$.violations[0].message", containsString("“招用流动人口查验婚育证明”数据由")));
        for (String other : List.of("chunjiang.clerk", "bureau.head", "admin")) {
            mvc.perform(upload(other, csv(HEADER, PRESENTED))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from department_upload", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from department_record", Integer.class)).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWhole() throws Exception {
        mvc.perform(upload("hr.liaison", csv("查验日期,姓名,公民身份号码", "2012-02-15,赵丽,320411198709090042")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message", containsString("用人单位")));
        assertThat(jdbc.queryForObject("select count(*) from department_record", Integer.class)).isZero();
    }
}
