package cn.gov.xinbei.pfp.security;

import org.springframework.test.context.ActiveProfiles;

/**
 * The attack suite ({@link AttackSuite}) in the default profile: HTTP Basic for /api and /engine-rest, the desk's own
 * login form, the Camunda webapps' own login; every generated value is sent.
 */
@ActiveProfiles("test")
class AttackSuiteIT extends AttackSuite {

    @Override
    protected SignIn signIn() {
        return new AttackClient.Basic();
    }
}
