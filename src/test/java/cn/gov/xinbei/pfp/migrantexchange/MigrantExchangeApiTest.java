package cn.gov.xinbei.pfp.migrantexchange;

import cn.gov.xinbei.pfp.migrantcertificate.Certificates;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20 point 4: a town exports its notices (certificates issued to residents leaving, arrivals checked) as the
 * exchange file and prints one as PDF; it imports the notices other places sent, checked row by row (nothing written
 * on any error), each recorded once on the case it concerns. Its own town's clerks and the bureau only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MigrantExchangeApiTest {

    static final String HEADER = "通报编号,通报事项,通报日期,发出地,接收地,姓名,公民身份号码,婚育证明编号,通报内容";
    /** Hefei's answer on the woman registered in 春江镇 (MA-2026-00001). */
    static final String FROM_HEFEI = "皖瑶通〔2026〕12号,婚育证明出具,2026-03-02,安徽省合肥市瑶海区红光街道,"
            + "江苏省常州市新北区春江镇,王丽,340104199203150026,皖流婚〔2026〕0456号,\"证明属实, 已婚, 生育一孩\"";
    /** Hangzhou's check of 周敏, who left 春江镇 with her certificate (MC-2026-00001). */
    static final String FROM_HANGZHOU = "浙西通2026-7,婚育证明查验,2026-03-02,浙江省杭州市西湖区文新街道,"
            + "江苏省常州市新北区春江镇,周敏,320411199002020061,,已查验婚育证明，已提供免费避孕药具";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void twoCasesOf2026() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
        Map<String, Object> arrival = new HashMap<>();
        arrival.put("townSlug", "chunjiang");
        arrival.put("registrationDate", "2026-03-02");
        arrival.put("arrivalDate", "2026-02-20");
        arrival.put("migrantName", "王丽");
        arrival.put("migrantIdNumber", "340104199203150026");
        arrival.put("hukouPlace", "安徽省合肥市瑶海区");
        arrival.put("residenceAddress", "春江镇圩塘村8号");
        arrival.put("certificatePresented", true);
        arrival.put("certificateIssuer", "合肥市瑶海区红光街道");
        arrival.put("certificateNumber", "皖流婚〔2026〕0456号");
        arrival.put("servicesInformed", true);
        arrival.put("servicesNote", "免费发放避孕药具");
        CaseTestSupport.startLinked(runtimeService, jdbc, "migrantArrival", arrival);
        CaseTestSupport.startLinked(runtimeService, jdbc, "migrantCertificate",
                Certificates.marriedWomanLeavingForAnotherProvince());
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey("MC-2026-00001").singleResult()
                .getId(), Map.of("certificateDecision", "ISSUE"));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder importAs(String user, String town, byte[] content) {
        return multipart("/api/migrant-exchange/imports")
                .file(new MockMultipartFile("file", "notices.csv", "text/csv", content))
                .param("town", town).with(httpBasic(user, "demo"));
    }

    @Test
    void theTownExportsItsNoticesAsTheExchangeFileAndPrintsOne() throws Exception {
        String csv = mvc.perform(get("/api/migrant-exchange/notices.csv").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + HEADER);
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("MA-2026-00001,婚育证明查验,2026-03-02,"
                + "江苏省常州市新北区春江镇,安徽省合肥市瑶海区,王丽,340104199203150026,皖流婚〔2026〕0456号,")
                .contains("已查验婚育证明（合肥市瑶海区红光街道出具）").contains("免费发放避孕药具"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("MC-2026-00001,婚育证明出具,2026-03-02,"
                + "江苏省常州市新北区春江镇,浙江省杭州市西湖区文三路1号,周敏,320411199002020061,新流动婚育证〔2026〕00001号,")
                .contains("有效期至2029-03-01"));
        // Another town exports none of 春江镇's; it may not ask for them.
        String menghe = mvc.perform(get("/api/migrant-exchange/notices.csv").with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(menghe.lines()).hasSize(1);
        mvc.perform(get("/api/migrant-exchange/notices.csv").param("town", "chunjiang")
                .with(httpBasic("menghe.clerk", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/migrant-exchange/notices.csv").param("from", "2026-13-01")
                        .with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.violations[0].field").value("from"));
        mvc.perform(get("/api/migrant-exchange/notices.csv").with(httpBasic("hr.liaison", "demo")))
                .andExpect(status().isForbidden());

        // The case page lists the printed notice, which opens as PDF.
        mvc.perform(get("/api/cases/MA-2026-00001").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[*].name", hasItem("流动人口计划生育信息通报单")))
                .andExpect(jsonPath("$.documents[*].href", hasItem("/api/migrant-exchange/notices/MA-2026-00001/notice.pdf")));
        byte[] pdf = mvc.perform(get("/api/migrant-exchange/notices/MA-2026-00001/notice.pdf")
                        .with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/api/migrant-exchange/notices/MA-2026-00001/notice.pdf").with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void receivedNoticesAreRecordedOnTheirCasesOnce() throws Exception {
        mvc.perform(importAs("chunjiang.clerk", "chunjiang", csv(HEADER, FROM_HEFEI, FROM_HANGZHOU)))
                .andDo(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(
                        StandardCharsets.UTF_8)).isEqualTo(201))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.recorded[0].caseNumber").value("MA-2026-00001"))
                .andExpect(jsonPath("$.recorded[1].caseNumber").value("MC-2026-00001"));
        mvc.perform(get("/api/cases/MA-2026-00001").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(jsonPath("$.timeline[*].typeName", hasItem("收到外地通报")))
                .andExpect(jsonPath("$.timeline[*].detail", hasItem(containsString(
                        "收到安徽省合肥市瑶海区红光街道的通报（编号皖瑶通〔2026〕12号，2026-03-02）：婚育证明出具"))));
        // The same file again: nothing recorded twice.
        mvc.perform(importAs("bureau.clerk", "chunjiang", csv(HEADER, FROM_HEFEI, FROM_HANGZHOU)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.alreadyImported").value(2));
        assertThat(jdbc.queryForObject("select count(*) from case_event where event_type = 'EXCHANGE_NOTICE_RECEIVED'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aFileWithABadOrUnmatchedRowIsRefusedWholeWithEveryRowNamed() throws Exception {
        String badId = FROM_HANGZHOU.replace("浙西通2026-7", "浙西通2026-8").replace("320411199002020061",
                "320411199002020062");
        String stranger = FROM_HANGZHOU.replace("浙西通2026-7", "浙西通2026-9").replace("周敏", "李娟")
                .replace("320411199002020061", "510122199505050041");
        String wrongName = FROM_HEFEI.replace("王丽", "王莉").replace("12号", "13号");
        mvc.perform(importAs("chunjiang.clerk", "chunjiang", csv(HEADER, FROM_HEFEI, badId, stranger, wrongName)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].message", hasItem(containsString("第3行「公民身份号码」：公民身份号码校验位不正确"))))
                .andExpect(jsonPath("$.violations[*].message", hasItem(containsString("第4行「公民身份号码」：本镇（街道）（春江镇）没有该人员"))))
                .andExpect(jsonPath("$.violations[*].message", hasItem(containsString("第5行「姓名」：与案件MA-2026-00001的当事人姓名不一致"))));
        // 孟河镇 has no case of hers: the row does not match there.
        mvc.perform(importAs("menghe.clerk", "menghe", csv(HEADER, FROM_HEFEI)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message", containsString("第2行「公民身份号码」：本镇（街道）（孟河镇）没有")));
        mvc.perform(importAs("chunjiang.clerk", "chunjiang", csv("通报编号,姓名", "x,王丽")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message", containsString("第1行「通报事项」：表头缺少此列")));
        assertThat(jdbc.queryForObject("select count(*) from case_event where event_type = 'EXCHANGE_NOTICE_RECEIVED'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from migrant_exchange_import", Integer.class)).isZero();
    }

    @Test
    void onlyTheTownsClerksAndTheBureausClerksImport() throws Exception {
        mvc.perform(importAs("menghe.clerk", "chunjiang", csv(HEADER, FROM_HEFEI)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("town"));
        for (String user : new String[]{"chunjiang.head", "hr.liaison", "admin"}) {
            mvc.perform(importAs(user, "chunjiang", csv(HEADER, FROM_HEFEI))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from migrant_exchange_import", Integer.class)).isZero();
    }
}
