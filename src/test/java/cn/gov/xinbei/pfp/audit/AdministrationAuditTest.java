package cn.gov.xinbei.pfp.audit;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Changes to users and authorizations are kept with who made them, and shown to administrators and supervisors. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdministrationAuditTest {

    @Autowired
    ProcessEngineConfiguration engineConfiguration;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    MockMvc mvc;

    private String authorizationId;
    private String userId;

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        if (authorizationId != null) {
            authorizationService.deleteAuthorization(authorizationId);
        }
        if (userId != null) {
            identityService.deleteUser(userId);
        }
        historyService.createUserOperationLogQuery().list()
                .forEach(e -> historyService.deleteUserOperationLogEntry(e.getId()));
    }

    @Test
    void engineRunsAtAuditLevelWithTheOperationLog() {
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engineConfiguration)
                .getHistoryLevel().getName()).isEqualTo(AuditHistoryLevel.NAME);
    }

    @Test
    void administratorGrantingAPermissionAndCreatingAUserIsLoggedWithTheAdministratorsName() throws Exception {
        identityService.setAuthentication("admin", List.of("admin"));
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("menghe-clerk");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("twoNonJointCase");
        grant.addPermission(Permissions.READ);
        authorizationId = authorizationService.saveAuthorization(grant).getId();
        User newUser = identityService.newUser("menghe.clerk2");
        newUser.setFirstName("新");
        newUser.setLastName("经办");
        newUser.setPassword("demo-password");
        identityService.saveUser(newUser);
        userId = newUser.getId();
        identityService.clearAuthentication();

        List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery()
                .categoryIn(UserOperationLogEntry.CATEGORY_ADMIN).list();
        assertThat(log).extracting(UserOperationLogEntry::getUserId).containsOnly("admin");
        assertThat(log).extracting(UserOperationLogEntry::getEntityType).contains("Authorization", "User");
        assertThat(log).filteredOn(e -> "resourceId".equals(e.getProperty()))
                .extracting(UserOperationLogEntry::getNewValue).containsExactly("twoNonJointCase");

        String page = mvc.perform(get("/desk/audit").with(user("bureau.head"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("管理操作日志", "系统管理员", "新建", "权限", "twoNonJointCase", "用户", "menghe.clerk2");
        // The password never reaches the log or the page.
        assertThat(page).doesNotContain("demo-password");
    }

    @Test
    void clerksAndLiaisonsCannotReadTheAdministrationLog() throws Exception {
        mvc.perform(get("/desk/audit").with(user("bureau.clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/audit").with(user("police.liaison"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/audit").with(user("admin"))).andExpect(status().isOk());
    }
}
