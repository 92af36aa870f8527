package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Monthly data of February 2012 for 春江镇, sent on 2012-03-05: the police's new-birth registrations (CSV through the
 * API), the health centres' births (an .xlsx built here, through the desk), and the birth checks that follow.
 * Three couples: A's first child (2012-02-10), B's second child approved for the father on 2011-06-01
 * (2012-02-12), C's second child without approval (2012-02-20).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DepartmentDataTest {

    static final String MOTHER_A = "320411198503010027";
    static final String FATHER_A = "320411198307070014";
    static final String CHILD_A = "320411201202100015";
    static final String MOTHER_B = "320411198709090042";
    static final String FATHER_B = "320411198601010039";
    static final String CHILD_B = "320411201202120024";
    static final String MOTHER_C = "320411199002020061";
    static final String FATHER_C = "320411198903030051";
    static final String CHILD_C = "320411201202200032";

    static final String POLICE_HEADER = "出生日期,婴儿姓名,婴儿性别,婴儿公民身份号码,孩次,母亲姓名,母亲公民身份号码,父亲姓名,父亲公民身份号码";
    static final String ROW_A = "2012-02-10,陈小明,男," + CHILD_A + ",1,王芳," + MOTHER_A + ",陈刚," + FATHER_A;
    static final String ROW_B = "2012-02-12,李小红,女," + CHILD_B + ",2,赵丽," + MOTHER_B + ",李强," + FATHER_B;
    static final String ROW_C = "2012-02-20,孙小龙,男," + CHILD_C + ",2,周敏," + MOTHER_C + ",孙军," + FATHER_C;
    /** Mother A's number with a wrong check character. */
    static final String ROW_BAD = "2012-02-10,陈小明,男," + CHILD_A + ",1,王芳,320411198503010028,陈刚," + FATHER_A;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void february2012() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 5));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    static byte[] csv(boolean bom, String... lines) {
        String text = (bom ? "\uFEFF" : "") + String.join("\r\n", lines) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder apiFile(String user, String kind, String fileName, byte[] content) {
        return multipart("/api/department-data/uploads")
                .file(new MockMultipartFile("file", fileName, "text/csv", content))
                .param("kind", kind).param("town", "chunjiang").param("month", "2012-02")
                .with(httpBasic(user, "demo"));
    }

    Map<String, Object> body(MvcResult result) throws IOException {
        return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    // ------------------------------------------------------------------------------------------ parsing and rows

    @Test
    void policeCsvKeepsGoodRowsReportsBadOnesAndCountsDuplicates() throws Exception {
        MvcResult result = mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "chunjiang-2012-02.csv",
                        csv(true, POLICE_HEADER, ROW_A, ROW_BAD, ROW_A)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.repeated").value(false))
                .andExpect(jsonPath("$.upload.acceptedRows").value(1))
                .andExpect(jsonPath("$.upload.rejectedRows").value(1))
                .andExpect(jsonPath("$.upload.duplicateRows").value(1))
                .andExpect(jsonPath("$.upload.dueOn").value("2012-03-10"))
                .andExpect(jsonPath("$.upload.onTime").value(true))
                .andExpect(jsonPath("$.errors[0].lineNumber").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("母亲公民身份号码"))
                .andExpect(jsonPath("$.errors[0].message", containsString("母亲公民身份号码有误")))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain(MOTHER_A).doesNotContain(FATHER_A);
        Map<String, Object> stored = jdbc.queryForMap("select * from department_record");
        assertThat(stored.get("SUBJECT_ID_NUMBER")).isEqualTo(MOTHER_A);
        assertThat(stored.get("SUBJECT_ID_MASKED")).isEqualTo(ResidentIdMaskingOf.mask(MOTHER_A));
        assertThat(stored.get("CHILD_SEX")).isEqualTo("MALE");
        assertThat(stored.get("LINE_NUMBER")).isEqualTo(2);

        // A corrected file repeating the good row adds only the new one.
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "chunjiang-2012-02-v2.csv",
                        csv(false, POLICE_HEADER, ROW_A, ROW_C)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.upload.acceptedRows").value(1))
                .andExpect(jsonPath("$.upload.duplicateRows").value(1))
                .andExpect(jsonPath("$.upload.rejectedRows").value(0));
        assertThat(count("department_record")).isEqualTo(2);
    }

    @Test
    void theSameFileTwiceWritesNothingAndAnswersWithTheEarlierUpload() throws Exception {
        byte[] file = csv(true, POLICE_HEADER, ROW_A, ROW_BAD);
        String first = (String) ((Map<?, ?>) body(mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "a.csv", file))
                .andExpect(status().isCreated()).andReturn()).get("upload")).get("id");
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "a-again.csv", file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repeated").value(true))
                .andExpect(jsonPath("$.upload.id").value(first))
                .andExpect(jsonPath("$.upload.acceptedRows").value(1));
        assertThat(count("department_upload")).isEqualTo(1);
        assertThat(count("department_upload_error")).isEqualTo(1);
        assertThat(count("department_record")).isEqualTo(1);
        assertThat(count("birth_check")).isEqualTo(1);
    }

    @Test
    void aBadHeaderOrAnUnknownKindRefusesTheWholeFile() throws Exception {
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "bad.csv",
                        csv(false, "出生日期,婴儿姓名,身高", "2012-02-10,陈小明,50")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("file"))
                .andExpect(jsonPath("$.violations[0].message", containsString("「身高」不是新生儿户口登记数据的列")));
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "short.csv", csv(false, "出生日期,婴儿姓名", "2012-02-10,陈小明")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message", containsString("表头缺少必填列")));
        mvc.perform(apiFile("police.liaison", "DEATHS", "x.csv", csv(false, POLICE_HEADER, ROW_A)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("kind"))
                .andExpect(jsonPath("$.violations[0].message", containsString("未知的数据种类「DEATHS」")));
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "gbk.csv", new byte[] {(byte) 0xB3, (byte) 0xF6, 0x0A}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message", containsString("不是UTF-8编码")));
        assertThat(count("department_upload")).isZero();
        assertThat(count("department_record")).isZero();
    }

    @Test
    void onlyTheKindsDepartmentUploadsIt() throws Exception {
        mvc.perform(apiFile("health.liaison", "BIRTH_REGISTRATION", "a.csv", csv(false, POLICE_HEADER, ROW_A)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("kind"))
                .andExpect(jsonPath("$.violations[0].message").value(
                        "“新生儿户口登记”数据由公安分局（派出所）报送，您是社会事业局（卫生）联络员，只能报送本部门的数据"));
        // On the desk: the upload form comes back with the reason.
        mvc.perform(multipart("/desk/department-data/uploads")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", csv(false, POLICE_HEADER, ROW_A)))
                        .param("kind", "BIRTH_REGISTRATION").param("town", "chunjiang").param("month", "2012-02")
                        .with(user("health.liaison")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("数据由公安分局（派出所）报送")));
        for (String other : List.of("bureau.clerk", "chunjiang.clerk", "finance.liaison", "bureau.head", "admin")) {
            mvc.perform(apiFile(other, "BIRTH_REGISTRATION", "a.csv", csv(false, POLICE_HEADER, ROW_A)))
                    .andExpect(status().isForbidden());
        }
        assertThat(count("department_upload")).isZero();
    }

    @Test
    void jsonRowsThroughTheApi() throws Exception {
        Map<String, Object> request = Map.of("kind", "MARRIAGE", "town", "chunjiang", "month", "2012-02", "rows", List.of(
                Map.of("登记日期", "2012-02-14", "女方姓名", "周敏", "女方公民身份号码", MOTHER_C, "男方姓名", "孙军",
                        "男方公民身份号码", FATHER_C),
                Map.of("eventDate", "2012-02-14", "subjectName", "赵丽", "subjectIdNumber", MOTHER_B,
                        "partnerName", "李强", "partnerIdNumber", MOTHER_A)));
        mvc.perform(post("/api/department-data/uploads").contentType("application/json")
                        .content(json.writeValueAsBytes(request)).with(httpBasic("hr.liaison", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.upload.acceptedRows").value(1))
                .andExpect(jsonPath("$.upload.rejectedRows").value(1))
                .andExpect(jsonPath("$.upload.channel").value("API"))
                .andExpect(jsonPath("$.errors[0].lineNumber").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("男方公民身份号码的性别位表示女性，本列应为男性"));
    }

    // ---------------------------------------------------------------------------------------------- matching

    void approveSecondChildFor(String husbandId, LocalDate decidedOn) {
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on, created_at,"
                + " updated_at, version) values ('sc-b', 'SC-2011-00042', 'SECOND_CHILD', 'chunjiang', 'APPROVED',"
                + " '李强、赵丽 照顾再生育一孩审批', '2011-05-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        jdbc.update("insert into case_party (id, case_id, party_role, full_name, id_number, id_number_masked)"
                + " values ('sc-b-h', 'sc-b', 'HUSBAND', '李强', ?, ?)", husbandId, ResidentIdMaskingOf.mask(husbandId));
        jdbc.update("insert into second_child_case (case_id, condition_code, rule_version, eligibility_outcome,"
                + " registered_facts, assessment, correction_requested, extension_granted, paused_working_days, decision,"
                + " decided_on) values ('sc-b', 'ART22_6', 'js-2004', 'ELIGIBLE', '{}', 'NOT_REQUIRED', false, false, 0,"
                + " 'APPROVED', ?)", decidedOn);
    }

    Map<String, Object> check(String motherId) {
        return jdbc.queryForMap("select * from birth_check where mother_id_number = ?", motherId);
    }

    @Test
    void birthsAreMatchedFirstChildApprovedSecondChildAndUnmatched() throws Exception {
        approveSecondChildFor(FATHER_B, LocalDate.of(2011, 6, 1));
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "feb.csv", csv(false, POLICE_HEADER, ROW_A, ROW_B, ROW_C)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.upload.acceptedRows").value(3));

        Map<String, Object> a = check(MOTHER_A);
        assertThat(a).containsEntry("OUTCOME", "FIRST_CHILD").containsEntry("COMPLIANT", true)
                .containsEntry("CHILD_SEX", "MALE").containsEntry("BIRTH_ORDER", 1).containsEntry("TOWN_SLUG", "chunjiang")
                .containsEntry("BIRTH_DATE", java.sql.Date.valueOf("2012-02-10"));
        assertThat(a.get("FLAG_STATUS")).isNull();
        Map<String, Object> b = check(MOTHER_B);
        assertThat(b).containsEntry("OUTCOME", "APPROVED").containsEntry("COMPLIANT", true)
                .containsEntry("SECOND_CHILD_CASE_ID", "sc-b").containsEntry("CHILD_SEX", "FEMALE");
        Map<String, Object> c = check(MOTHER_C);
        assertThat(c).containsEntry("OUTCOME", "UNMATCHED").containsEntry("FLAG_STATUS", "OPEN");
        assertThat(c.get("COMPLIANT")).isNull();

        mvc.perform(get("/desk/births").param("status", "PENDING").with(user("chunjiang.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("周敏")))
                .andExpect(content().string(not(containsString("王芳"))))
                .andExpect(content().string(not(containsString(MOTHER_C))))
                .andExpect(content().string(containsString(ResidentIdMaskingOf.mask(MOTHER_C))));
        mvc.perform(get("/desk/births").param("outcome", "APPROVED").with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SC-2011-00042")))
                .andExpect(content().string(not(containsString("周敏"))));
        // The filters are typed: a value that cannot be read is the desk's Chinese 400 naming the filter.
        String[][] badFilters = {{"from", "2012-13-01", "出生日期从应为日期，如2012-01-31"},
                {"to", "yesterday", "出生日期至应为日期，如2012-01-31"},
                {"status", "OK", "政策符合情况不正确"}, {"outcome", "approved", "比对结果不正确"}};
        for (String[] f : badFilters) {
            mvc.perform(get("/desk/births").param(f[0], f[1]).with(user("bureau.head")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andExpect(content().string(containsString(f[2])))
                    .andExpect(content().string(not(containsString("BirthOutcome"))));
        }
        mvc.perform(get("/desk/births").param("from", "").param("to", "").param("status", "").param("outcome", "")
                        .with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SC-2011-00042")));
    }

    @Test
    void anApprovalDecidedAfterTheBirthDoesNotMatch() throws Exception {
        approveSecondChildFor(FATHER_B, LocalDate.of(2012, 2, 13));
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "feb.csv", csv(false, POLICE_HEADER, ROW_B)))
                .andExpect(status().isCreated());
        assertThat(check(MOTHER_B)).containsEntry("OUTCOME", "UNMATCHED").containsEntry("FLAG_STATUS", "OPEN");
    }

    @Test
    void policeAndHealthReportingTheSameBirthMakeOneCheck() throws Exception {
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "feb.csv", csv(false, POLICE_HEADER, ROW_A)))
                .andExpect(status().isCreated());
        // The health centres' report, an .xlsx sent on the desk; the date as an Excel date cell.
        byte[] xlsx = xlsx(List.of("出生日期", "婴儿性别", "出生医学证明编号", "孩次", "母亲姓名", "母亲公民身份号码", "父亲姓名", "父亲公民身份号码"),
                List.of(List.of(LocalDate.of(2012, 2, 10), "男", "M320120001", "1", "王芳", MOTHER_A, "陈刚", FATHER_A),
                        List.of("2012-02-31", "女", "M320120002", "1", "赵丽", MOTHER_B, "", "")));
        MvcResult result = mvc.perform(multipart("/desk/department-data/uploads")
                        .file(new MockMultipartFile("file", "卫生-出生-2012-02.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
                        .param("kind", "BIRTH").param("town", "chunjiang").param("month", "2012-02")
                        .with(user("health.liaison")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/desk/department-data/uploads/*"))
                .andReturn();
        String uploadId = jdbc.queryForObject("select id from department_upload where record_kind = 'BIRTH'", String.class);
        assertThat(jdbc.queryForMap("select channel, accepted_rows, rejected_rows from department_upload where id = ?", uploadId))
                .containsEntry("CHANNEL", "XLSX").containsEntry("ACCEPTED_ROWS", 1).containsEntry("REJECTED_ROWS", 1);
        assertThat(count("birth_check")).isEqualTo(1);
        assertThat(check(MOTHER_A)).containsEntry("REPORTED_KINDS", "BIRTH_REGISTRATION,BIRTH")
                .containsEntry("OUTCOME", "FIRST_CHILD");
        assertThat(jdbc.queryForList("select distinct birth_key from department_record", String.class)).hasSize(1);

        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user("health.liaison")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("出生日期不是有效日期")))
                .andExpect(content().string(containsString("<td>3</td>")));
        // A town's clerk reads its town's uploads; the police liaison does not read the health department's.
        mvc.perform(get("/desk/department-data/uploads/" + uploadId).with(user("chunjiang.clerk"))).andExpect(status().isOk());
        mvc.perform(get("/desk/department-data/uploads/" + uploadId).with(user("menghe.clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/department-data/uploads/" + uploadId).with(user("police.liaison"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/department-data").with(user("police.liaison")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新生儿户口登记")))
                .andExpect(content().string(not(containsString("卫生-出生-2012-02.xlsx"))));
    }

    static byte[] xlsx(List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("出生");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) instanceof LocalDate date) {
                        row.createCell(i).setCellValue(date);
                        row.getCell(i).setCellStyle(dateStyle);
                    } else {
                        row.createCell(i).setCellValue(cells.get(i).toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------------------------------- the actions

    @Test
    void theTownClerkOpensAFeeCaseFromAFlaggedBirth() throws Exception {
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "feb.csv", csv(false, POLICE_HEADER, ROW_C)))
                .andExpect(status().isCreated());
        String key = (String) check(MOTHER_C).get("BIRTH_KEY");

        // Supervisors read only; another town's clerk and the liaisons are refused.
        for (String refused : List.of("chunjiang.head", "bureau.head", "menghe.clerk", "police.liaison")) {
            mvc.perform(post("/desk/births/" + key + "/fee-case").param("motherHukouType", "URBAN")
                            .param("fatherHukouType", "URBAN").with(user(refused)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/desk/births/" + key + "/fee-case").param("motherHukouType", "URBAN")
                        .with(user("chunjiang.clerk")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择男方户籍类别")));
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();

        mvc.perform(post("/desk/births/" + key + "/fee-case").param("motherHukouType", "URBAN")
                        .param("fatherHukouType", "RURAL").with(user("chunjiang.clerk")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/desk/births*"));

        ProcessInstance fee = runtimeService.createProcessInstanceQuery().processDefinitionKey("socialMaintenanceFee")
                .singleResult();
        assertThat(fee).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(fee.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ConfirmCase");
        Map<String, Object> caseFile = jdbc.queryForMap("select * from case_file where case_number = ?", fee.getBusinessKey());
        assertThat(caseFile).containsEntry("CASE_KIND", "MAINTENANCE_FEE").containsEntry("TOWN_SLUG", "chunjiang")
                .containsEntry("CREATED_BY", "chunjiang.clerk");
        assertThat(jdbc.queryForMap("select situation, report_source, child_birth_date from maintenance_fee_case where case_id = ?",
                caseFile.get("ID"))).containsEntry("SITUATION", "ONE_EXTRA_CHILD").containsEntry("REPORT_SOURCE", "INSPECTION");
        assertThat(jdbc.queryForList("select id_number from case_party where case_id = ?", String.class, caseFile.get("ID")))
                .containsExactlyInAnyOrder(MOTHER_C, FATHER_C, CHILD_C);

        Map<String, Object> c = check(MOTHER_C);
        assertThat(c).containsEntry("FLAG_STATUS", "FEE_CASE_OPENED").containsEntry("COMPLIANT", false)
                .containsEntry("FEE_CASE_ID", caseFile.get("ID")).containsEntry("RESOLVED_BY", "chunjiang.clerk");
        // Done once: the birth is no longer open.
        mvc.perform(post("/desk/births/" + key + "/fee-case").param("motherHukouType", "URBAN")
                        .param("fatherHukouType", "RURAL").with(user("bureau.clerk")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/desk/births").param("status", "NONCOMPLIANT").with(user("bureau.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fee.getBusinessKey())));
    }

    @Test
    void theBureauClerkClearsAFlaggedBirthWithANote() throws Exception {
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "feb.csv", csv(false, POLICE_HEADER, ROW_C)))
                .andExpect(status().isCreated());
        String key = (String) check(MOTHER_C).get("BIRTH_KEY");
        mvc.perform(post("/desk/births/" + key + "/clearance").param("note", "有审批").with(user("bureau.clerk")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("至少10个字")));
        mvc.perform(post("/desk/births/" + key + "/clearance").param("note", "外省已发再生育证，查验原件无误")
                        .with(user("chunjiang.head")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/desk/births/" + key + "/clearance").param("note", "女方户籍地安徽省已发再生育证，查验原件无误")
                        .with(user("bureau.clerk")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(check(MOTHER_C)).containsEntry("FLAG_STATUS", "CLEARED").containsEntry("COMPLIANT", true)
                .containsEntry("RESOLVED_BY", "bureau.clerk")
                .containsEntry("RESOLUTION_NOTE", "女方户籍地安徽省已发再生育证，查验原件无误");
        mvc.perform(get("/desk/births").param("status", "COMPLIANT").with(user("chunjiang.clerk")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("核查后符合政策")));
    }

    @Test
    void whoSeesBirths() throws Exception {
        mvc.perform(apiFile("police.liaison", "BIRTH_REGISTRATION", "feb.csv", csv(false, POLICE_HEADER, ROW_C)))
                .andExpect(status().isCreated());
        mvc.perform(get("/desk/births").with(user("menghe.clerk")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("周敏"))));
        mvc.perform(get("/desk/births").with(user("chunjiang.clerk")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("周敏")))
                .andExpect(content().string(containsString("立社会抚养费案件")));
        mvc.perform(get("/desk/births").with(user("chunjiang.head")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("立社会抚养费案件</button>"))));
        mvc.perform(get("/desk/births").with(user("police.liaison"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/births").with(user("admin"))).andExpect(status().isForbidden());
    }

    /** The masking the application uses, for expected values. */
    static final class ResidentIdMaskingOf {
        static String mask(String id) {
            return cn.gov.xinbei.pfp.residentid.ResidentIdMasking.mask(id);
        }
    }
}
