package cn.gov.xinbei.pfp.security.keycloak;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationIdentityProviderFactoryTest {

    private static User user(String first, String last) {
        UserEntity user = new UserEntity("bureau.head");
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail("bureau.head@xinbei.example");
        return user;
    }

    @Test
    void aChineseNameIsShownWholeFamilyNameFirst() {
        User shown = OrganizationIdentityProviderFactory.chineseOrder(user("志强", "刘"));
        assertThat(shown.getFirstName() + " " + shown.getLastName()).isEqualTo("刘志强 ");
        assertThat(shown.getId()).isEqualTo("bureau.head");
        assertThat(shown.getEmail()).isEqualTo("bureau.head@xinbei.example");
    }

    @Test
    void otherNamesAndIncompleteNamesAreLeftAsKeycloakHasThem() {
        User latin = user("Wei", "Zhang");
        assertThat(OrganizationIdentityProviderFactory.chineseOrder(latin)).isSameAs(latin);
        User mixed = user("Wei", "张");
        assertThat(OrganizationIdentityProviderFactory.chineseOrder(mixed)).isSameAs(mixed);
        User noFamilyName = user("系统管理员", null);
        assertThat(OrganizationIdentityProviderFactory.chineseOrder(noFamilyName)).isSameAs(noFamilyName);
    }
}
