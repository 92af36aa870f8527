package cn.gov.xinbei.pfp.organization;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class UserScopeTest {

    private static final LocalDate FROM = LocalDate.of(2002, 1, 1);

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final UserScope scope = new UserScope(new Organization(new OrganizationProperties(
            new OrganizationProperties.District("320411", "新北区"),
            List.of(new Town("chunjiang", "320411100", "春江镇", Town.Kind.TOWN, FROM, null),
                    new Town("menghe", "320411101", "孟河镇", Town.Kind.TOWN, FROM, null)),
            List.of(new Department("bureau", "区人口和计划生育局", ""), new Department("police", "公安分局", ""),
                    new Department("finance", "财政局", "")),
            List.of())), identity);

    @Test
    void theBureausStaffSeeEveryTown() {
        Reach reach = scope.of(List.of("bureau-supervisor"));

        assertThat(reach.bureauWide()).isTrue();
        assertThat(reach.seesTowns()).isTrue();
        assertThat(reach.coversTown("menghe")).isTrue();
        assertThat(UserScope.isBureauStaff(List.of("bureau-clerk"))).isTrue();
    }

    @Test
    void aTownsClerksAndSupervisorsSeeTheirTownOnly() {
        Reach reach = scope.of(List.of("menghe-supervisor", "chunjiang-clerk"));

        assertThat(reach.bureauWide()).isFalse();
        assertThat(reach.towns()).containsExactly("menghe", "chunjiang");
        assertThat(reach.coversTown("chunjiang")).isTrue();
        assertThat(scope.of(List.of("chunjiang-clerk")).coversTown("menghe")).isFalse();
        assertThat(UserScope.isBureauStaff(List.of("chunjiang-supervisor"))).isFalse();
    }

    @Test
    void aLiaisonReachesTheirDepartmentAndNoTown() {
        Reach reach = scope.of(List.of("police-liaison"));

        assertThat(reach.departments()).containsExactly("police");
        assertThat(reach.isLiaisonOf("police")).isTrue();
        assertThat(reach.isLiaisonOf("finance")).isFalse();
        assertThat(reach.seesTowns()).isFalse();
        assertThat(reach.isNone()).isFalse();
    }

    @Test
    void kindsCombine() {
        Reach reach = scope.of(List.of("chunjiang-clerk", "finance-liaison"));

        assertThat(reach.towns()).containsExactly("chunjiang");
        assertThat(reach.departments()).containsExactly("finance");
    }

    @Test
    void administratorsAndUsersInNoGroupReachNothing() {
        assertThat(scope.of(List.of("admin")).isNone()).isTrue();
        assertThat(scope.of(List.of()).isNone()).isTrue();
        assertThat(scope.of(List.of("unknown-clerk")).isNone()).isTrue();
    }

    @Test
    void rolesFollowTheGroups() {
        assertThat(UserScope.isAdministrator(List.of("admin"))).isTrue();
        assertThat(UserScope.isAdministrator(List.of("bureau-supervisor"))).isFalse();
        assertThat(UserScope.isAdministratorOrBureauSupervisor(List.of("bureau-supervisor"))).isTrue();
        assertThat(UserScope.isAdministratorOrBureauSupervisor(List.of("bureau-clerk"))).isFalse();
        assertThat(UserScope.worksCases(List.of("police-liaison"))).isTrue();
        assertThat(UserScope.worksCases(List.of("menghe-supervisor", "admin"))).isFalse();
        assertThat(UserScope.isClerk(List.of("menghe-clerk"))).isTrue();
        assertThat(UserScope.isClerk(List.of("police-liaison"))).isFalse();
    }

    @Test
    void theBureauRegistersCasesOfEveryTownAndATownsClerksOfTheirOwnOnly() {
        assertThat(UserScope.registersIn(List.of("bureau-clerk"), "menghe")).isTrue();
        assertThat(UserScope.registersIn(List.of("bureau-supervisor"), "chunjiang")).isTrue();
        assertThat(UserScope.registersIn(List.of("chunjiang-clerk"), "chunjiang")).isTrue();
        assertThat(UserScope.registersIn(List.of("chunjiang-clerk"), "menghe")).isFalse();
        assertThat(UserScope.registersIn(List.of("menghe-supervisor"), "menghe")).isFalse();
        assertThat(UserScope.registersIn(List.of("police-liaison"), "chunjiang")).isFalse();
    }

    /** A desk session (form or Keycloak sign-in) carries no groups: they are read from the identity service. */
    @Test
    void theGroupsOfAnAuthenticationComeFromTheIdentityService() {
        groupsInIdentityService("li.clerk", "chunjiang-clerk", "finance-liaison");
        Authentication session = UsernamePasswordAuthenticationToken.authenticated("li.clerk", null,
                AuthorityUtils.createAuthorityList("ROLE_USER"));

        assertThat(scope.groupsOf(session)).containsExactly("chunjiang-clerk", "finance-liaison");
        assertThat(scope.of(session).towns()).containsExactly("chunjiang");
        assertThat(scope.isLiaisonOf(session, "finance")).isTrue();
        assertThat(scope.isClerk(session)).isTrue();
        assertThat(scope.isAdministrator(session)).isFalse();
    }

    @Test
    void anonymousUsersHaveNoGroups() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(scope.groupsOf(anonymous)).isEmpty();
        assertThat(scope.groupsOf(null)).isEmpty();
        assertThat(scope.isBureauStaff(anonymous)).isFalse();
    }

    private void groupsInIdentityService(String user, String... groupIds) {
        List<Group> groups = Arrays.stream(groupIds).map(id -> {
            Group group = mock(Group.class);
            when(group.getId()).thenReturn(id);
            return group;
        }).toList();
        when(identity.createGroupQuery().groupMember(user).list()).thenReturn(groups);
    }
}
