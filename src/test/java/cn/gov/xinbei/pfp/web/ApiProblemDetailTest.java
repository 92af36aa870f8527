package cn.gov.xinbei.pfp.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error of /api is an RFC 9457 problem ({@code application/problem+json}) with the fields clients read
 * ({@code code}, {@code message}, {@code violations}) next to {@code status}, {@code title} and {@code detail}; in
 * Chinese, never a class name or a stack trace. Also when the failure reaches /error (an upload over the limit).
 */
// A small upload limit, so that the refused request is read whole (a refused 10MB body is cut off by the server).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.servlet.multipart.max-file-size=1KB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ApiProblemDetailTest.Failing.class)
class ApiProblemDetailTest {

    /** An API endpoint failing unexpectedly, with a message that must not reach the client. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/organization/test-only-failure")
        String fail() {
            throw new IllegalStateException("Secret internal detail at cn.gov.xinbei.pfp.Internal");
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    @Test
    void aValidationErrorIsAProblemWithItsViolations() throws Exception {
        problem(mvc.perform(post("/api/birth-registration/registrations").with(httpBasic("chunjiang.clerk", "demo"))
                .contentType("application/json").content("{}")), 400, "INVALID_INPUT")
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value("输入有误，请按提示修改后重新提交"))
                .andExpect(jsonPath("$.message").value("输入有误，请按提示修改后重新提交"))
                .andExpect(jsonPath("$.violations[*].field", hasItem("wifeIdNumber")))
                .andExpect(jsonPath("$.violations[0].message", not(emptyString())));
    }

    @Test
    void aForbiddenCallIsAProblem() throws Exception {
        problem(mvc.perform(get("/api/assistance/payouts/transfers").param("year", "2012")
                .with(httpBasic("chunjiang.clerk", "demo"))), 403, "FORBIDDEN")
                .andExpect(jsonPath("$.title").value("无权访问"))
                .andExpect(jsonPath("$.message").value("无权进行此操作"))
                .andExpect(jsonPath("$.violations").isEmpty());
    }

    @Test
    void anUnknownCaseAndAnUnknownAddressAreProblems() throws Exception {
        problem(mvc.perform(get("/api/cases/SC-2012-99999").with(httpBasic("bureau.head", "demo"))), 404, "NOT_FOUND")
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.instance").value("/api/cases/SC-2012-99999"));
    }

    /** No controller answers: the server's /error does, for /api with the same problem (a real request). */
    @Test
    void anUnknownAddressIsAProblemFromTheErrorPage() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/no-such-thing"))
                .header("Authorization", basic("bureau.head")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.body())
                .startsWith("application/problem+json");
        Map<String, Object> problem = json.readValue(answer.body(), new com.fasterxml.jackson.core.type.TypeReference<>() { });
        assertThat(problem).containsEntry("status", 404).containsEntry("code", "NOT_FOUND")
                .containsEntry("title", "未找到").containsEntry("message", "请求的地址不存在")
                .containsEntry("detail", "请求的地址不存在").containsEntry("instance", "/api/no-such-thing")
                .containsEntry("violations", java.util.List.of());
    }

    @Test
    void anUnauthenticatedCallIsAProblem() throws Exception {
        problem(mvc.perform(get("/api/cases")), 401, "UNAUTHORIZED")
                .andExpect(jsonPath("$.message").value("请先登录"));
    }

    @Test
    void anUnexpectedFailureSaysSomethingGenericInChinese() throws Exception {
        String body = problem(mvc.perform(get("/api/organization/test-only-failure")
                .with(httpBasic("bureau.head", "demo"))), 500, "INTERNAL_ERROR")
                .andExpect(jsonPath("$.title").value("系统内部错误"))
                .andExpect(jsonPath("$.message").value("系统内部错误，请稍后重试或联系管理员"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("IllegalStateException", "Secret", "cn.gov", "Exception", "at ");
    }

    /** A real request: the part above spring.servlet.multipart.max-file-size (config/web.yml; 1KB here) is refused. */
    @Test
    void anUploadOverTheLimitIs413InChinese() throws Exception {
        byte[] file = new byte[4 * 1024];
        Arrays.fill(file, (byte) 'a');
        String boundary = "----limit" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nBIRTH\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/department-data/uploads"))
                .header("Authorization", basic("police.liaison"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.headers() + answer.body())
                .startsWith("application/problem+json");
        Map<String, Object> problem = json.readValue(answer.body(), new com.fasterxml.jackson.core.type.TypeReference<>() { });
        assertThat(problem.get("status")).isEqualTo(413);
        assertThat(problem.get("code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(problem.get("title")).isEqualTo("请求内容过大");
        assertThat((String) problem.get("message")).isEqualTo("上传的文件过大，不能超过1KB").isEqualTo(problem.get("detail"));
        assertThat(answer.body()).doesNotContain("Exception");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static ResultActions problem(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(jsonPath("$.title").exists())
                .andExpect(jsonPath("$.message").value(not(containsString("Exception"))));
    }
}
