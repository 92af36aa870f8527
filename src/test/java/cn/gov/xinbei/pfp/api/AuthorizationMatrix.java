package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.birthregistration.Registrations;
import cn.gov.xinbei.pfp.migrantcertificate.Certificates;
import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static cn.gov.xinbei.pfp.api.AuthorizationMatrix.Role.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 7's authorization matrix, shared by both ways of signing in: {@link AuthorizationMatrixTest} (default profile,
 * users and groups in Camunda's tables, HTTP Basic for the API) and
 * {@link KeycloakAuthorizationMatrixIT} (users and groups from a real Keycloak, bearer
 * tokens for the API, a Keycloak sign-on session for the desk). Each subclass says how a role signs in.
 * Table 1: every role against every endpoint of the project's API, with the expected status (2xx or 400 = allowed,
 * the request got past the server's checks; 401/403/404 = refused). Table 2: every kind of user task (at least one
 * task per candidate group) against every role: may the role see it (engine TaskQuery) and complete it
 * (taskService.complete, rolled back; a refusal is an AuthorizationException). A town's supervisors see every task
 * of their town's cases in the Tasklist and work none of them.
 * <p>
 * Administrators: {@code admin} (group admin: users, groups, authorizations, deployments) and the break-glass
 * {@code engine.admin} (Camunda's own camunda-admin group only). In Camunda 7.24 camunda-admin bypasses no task or
 * process authorization (it unlocks the engine's admin-only commands, among them reading raw engine tables), so
 * neither sees or completes a case task, and the API refuses both every case change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationMatrix {

    static final String FIXTURE_SC = "SC-2012-00001";
    static final String FIXTURE_AE = "AE-2012-00001";
    static final String FIXTURE_MF = "MF-2012-00001";
    /** A birth registration, registered on the 2026 clock (registrations start in 2016). */
    static final String FIXTURE_BR = "BR-2026-00001";
    static final String FIXTURE_MC = "MC-2012-00001";
    /** A migrant's arrival in 春江镇 with her certificate (closed as verified), registered on the 2012 clock. */
    static final String FIXTURE_MA = "MA-2012-00001";
    static final LocalDate REGISTRATION_DAY = LocalDate.of(2026, 3, 2);

    /** The roles of the issue, each a demo user of config/demo-users.yml; the fixture cases are in 春江镇. */
    enum Role {
        TOWN_CLERK("chunjiang.clerk"), OTHER_TOWN_CLERK("menghe.clerk"), TOWN_SUPERVISOR("chunjiang.head"),
        BUREAU_CLERK("bureau.clerk"), BUREAU_SUPERVISOR("bureau.head"),
        POLICE_LIAISON("police.liaison"), FINANCE_LIAISON("finance.liaison"), HEALTH_LIAISON("health.liaison"),
        HR_LIAISON("hr.liaison"), DRUGS_LIAISON("drugs.liaison"), WOMEN_LIAISON("women.liaison"),
        ADMIN("admin"), ENGINE_ADMIN("engine.admin"), ANONYMOUS(null);

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    static final Set<Role> LIAISONS = EnumSet.of(POLICE_LIAISON, FINANCE_LIAISON, HEALTH_LIAISON, HR_LIAISON,
            DRUGS_LIAISON, WOMEN_LIAISON);
    static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    cn.gov.xinbei.pfp.supervision.SupervisionService supervisionService;

    /** The fixture cases of table 1 exist (created once, kept while no row changes cases). */
    private boolean fixturesReady;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @AfterAll
    void cleanUp() {
        deleteCases();
    }

    private void deleteCases() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        fixturesReady = false;
    }

    // ---------------------------------------------------------------- table 1: the API

    /** One endpoint: how to call it, and the expected status per role (every role listed). */
    record Endpoint(String name, Function<AuthorizationMatrix, MockHttpServletRequestBuilder> request,
                    Map<Role, Integer> expected) {
        @Override
        public String toString() {
            return name;
        }

        boolean isDeskPage() {
            return name.contains(" /desk");
        }
    }

    /** Like statuses, for desk pages: an anonymous visitor is sent to the sign-in page (302). */
    static Map<Role, Integer> deskStatuses(int forOthers, Object... roleAndStatus) {
        Map<Role, Integer> map = statuses(forOthers, roleAndStatus);
        if (!List.of(roleAndStatus).contains(ANONYMOUS)) {
            map.put(ANONYMOUS, 302);
        }
        return map;
    }

    static Map<Role, Integer> statuses(int forOthers, Object... roleAndStatus) {
        Map<Role, Integer> map = new HashMap<>();
        for (Role role : Role.values()) {
            map.put(role, role == ANONYMOUS ? 401 : forOthers);
        }
        for (int i = 0; i < roleAndStatus.length; i += 2) {
            Object key = roleAndStatus[i];
            int status = (Integer) roleAndStatus[i + 1];
            if (key instanceof Role role) {
                map.put(role, status);
            } else {
                @SuppressWarnings("unchecked") Set<Role> roles = (Set<Role>) key;
                roles.forEach(r -> map.put(r, status));
            }
        }
        return map;
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET /api/cases", t -> get("/api/cases"),
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /api/cases/{caseNumber}", t -> get("/api/cases/" + FIXTURE_SC),
                        // Another town's case is "not found": its existence is not revealed.
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /api/cases/{caseNumber}/full-id-numbers",
                        t -> get("/api/cases/" + FIXTURE_SC + "/full-id-numbers"),
                        // Only to whoever may work an open verification step of the case (the fixture has none:
                        // FullIdNumberApiTest has the police liaison's view); the answer reveals nothing.
                        statuses(404)),
                new Endpoint("POST /api/second-child/eligibility",
                        t -> t.body(post("/api/second-child/eligibility"), Applications.onlyChildCouple()),
                        // The rules are public law: any user of the organization may evaluate them; nothing is
                        // written. engine.admin is in no organization group, so the engine refuses the decision.
                        statuses(200, ENGINE_ADMIN, 403)),
                new Endpoint("POST /api/second-child/applications",
                        t -> t.body(post("/api/second-child/applications"), secondCouple()),
                        // Another town's clerk gets past the role check and is refused by the process: 400 townSlug.
                        statuses(403, TOWN_CLERK, 201, OTHER_TOWN_CLERK, 400, BUREAU_CLERK, 201)),
                new Endpoint("POST /api/birth-registration/registrations",
                        t -> {
                            CaseTestSupport.clockAt(REGISTRATION_DAY); // reset to 2012 before the next row
                            return t.body(post("/api/birth-registration/registrations"), secondRegistration());
                        },
                        // Clerks only; another town's clerk gets past the role check and is refused by the process
                        // (400 townSlug); supervisors, liaisons and administrators 403.
                        statuses(403, TOWN_CLERK, 201, OTHER_TOWN_CLERK, 400, BUREAU_CLERK, 201)),
                new Endpoint("GET /api/birth-registration/registrations/{caseNumber}",
                        t -> get("/api/birth-registration/registrations/" + FIXTURE_BR),
                        // Visible as the case is (CaseVisibility): another town's case is "not found".
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("POST /api/migrant-certificate/applications",
                        t -> t.body(post("/api/migrant-certificate/applications"), secondMigrant()),
                        // Clerks only; another town's clerk gets past the role check and is refused by the process
                        // (400 townSlug); supervisors, liaisons and administrators 403.
                        statuses(403, TOWN_CLERK, 201, OTHER_TOWN_CLERK, 400, BUREAU_CLERK, 201)),
                new Endpoint("GET /api/migrant-certificate/applications/{caseNumber}",
                        t -> get("/api/migrant-certificate/applications/" + FIXTURE_MC),
                        // Visible as the case is (CaseVisibility): another town's case is "not found".
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /api/migrant-certificate/applications/{caseNumber}/certificate.pdf",
                        t -> get("/api/migrant-certificate/applications/" + FIXTURE_MC + "/certificate.pdf"),
                        // Authorized as the case is (CaseVisibility). Allowed roles get 409: the fixture application
                        // is not decided yet (the PDFs themselves are in CertificateDocumentsTest). Another town: 404.
                        statuses(403, TOWN_CLERK, 409, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 409,
                                BUREAU_CLERK, 409, BUREAU_SUPERVISOR, 409)),
                new Endpoint("GET /api/migrant-certificate/applications/{caseNumber}/refusal.pdf",
                        t -> get("/api/migrant-certificate/applications/" + FIXTURE_MC + "/refusal.pdf"),
                        statuses(403, TOWN_CLERK, 409, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 409,
                                BUREAU_CLERK, 409, BUREAU_SUPERVISOR, 409)),
                new Endpoint("POST /api/migrant-arrival/registrations",
                        t -> t.body(post("/api/migrant-arrival/registrations"), arrivalIn2012("340104198506120022")),
                        // Clerks only; another town's clerk gets past the role check and is refused by the process
                        // (400 townSlug); supervisors, liaisons and administrators 403.
                        statuses(403, TOWN_CLERK, 201, OTHER_TOWN_CLERK, 400, BUREAU_CLERK, 201)),
                new Endpoint("GET /api/migrant-arrival/registrations", t -> get("/api/migrant-arrival/registrations"),
                        // The towns the user sees (another town's clerk: an empty page); liaisons 403.
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /api/migrant-arrival/registrations/{caseNumber}",
                        t -> get("/api/migrant-arrival/registrations/" + FIXTURE_MA),
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /api/migrant-exchange/notices.csv", t -> get("/api/migrant-exchange/notices.csv"),
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /api/migrant-exchange/notices/{caseNumber}/notice.pdf",
                        t -> get("/api/migrant-exchange/notices/" + FIXTURE_MA + "/notice.pdf"),
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("POST /api/migrant-exchange/imports",
                        t -> exchangeFile(multipart("/api/migrant-exchange/imports")),
                        // The town's clerks and the bureau's; another town's clerk is refused at the town (400).
                        statuses(403, TOWN_CLERK, 201, OTHER_TOWN_CLERK, 400, BUREAU_CLERK, 201)),
                new Endpoint("POST /api/maintenance-fee/cases",
                        t -> t.body(post("/api/maintenance-fee/cases"), secondFeeCase()),
                        statuses(403, TOWN_CLERK, 201, OTHER_TOWN_CLERK, 400, BUREAU_CLERK, 201,
                                POLICE_LIAISON, 201)),
                new Endpoint("GET /api/maintenance-fee/cases/{caseNumber}/decision.pdf",
                        t -> get("/api/maintenance-fee/cases/" + FIXTURE_MF + "/decision.pdf"),
                        // Authorized as the case is (CaseVisibility). Allowed roles get 409: the fixture case has no
                        // decision yet (the PDFs themselves are in FeeDocumentsTest). Another town's clerk: 404.
                        statuses(403, TOWN_CLERK, 409, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 409,
                                BUREAU_CLERK, 409, BUREAU_SUPERVISOR, 409)),
                new Endpoint("GET /api/maintenance-fee/cases/{caseNumber}/reminder.pdf",
                        t -> get("/api/maintenance-fee/cases/" + FIXTURE_MF + "/reminder.pdf"),
                        statuses(403, TOWN_CLERK, 409, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 409,
                                BUREAU_CLERK, 409, BUREAU_SUPERVISOR, 409)),
                new Endpoint("POST /api/assistance/cases/{caseNumber}/objections",
                        t -> t.body(post("/api/assistance/cases/" + FIXTURE_AE + "/objections"),
                                Map.of("objection", "村民反映申请人另有子女")),
                        // Allowed roles get 400: the fixture case is in review, not posted (the happy path is in
                        // CaseTimelineSourceTest). Another town's clerk: 404.
                        statuses(403, TOWN_CLERK, 400, OTHER_TOWN_CLERK, 404, BUREAU_CLERK, 400)),
                new Endpoint("POST /api/assistance/reverifications/{year}",
                        t -> post("/api/assistance/reverifications/2003"),
                        // Allowed roles get 400 for a year before the schemes: the role check comes first.
                        statuses(403, BUREAU_CLERK, 400, BUREAU_SUPERVISOR, 400)),
                new Endpoint("GET /api/assistance/reverifications/{year}",
                        t -> get("/api/assistance/reverifications/2011"),
                        statuses(403, BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /api/assistance/payouts",
                        t -> get("/api/assistance/payouts").param("year", "2012"),
                        // Finance pays, the bureau confirms; a town sees its own town's rows only.
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200, FINANCE_LIAISON, 200)),
                new Endpoint("GET /api/assistance/payouts.xlsx",
                        t -> get("/api/assistance/payouts.xlsx").param("year", "2012"),
                        statuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200, FINANCE_LIAISON, 200)),
                new Endpoint("POST /api/assistance/payouts/transfers",
                        t -> t.body(post("/api/assistance/payouts/transfers"), Map.of("year", "2012",
                                "transferReference", "新财拨〔2012〕99号", "transferredOn", "2012-03-01", "amount", 960)),
                        // Only finance transfers to the agent bank; it gets 400: the fixture list has nothing to pay
                        // (the happy path is in AssistanceListTransferApiTest).
                        statuses(403, FINANCE_LIAISON, 400)),
                new Endpoint("GET /api/assistance/payouts/transfers",
                        t -> get("/api/assistance/payouts/transfers").param("year", "2012"),
                        statuses(403, BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200, FINANCE_LIAISON, 200)),
                new Endpoint("POST /api/two-non/reports",
                        t -> t.body(post("/api/two-non/reports"), Map.of("channel", "HOTLINE", "anonymous", true,
                                "facts", "举报某诊所为孕妇做非医学需要的胎儿性别鉴定")),
                        // Reports are taken by the bureau, which leads the joint mechanism (SEED 三.3).
                        statuses(403, BUREAU_CLERK, 201)),
                new Endpoint("GET /api/two-non/cases/{caseNumber}/reporter",
                        t -> get("/api/two-non/cases/TN-2012-99999/reporter"),
                        // The reporter's identity: bureau clerks and supervisors only; for them an unknown case is 404.
                        statuses(403, BUREAU_CLERK, 404, BUREAU_SUPERVISOR, 404)),
                new Endpoint("POST /api/two-non/cases/{caseNumber}/agencies",
                        t -> t.body(post("/api/two-non/cases/TN-2012-99999/agencies"),
                                Map.of("agency", "drugs", "reason", "涉嫌违法销售终止妊娠药品")),
                        statuses(403, BUREAU_CLERK, 404)),
                new Endpoint("POST /api/two-non/cases/{caseNumber}/priority",
                        t -> t.body(post("/api/two-non/cases/TN-2012-99999/priority"), Map.of("deadline", "2012-06-30")),
                        statuses(403, BUREAU_SUPERVISOR, 404)),
                new Endpoint("GET /api/two-non/cases/{caseNumber}/holds",
                        t -> get("/api/two-non/cases/TN-2012-99999/holds"),
                        // Holds on second-child approvals (ID numbers masked): the bureau; an unknown case is 404.
                        statuses(403, BUREAU_CLERK, 404, BUREAU_SUPERVISOR, 404)),
                new Endpoint("POST /api/two-non/holds/{holdId}/lift",
                        t -> t.body(post("/api/two-non/holds/no-such-hold/lift"),
                                Map.of("reason", "经调查核实，终止妊娠系医学需要，予以解除")),
                        // Lifting a hold: bureau supervisors only (the happy path is in TwoNonHoldApiTest).
                        statuses(403, BUREAU_SUPERVISOR, 404)),
                new Endpoint("GET /api/organization", t -> get("/api/organization"), statuses(200)),
                new Endpoint("GET /api/calendar/working-days",
                        t -> get("/api/calendar/working-days").param("from", "2012-12-17").param("days", "20"),
                        statuses(200)),
                new Endpoint("GET /api/calendar/calendar-days",
                        t -> get("/api/calendar/calendar-days").param("from", "2012-09-20").param("days", "10"),
                        statuses(200)),
                new Endpoint("GET /api/calendar/days/{date}", t -> get("/api/calendar/days/2012-10-01"),
                        statuses(200)),
                new Endpoint("GET /api/docs", t -> get("/api/docs"),
                        statuses(200, ANONYMOUS, 200)),
                new Endpoint("POST /api/department-data/uploads",
                        t -> t.body(post("/api/department-data/uploads"), Map.of("kind", "BIRTH_REGISTRATION",
                                "town", "chunjiang", "month", "2012-02", "rows", List.of())),
                        // Only the kind's department sends it; other data departments are told whose it is (400).
                        statuses(403, POLICE_LIAISON, 201, HEALTH_LIAISON, 400, HR_LIAISON, 400)),
                new Endpoint("POST /api/department-data/uploads (multipart)",
                        t -> departmentFile(multipart("/api/department-data/uploads")),
                        statuses(403, POLICE_LIAISON, 201, HEALTH_LIAISON, 400, HR_LIAISON, 400)),
                new Endpoint("GET /desk/department-data", t -> get("/desk/department-data"),
                        deskStatuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200, POLICE_LIAISON, 200, HEALTH_LIAISON, 200,
                                HR_LIAISON, 200)),
                new Endpoint("POST /desk/department-data/uploads",
                        t -> departmentFile(multipart("/desk/department-data/uploads")),
                        // Success redirects to the upload's page (302); another department's kind is a 400 page.
                        deskStatuses(403, POLICE_LIAISON, 302, HEALTH_LIAISON, 400, HR_LIAISON, 400)),
                new Endpoint("GET /desk/department-data/uploads/{id}",
                        t -> get("/desk/department-data/uploads/" + t.departmentFixture()),
                        // The fixture: the police's upload for 春江镇.
                        deskStatuses(403, TOWN_CLERK, 200, TOWN_SUPERVISOR, 200, BUREAU_CLERK, 200,
                                BUREAU_SUPERVISOR, 200, POLICE_LIAISON, 200)),
                new Endpoint("GET /desk/migrant-exchange", t -> get("/desk/migrant-exchange"),
                        deskStatuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("POST /desk/migrant-exchange/imports",
                        t -> exchangeFile(multipart("/desk/migrant-exchange/imports")),
                        // Imported: back to the page (302); another town's clerk is refused at the town (400).
                        deskStatuses(403, TOWN_CLERK, 302, OTHER_TOWN_CLERK, 400, BUREAU_CLERK, 302)),
                new Endpoint("GET /desk/births", t -> get("/desk/births"),
                        deskStatuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("POST /desk/births/{birthKey}/fee-case",
                        t -> post("/desk/births/" + t.flaggedBirthFixture() + "/fee-case"),
                        // Allowed: the town's and the bureau's clerks (400: the hukou types are missing).
                        deskStatuses(403, TOWN_CLERK, 400, BUREAU_CLERK, 400)),
                new Endpoint("POST /desk/births/{birthKey}/clearance",
                        t -> post("/desk/births/" + t.flaggedBirthFixture() + "/clearance").param("note", "短"),
                        // Allowed: the town's and the bureau's clerks (400: the note is too short).
                        deskStatuses(403, TOWN_CLERK, 400, BUREAU_CLERK, 400)),
                new Endpoint("GET /api/targets/{year}/indicators",
                        t -> get("/api/targets/2012/indicators").param("town", "chunjiang"),
                        // The bureau sees any town and the district; a town's clerks and supervisors only their own.
                        statuses(403, TOWN_CLERK, 200, TOWN_SUPERVISOR, 200, BUREAU_CLERK, 200,
                                BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /desk/targets", t -> get("/desk/targets"),
                        // Without a town: the district for the bureau, the user's own town for a town's staff.
                        deskStatuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 200, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /desk/targets/{year}/report.xlsx",
                        t -> get("/desk/targets/2012/report.xlsx").param("town", "chunjiang"),
                        deskStatuses(403, TOWN_CLERK, 200, TOWN_SUPERVISOR, 200, BUREAU_CLERK, 200,
                                BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /desk/login", t -> get("/desk/login"), deskStatuses(200, ANONYMOUS, 200)),
                new Endpoint("GET /desk", t -> get("/desk"), deskStatuses(200)),
                new Endpoint("GET /desk/audit", t -> get("/desk/audit"),
                        deskStatuses(403, ADMIN, 200, BUREAU_SUPERVISOR, 200)),
                // Holiday notices: the bureau's supervisors look, only administrators publish (400: not a notice).
                new Endpoint("GET /desk/calendar", t -> get("/desk/calendar"),
                        deskStatuses(403, ADMIN, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("POST /desk/calendar/preview",
                        t -> post("/desk/calendar/preview").param("noticeText", "不是通知"),
                        deskStatuses(403, ADMIN, 400)),
                new Endpoint("POST /desk/calendar/publish",
                        t -> post("/desk/calendar/publish").param("noticeText", "不是通知"),
                        deskStatuses(403, ADMIN, 400)),
                // Configuration gaps (issue 14): administrators and the bureau's supervisors see them; only
                // administrators enter figures and a year's targets (the requests lack a source: 400, nothing written).
                new Endpoint("GET /desk/configuration-gaps", t -> get("/desk/configuration-gaps"),
                        deskStatuses(403, ADMIN, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /desk/configuration-gaps/figure", t -> get("/desk/configuration-gaps/figure")
                        .param("kind", "ASSISTANCE_RATE"), deskStatuses(403, ADMIN, 200)),
                new Endpoint("POST /desk/configuration-gaps/figure", t -> post("/desk/configuration-gaps/figure")
                        .param("kind", "ASSISTANCE_RATE").param("key", "RURAL_AWARD").param("year", "2013")
                        .param("amount", "960"), deskStatuses(403, ADMIN, 400)),
                new Endpoint("GET /api/configuration-gaps", t -> get("/api/configuration-gaps"),
                        statuses(403, ADMIN, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("POST /api/configuration-figures", t -> t.body(post("/api/configuration-figures"),
                        Map.of("kind", "ASSISTANCE_RATE", "key", "RURAL_AWARD", "year", 2013, "amount", 960)),
                        statuses(403, ADMIN, 400)),
                new Endpoint("GET /desk/targets/entry", t -> get("/desk/targets/entry").param("year", "2013"),
                        deskStatuses(403, ADMIN, 200)),
                new Endpoint("POST /desk/targets/entry", t -> post("/desk/targets/entry").param("year", "2013"),
                        deskStatuses(403, ADMIN, 400)),
                // The deadline desk: everyone in the organization within their scope (a liaison their group's
                // steps); administrators have no case scope.
                new Endpoint("GET /api/deadlines", t -> get("/api/deadlines"),
                        statuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                new Endpoint("GET /desk/deadlines", t -> get("/desk/deadlines"),
                        deskStatuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                new Endpoint("GET /desk/deadlines.xlsx", t -> get("/desk/deadlines.xlsx"),
                        deskStatuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                // The ended-steps view (ended=true): the same scope as the open view.
                new Endpoint("GET /api/deadlines (ended)", t -> get("/api/deadlines").param("ended", "true")
                        .param("from", "2012-01-01").param("to", "2012-12-31").param("step", "posting"),
                        statuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                new Endpoint("GET /desk/deadlines (ended)", t -> get("/desk/deadlines").param("ended", "true")
                        .param("from", "2012-01-01").param("to", "2012-12-31"),
                        deskStatuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                new Endpoint("GET /desk/deadlines.xlsx (ended)", t -> get("/desk/deadlines.xlsx").param("ended", "true")
                        .param("from", "2012-01-01").param("to", "2012-12-31"),
                        deskStatuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                new Endpoint("GET /desk/department-data (town, period)", t -> get("/desk/department-data")
                        .param("town", "chunjiang").param("from", "2012-01-01").param("to", "2012-06-30"),
                        // Another town's clerk asking for 春江镇: 403; the data departments read every town.
                        deskStatuses(403, TOWN_CLERK, 200, TOWN_SUPERVISOR, 200, BUREAU_CLERK, 200,
                                BUREAU_SUPERVISOR, 200, POLICE_LIAISON, 200, HEALTH_LIAISON, 200, HR_LIAISON, 200)),
                // The rows behind the assistance indicators: scope as the targets page.
                new Endpoint("GET /desk/assistance/declarations", t -> get("/desk/assistance/declarations")
                        .param("year", "2012").param("town", "chunjiang"),
                        deskStatuses(403, TOWN_CLERK, 200, TOWN_SUPERVISOR, 200, BUREAU_CLERK, 200,
                                BUREAU_SUPERVISOR, 200)),
                new Endpoint("GET /desk/assistance/payouts", t -> get("/desk/assistance/payouts")
                        .param("year", "2012").param("town", "chunjiang"),
                        deskStatuses(403, TOWN_CLERK, 200, TOWN_SUPERVISOR, 200, BUREAU_CLERK, 200,
                                BUREAU_SUPERVISOR, 200)),
                // The rows behind 流动人口管理服务率: scope as the targets page.
                new Endpoint("GET /desk/migrants/services", t -> get("/desk/migrants/services")
                        .param("year", "2012").param("town", "chunjiang"),
                        deskStatuses(403, TOWN_CLERK, 200, TOWN_SUPERVISOR, 200, BUREAU_CLERK, 200,
                                BUREAU_SUPERVISOR, 200)),
                // A case's timeline: as GET /api/cases/{caseNumber} (another town's case is not found); a liaison
                // opens only cases with a step of their department (the fixture has none: not found).
                new Endpoint("GET /desk/cases/{caseNumber}", t -> get("/desk/cases/" + FIXTURE_SC),
                        deskStatuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200, LIAISONS, 404)),
                // 案件办理: every case the user may see (a liaison the cases of their department's steps).
                new Endpoint("GET /desk/work", t -> get("/desk/work").param("q", FIXTURE_SC),
                        deskStatuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                // 督办 of the fixture case's overdue 受理申请 (chunjiang-clerk answers, chunjiang-supervisor reviews).
                new Endpoint("GET /desk/supervision", t -> get("/desk/supervision"),
                        deskStatuses(200, ADMIN, 403, ENGINE_ADMIN, 403)),
                new Endpoint("GET /desk/supervision/{id}", t -> get("/desk/supervision/" + t.fixtureSupervisionItem()),
                        // Another town's item is "not found", as are items not addressed to a liaison's group.
                        deskStatuses(403, TOWN_CLERK, 200, OTHER_TOWN_CLERK, 404, TOWN_SUPERVISOR, 200,
                                BUREAU_CLERK, 200, BUREAU_SUPERVISOR, 200, LIAISONS, 404)),
                new Endpoint("POST /desk/supervision/{id}/answer",
                        t -> post("/desk/supervision/" + t.fixtureSupervisionItem() + "/answer").param("answer", "已办"),
                        // The responsible group gets past the checks (400: the answer is too short); supervisors
                        // and the bureau read the item but cannot answer for another group.
                        deskStatuses(403, TOWN_CLERK, 400, OTHER_TOWN_CLERK, 404, LIAISONS, 404)),
                new Endpoint("POST /desk/supervision/{id}/review",
                        t -> post("/desk/supervision/" + t.fixtureSupervisionItem() + "/review")
                                .param("reviewDecision", "ACCEPT"),
                        // Only the town's supervisors review (400: the item still awaits its answer).
                        deskStatuses(403, TOWN_SUPERVISOR, 400, OTHER_TOWN_CLERK, 404, LIAISONS, 404)),
                new Endpoint("GET /desk/steps/{taskId}/extension",
                        t -> get("/desk/steps/" + t.fixtureAcceptanceTask() + "/extension"),
                        deskStatuses(403, TOWN_SUPERVISOR, 200, BUREAU_SUPERVISOR, 200)),
                new Endpoint("POST /desk/steps/{taskId}/extension",
                        t -> post("/desk/steps/" + t.fixtureAcceptanceTask() + "/extension")
                                .param("workingDays", "3").param("reason", "申请人补正材料需要时间，延长受理期限"),
                        // 受理申请 is statutory (行政许可法 art. 32): supervisors pass the role check and are refused.
                        deskStatuses(403, TOWN_SUPERVISOR, 400, BUREAU_SUPERVISOR, 400)));
    }

    Stream<Arguments> endpointByRole() {
        return endpoints().stream().flatMap(e -> roles().stream().map(r -> Arguments.of(e, r)));
    }

    /** The roles this way of signing in knows. */
    protected Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    /** The request as the role sends it: signed in (or not) the way this profile signs users in. */
    protected abstract MockHttpServletRequestBuilder signIn(MockHttpServletRequestBuilder request, Endpoint endpoint,
                                                            Role role) throws Exception;

    /** The status the role must get; a subclass overrides it only where its sign-in differs, with the reason. */
    protected int expectedStatus(Endpoint endpoint, Role role) {
        return endpoint.expected().get(role);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointByRole")
    void apiMatrix(Endpoint endpoint, Role role) throws Exception {
        if (!fixturesReady) {
            createFixtureCases();
            fixturesReady = true;
        }
        MockHttpServletRequestBuilder request = signIn(endpoint.request().apply(this), endpoint, role);
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (status == 201) {
            deleteCases(); // a case was registered: the next row starts from fresh fixtures
        }
        assertThat(status).as("%s as %s", endpoint.name(), role).isEqualTo(expectedStatus(endpoint, role));
    }

    private void createFixtureCases() {
        runtimeService.startProcessInstanceByKey("secondChildApproval", new HashMap<>(Applications.onlyChildCouple()));
        runtimeService.startProcessInstanceByKey("assistanceEligibility",
                new HashMap<>(AssistanceApplications.ruralAward()));
        runtimeService.startProcessInstanceByKey("socialMaintenanceFee", new HashMap<>(FeeReports.oneExtraChild()));
        startBirthRegistration();
        startMigrantCertificate();
        runtimeService.startProcessInstanceByKey("migrantArrival", new HashMap<>(arrivalIn2012("340104199203150026")));
        jdbc.update("insert into assistance_reverification_run (verification_year, total, started, status,"
                + " started_by, started_at) values (2011, 0, 0, 'DONE', 'bureau.clerk', CURRENT_TIMESTAMP)");
        // 受理申请 of the fixture case was due on 2012-03-08: escalate it (a 督办 item for 春江镇).
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 9));
        supervisionService.escalateOverdueSteps();
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    String fixtureSupervisionItem() {
        return jdbc.queryForObject("select id from supervision_item where case_number = ?", String.class, FIXTURE_SC);
    }

    String fixtureAcceptanceTask() {
        return taskService.createTaskQuery().processInstanceBusinessKey(FIXTURE_SC)
                .taskDefinitionKey("Task_AcceptApplication").singleResult().getId();
    }

    /** A police birth-registration file with its header only (a month without births) for 春江镇, February 2012. */
    static MockHttpServletRequestBuilder departmentFile(
            org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request) {
        byte[] csv = "出生日期,婴儿姓名,婴儿性别,婴儿公民身份号码,孩次,母亲姓名,母亲公民身份号码\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return request.file(new org.springframework.mock.web.MockMultipartFile("file", "births.csv", "text/csv", csv))
                .param("kind", "BIRTH_REGISTRATION").param("town", "chunjiang").param("month", "2012-02");
    }

    static final String FIXTURE_UPLOAD = "fixture-upload";
    static final String FIXTURE_BIRTH = "fixture-birth";

    /** A police upload for 春江镇 (February 2012) with one unmatched second birth, written once; its id. */
    String departmentFixture() {
        if (jdbc.queryForObject("select count(*) from department_upload where id = ?", Integer.class, FIXTURE_UPLOAD) == 0) {
            jdbc.update("insert into department_upload (id, department, record_kind, town_slug, period_month,"
                    + " content_sha256, channel, uploaded_by, uploaded_at, accepted_rows, duplicate_rows, rejected_rows)"
                    + " values (?, 'police', 'BIRTH_REGISTRATION', 'chunjiang', '2012-02', 'fixture', 'API',"
                    + " 'police.liaison', CURRENT_TIMESTAMP, 1, 0, 0)", FIXTURE_UPLOAD);
            jdbc.update("insert into department_record (id, upload_id, record_kind, town_slug, period_month, line_number,"
                    + " event_date, subject_name, subject_id_number, subject_id_masked, child_sex, birth_order, record_key)"
                    + " values ('fixture-record', ?, 'BIRTH_REGISTRATION', 'chunjiang', '2012-02', 2, '2012-02-20', '周敏',"
                    + " '320411199002020061', '320411********0061', 'MALE', 2, 'fixture-key')", FIXTURE_UPLOAD);
            jdbc.update("insert into birth_check (birth_key, town_slug, first_record_id, mother_name, mother_id_number,"
                    + " mother_id_masked, birth_date, child_sex, birth_order, outcome, flag_status, checked_at)"
                    + " values (?, 'chunjiang', 'fixture-record', '周敏', '320411199002020061', '320411********0061',"
                    + " '2012-02-20', 'MALE', 2, 'UNMATCHED', 'OPEN', CURRENT_TIMESTAMP)", FIXTURE_BIRTH);
        }
        return FIXTURE_UPLOAD;
    }

    String flaggedBirthFixture() {
        departmentFixture();
        return FIXTURE_BIRTH;
    }

    private MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, Map<String, Object> body) {
        try {
            return request.contentType("application/json").content(json.writeValueAsBytes(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another couple than the fixture's, so a permitted registration is not a duplicate. */
    static Map<String, Object> secondCouple() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("wifeIdNumber", "320411198506120045");
        v.put("husbandIdNumber", "32041119830203003X");
        return v;
    }

    /** Another couple than the birth-registration fixture's, so a permitted registration is not a duplicate. */
    static Map<String, Object> secondRegistration() {
        Map<String, Object> v = Registrations.secondChildBeforeBirth();
        v.put("wifeIdNumber", "320411198506120045");
        v.put("husbandIdNumber", "32041119830203003X");
        v.put("birthOrder", 2);
        return v;
    }

    /** A migrant certificate application of 春江镇 dated on the matrix's clock (2012-03-01). */
    static Map<String, Object> migrantIn2012() {
        Map<String, Object> v = Certificates.marriedWomanLeavingForAnotherProvince();
        v.put("applicationDate", "2012-03-01");
        v.put("departureDate", "2012-03-15");
        v.put("marriageDate", "2011-10-01");
        return v;
    }

    /** Another woman than the fixture's, so a permitted application is not a duplicate. */
    static Map<String, Object> secondMigrant() {
        Map<String, Object> v = migrantIn2012();
        v.put("applicantIdNumber", "320411198506120045");
        v.put("spouseIdNumber", "32041119830203003X");
        return v;
    }

    /** A migrant registered in 春江镇 with her certificate on the matrix's clock (2012-03-01). */
    static Map<String, Object> arrivalIn2012(String idNumber) {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("registrationDate", "2012-03-01");
        v.put("arrivalDate", "2012-02-20");
        v.put("migrantName", "王丽");
        v.put("migrantIdNumber", idNumber);
        v.put("hukouPlace", "安徽省合肥市瑶海区");
        v.put("residenceAddress", "春江镇圩塘村8号");
        v.put("certificatePresented", true);
        v.put("certificateIssuer", "合肥市瑶海区红光街道");
        v.put("certificateNumber", "皖流婚〔2012〕0456号");
        v.put("servicesInformed", true);
        return v;
    }

    /** Hefei's notice on the fixture arrival, for 春江镇. */
    static MockHttpServletRequestBuilder exchangeFile(
            org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request) {
        byte[] csv = ("通报编号,通报事项,通报日期,发出地,接收地,姓名,公民身份号码,婚育证明编号,通报内容\n"
                + "皖瑶通〔2012〕3号,婚育证明出具,2012-03-01,安徽省合肥市瑶海区红光街道,,王丽,340104199203150026,,证明属实\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return request.file(new org.springframework.mock.web.MockMultipartFile("file", "notices.csv", "text/csv", csv))
                .param("town", "chunjiang");
    }

    static Map<String, Object> secondFeeCase() {
        Map<String, Object> v = FeeReports.nonMaritalBirth();
        v.put("childIdNumber", "M320007777");
        v.put("childBirthDate", "2012-02-20");
        return v;
    }

    // ---------------------------------------------------------------- table 2: the tasks

    /** A user task of a process, driven to from a fresh case; the roles that may see and complete it. */
    record TaskKind(String name, String taskKey, Function<AuthorizationMatrix, String> driveToTask,
                    Set<Role> see, Set<Role> complete) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(List.of(roles));
    }

    static List<TaskKind> taskKinds() {
        return List.of(
                new TaskKind("second child: town accepts", "Task_AcceptApplication",
                        t -> t.startSecondChild(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(TOWN_CLERK)),
                new TaskKind("second child: bureau decides", "Task_DistrictDecision",
                        t -> t.secondChildAtDecision(), roles(BUREAU_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(BUREAU_CLERK)),
                new TaskKind("second child: head approves the extension", "Task_ApproveExtension",
                        t -> t.secondChildAtExtension(), roles(BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(BUREAU_SUPERVISOR)),
                new TaskKind("birth registration: the town registers", "Task_TownRegistration",
                        t -> t.startBirthRegistration(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR),
                        roles(TOWN_CLERK)),
                new TaskKind("migrant certificate: the hukou town issues", "Task_TownIssue",
                        t -> t.startMigrantCertificate(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR),
                        roles(TOWN_CLERK)),
                new TaskKind("migrant arrival: the town follows up a missing certificate", "Task_FollowUp",
                        t -> t.migrantArrivalAtFollowUp(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR),
                        roles(TOWN_CLERK)),
                new TaskKind("migrant arrival: the town criticises and educates after the 3 months", "Task_Admonish",
                        t -> t.migrantArrivalAtAdmonish(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR),
                        roles(TOWN_CLERK)),
                new TaskKind("migrant arrival: the town checks an HR station's report", "Task_CompleteHrRegistration",
                        t -> t.migrantArrivalReportedByHr(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR),
                        roles(TOWN_CLERK)),
                new TaskKind("assistance: village review at the town", "Task_VillageReview",
                        t -> t.startAssistance(AssistanceApplications.ruralAward()),
                        roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(TOWN_CLERK)),
                new TaskKind("assistance: police check the hukou", "Task_PoliceCheck",
                        t -> t.assistancePastPostings(AssistanceApplications.ruralAward()),
                        roles(POLICE_LIAISON, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(POLICE_LIAISON)),
                new TaskKind("assistance: HR confirm the retirement", "Task_HrCheck",
                        t -> t.assistancePastPostings(AssistanceApplications.retiree()),
                        roles(HR_LIAISON, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(HR_LIAISON)),
                new TaskKind("assistance: bureau confirms", "Task_BureauConfirmation",
                        t -> t.assistanceAtBureau(), roles(BUREAU_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(BUREAU_CLERK)),
                new TaskKind("assistance: finance records the transfer", "Task_RecordTransfer",
                        t -> t.assistanceAtFinance(), roles(FINANCE_LIAISON, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(FINANCE_LIAISON)),
                new TaskKind("maintenance fee: town confirms the case", "Task_ConfirmCase",
                        t -> t.startFeeCase(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR), roles(TOWN_CLERK)),
                new TaskKind("supervision: the responsible group answers", "Task_AnswerSupervision",
                        t -> t.supervisionOfOverdueAcceptance(), roles(TOWN_CLERK, BUREAU_SUPERVISOR, TOWN_SUPERVISOR),
                        roles(TOWN_CLERK)),
                new TaskKind("supervision: the town's head reviews the answer", "Task_ReviewSupervision",
                        t -> t.supervisionAtReview(), roles(TOWN_SUPERVISOR, BUREAU_SUPERVISOR),
                        roles(TOWN_SUPERVISOR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskKinds")
    void taskMatrix(TaskKind kind) {
        deleteCases();
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        String processInstance = kind.driveToTask().apply(this);
        Task task = taskService.createTaskQuery().processInstanceId(processInstance).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(kind.taskKey());

        SoftAssertions softly = new SoftAssertions();
        List<String> matrix = new ArrayList<>();
        // Anonymous callers never reach the engine (the API and /engine-rest answer 401, the webapps a sign-in page).
        for (Role role : EnumSet.copyOf(roles()).stream().filter(SIGNED_IN::contains).toList()) {
            List<String> groups = identityService.createGroupQuery().groupMember(role.user).list().stream()
                    .map(Group::getId).toList();
            identityService.setAuthentication(role.user, groups);
            try {
                boolean sees = taskService.createTaskQuery().taskId(task.getId()).count() == 1;
                boolean completes = mayComplete(task.getId());
                matrix.add("%-18s see=%-5s complete=%s".formatted(role, sees, completes));
                softly.assertThat(sees).as("%s sees %s", role, kind.taskKey()).isEqualTo(kind.see().contains(role));
                softly.assertThat(completes).as("%s completes %s", role, kind.taskKey())
                        .isEqualTo(kind.complete().contains(role));
            } finally {
                identityService.clearAuthentication();
            }
        }
        System.out.println(kind.name() + " (" + kind.taskKey() + ")\n  " + String.join("\n  ", matrix));
        softly.assertAll();
    }

    /**
     * Completes the task as the current engine user inside a transaction that is always rolled back: an
     * AuthorizationException means refused; success, or a refusal of the (empty) input, means allowed.
     */
    private boolean mayComplete(String taskId) {
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                taskService.complete(taskId);
            });
            return true;
        } catch (AuthorizationException e) {
            return false;
        } catch (RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof AuthorizationException) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------- driving cases (as the system, no user)

    String startSecondChild() {
        return runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getId();
    }

    String secondChildAtDecision() {
        String instance = startSecondChild();
        complete(instance, Map.of("acceptanceDecision", "ACCEPT"));
        complete(instance, Map.of("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        return instance;
    }

    String secondChildAtExtension() {
        String instance = secondChildAtDecision();
        complete(instance, Map.of("decision", "REQUEST_EXTENSION", "decisionReason", "需向外省核实男方婚育情况"));
        return instance;
    }

    /** A birth registration in 春江镇, registered on the 2026 clock; the clock goes back to 2012 afterwards. */
    String startBirthRegistration() {
        CaseTestSupport.clockAt(REGISTRATION_DAY);
        try {
            return runtimeService.startProcessInstanceByKey("birthRegistration",
                    new HashMap<>(Registrations.secondChildBeforeBirth())).getId();
        } finally {
            CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        }
    }

    /** A 婚育证明 application in 春江镇 on the 2012 clock. */
    String startMigrantCertificate() {
        return runtimeService.startProcessInstanceByKey("migrantCertificate", new HashMap<>(migrantIn2012())).getId();
    }

    /** A migrant registered in 春江镇 without a certificate, past the 30 days (the timer fired): the town's follow-up. */
    String migrantArrivalAtFollowUp() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("registrationDate", "2012-03-01");
        v.put("arrivalDate", "2012-02-20");
        v.put("migrantName", "王丽");
        v.put("migrantIdNumber", "340104199203150026");
        v.put("hukouPlace", "安徽省合肥市瑶海区");
        v.put("residenceAddress", "春江镇圩塘村8号");
        v.put("certificatePresented", false);
        v.put("servicesInformed", true);
        String instance = runtimeService.startProcessInstanceByKey("migrantArrival", v).getId();
        var managementService = processEngine.getManagementService();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        return instance;
    }

    /** The same migrant notified to obtain a certificate within 3 months, past them (art. 23): 批评教育. */
    String migrantArrivalAtAdmonish() {
        String instance = migrantArrivalAtFollowUp();
        complete(instance, Map.of("followUpOutcome", "NOTIFIED"));
        var managementService = processEngine.getManagementService();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        return instance;
    }

    /** A hired worker of 春江镇 reported by the HR station: the system's start, as an accepted upload makes it. */
    String migrantArrivalReportedByHr() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("hrCheckDate", "2012-02-20");
        v.put("migrantName", "王丽");
        v.put("migrantIdNumber", "340104199203150026");
        v.put("employer", "常州龙城电子有限公司");
        v.put("certificatePresented", false);
        v.put("departmentRecordId", "matrix-record");
        v.put("hrReportedBy", "hr.liaison");
        return runtimeService.startProcessInstanceByMessage("migrantArrivalHrReport", v).getId();
    }

    String startAssistance(Map<String, Object> application) {
        return runtimeService.startProcessInstanceByKey("assistanceEligibility", new HashMap<>(application)).getId();
    }

    String assistancePastPostings(Map<String, Object> application) {
        return AssistanceCases.pastPostings(processEngine, application).getId();
    }

    String assistanceAtBureau() {
        String instance = assistancePastPostings(AssistanceApplications.ruralAward());
        complete(instance, Map.of("confirmedApplicantHukou", "AGRICULTURAL", "confirmedSpouseHukou", "AGRICULTURAL",
                "hukouCertificateNumber", "春派证〔2012〕31号"));
        return instance;
    }

    String assistanceAtFinance() {
        String instance = assistanceAtBureau();
        complete(instance, Map.of("bureauDecision", "CONFIRM"));
        return instance;
    }

    String startFeeCase() {
        return runtimeService.startProcessInstanceByKey("socialMaintenanceFee",
                new HashMap<>(FeeReports.oneExtraChild())).getId();
    }

    String supervisionOfOverdueAcceptance() {
        startSecondChild();
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 9));
        supervisionService.escalateOverdueSteps();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("caseSupervision").singleResult()
                .getId();
    }

    String supervisionAtReview() {
        String instance = supervisionOfOverdueAcceptance();
        complete(instance, Map.of("answer", "材料已补齐，经办人休假致逾期，今日起专人办理"));
        return instance;
    }

    private void complete(String processInstance, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstance).singleResult();
        taskService.complete(task.getId(), variables);
    }
}
