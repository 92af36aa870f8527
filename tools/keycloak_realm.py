"""Generates the two Keycloak realms from config/organization.yml and config/demo-users.yml, so the groups in
Keycloak are exactly the Camunda candidate groups of the processes. Run: python3 tools/keycloak_realm.py (needs PyYAML).

config/keycloak/xinbei-realm.json is for development and tests only: demo users with the password "demo", demo
client secrets (overridable through environment variables when Keycloak imports the file) and test clients that
allow the password grant.

config/keycloak/xinbei-realm-production.json is the starting point of a real realm: the same groups and the two
clients of the application, no users (Keycloak's administrators create them and put them into groups), no test
clients, no secrets (Keycloak generates them on import; they are copied from Keycloak into the application's
environment), HTTPS required for every address, a password policy and the application's public address
${XINBEI_PUBLIC_URL} (replaced by Keycloak from its environment on import) as the only redirect target.
"""
import json
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "config", "keycloak", "xinbei-realm.json")
OUT_PRODUCTION = os.path.join(ROOT, "config", "keycloak", "xinbei-realm-production.json")

REALM = "xinbei"
API_AUDIENCE = "xinbei-pfp-api"
# Loopback redirect URIs: Keycloak ignores the port of http://localhost and http://127.0.0.1 when matching
# (RFC 8252 loopback rule), so the app may run on any port, as the tests do.
LOCAL_URIS = ["http://localhost/*", "http://127.0.0.1/*"]
# The production realm's only redirect target: the application's public HTTPS address, from Keycloak's environment.
PUBLIC_URL = "${XINBEI_PUBLIC_URL}"
# Not from the domain reference: the bureau's IT security rules decide; a documented starting point.
PRODUCTION_PASSWORD_POLICY = ("length(12) and upperCase(1) and lowerCase(1) and digits(1) and notUsername"
                              " and passwordHistory(5)")


def load(name):
    with open(os.path.join(ROOT, "config", name), encoding="utf-8") as f:
        return yaml.safe_load(f)


def organization_groups(org):
    """Same order and ids as Organization.allGroups() in Java."""
    groups = []
    for town in org["towns"]:
        groups.append((f"{town['slug']}-clerk", town["name"] + "经办人"))
        groups.append((f"{town['slug']}-supervisor", town["name"] + "负责人"))
    bureau = next(d for d in org["departments"] if d["slug"] == "bureau")
    groups.append(("bureau-clerk", bureau["name"] + "经办人"))
    groups.append(("bureau-supervisor", bureau["name"] + "负责人"))
    for d in org["departments"]:
        if d["slug"] != "bureau":
            groups.append((f"{d['slug']}-liaison", d["name"] + "联络员"))
    groups.append(("admin", "系统管理员"))
    return groups


def audience_mapper():
    return {
        "name": "api-audience",
        "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper",
        "config": {
            "included.custom.audience": API_AUDIENCE,
            "access.token.claim": "true",
            "id.token.claim": "false",
            "introspection.token.claim": "true",
        },
    }


def demo_realm_users(demo_users, group_ids):
    users = []
    for u in demo_users:
        # camunda-admin is Camunda's own group in its database, never a Keycloak group: its break-glass user stays out.
        if u["groups"] == ["camunda-admin"]:
            continue
        for g in u["groups"]:
            if g not in group_ids:
                raise SystemExit(f"demo user {u['id']} names unknown group {g}")
        name = u["name"]
        users.append({
            "username": u["id"],
            "enabled": True,
            "email": f"{u['id']}@xinbei.example",
            "emailVerified": True,
            # Chinese names: family name first (one character for every demo name).
            "lastName": name[0],
            "firstName": name[1:] or name,
            "credentials": [{"type": "password", "value": "demo", "temporary": False}],
            "requiredActions": [],
            "groups": [f"/{g}" for g in u["groups"]],
        })
    return users


def identity_service_account():
    return {
        "username": "service-account-xinbei-camunda-identity",
        "enabled": True,
        "serviceAccountClientId": "xinbei-camunda-identity",
        "clientRoles": {"realm-management": ["view-users", "query-users", "query-groups"]},
    }


def web_client(production):
    client = {
        "clientId": "xinbei-pfp-web",
        "name": "新北区人口计生案件管理（网页登录）",
        "description": "OpenID Connect sign-on of the Camunda webapps (confidential, authorization code flow).",
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": False,
        "clientAuthenticatorType": "client-secret",
        "secret": "${XINBEI_WEB_CLIENT_SECRET:xinbei-web-demo-secret}",
        "standardFlowEnabled": True,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": False,
        "redirectUris": LOCAL_URIS,
        "webOrigins": ["+"],
        "attributes": {"post.logout.redirect.uris": "+", "pkce.code.challenge.method": "S256"},
        "protocolMappers": [audience_mapper()],
    }
    if production:
        del client["secret"]
        client["redirectUris"] = [PUBLIC_URL + "/login/oauth2/code/keycloak"]
        client["rootUrl"] = PUBLIC_URL
        client["webOrigins"] = [PUBLIC_URL]
        client["attributes"] = {"post.logout.redirect.uris": PUBLIC_URL + "/*", "pkce.code.challenge.method": "S256"}
    return client


def identity_client(production):
    client = {
        "clientId": "xinbei-camunda-identity",
        "name": "Camunda 身份插件",
        "description": "Service account of the Camunda Keycloak identity plugin: reads users and groups.",
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": False,
        "clientAuthenticatorType": "client-secret",
        "secret": "${XINBEI_IDENTITY_CLIENT_SECRET:xinbei-identity-demo-secret}",
        "standardFlowEnabled": False,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": True,
    }
    if production:
        del client["secret"]
    return client


def realm_of(groups, users, clients, production):
    realm = {
        "realm": REALM,
        "displayName": "新北区人口和计划生育案件管理",
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        "resetPasswordAllowed": False,
        "rememberMe": False,
        "loginWithEmailAllowed": False,
        "duplicateEmailsAllowed": False,
        "bruteForceProtected": True,
        "internationalizationEnabled": True,
        "supportedLocales": ["zh-CN", "en"],
        "defaultLocale": "zh-CN",
        "accessTokenLifespan": 300,
        "ssoSessionIdleTimeout": 1800,
        "ssoSessionMaxLifespan": 36000,
        # Top-level groups only: the Camunda identity plugin lists subgroups only through memberships.
        "groups": [
            {"name": g, "path": f"/{g}", "attributes": {"displayName": [label]}, "subGroups": []}
            for g, label in groups
        ],
        "users": users,
        "clients": clients,
    }
    if production:
        realm["sslRequired"] = "all"
        realm["passwordPolicy"] = PRODUCTION_PASSWORD_POLICY
    return realm


def test_clients():
    return [
            {
                "clientId": "xinbei-pfp-test",
                "name": "TEST ONLY: password grant with the API audience",
                "description": "Test-only client for the integration tests. Delete it in any real realm.",
                "enabled": True,
                "protocol": "openid-connect",
                "publicClient": True,
                "standardFlowEnabled": False,
                "implicitFlowEnabled": False,
                "directAccessGrantsEnabled": True,
                "protocolMappers": [audience_mapper()],
            },
            {
                "clientId": "xinbei-pfp-test-short-lived",
                "name": "TEST ONLY: password grant with the API audience, tokens valid for 2 seconds",
                "description": "Test-only client for the expired-token test. Delete it in any real realm.",
                "enabled": True,
                "protocol": "openid-connect",
                "publicClient": True,
                "standardFlowEnabled": False,
                "implicitFlowEnabled": False,
                "directAccessGrantsEnabled": True,
                "attributes": {"access.token.lifespan": "2"},
                "protocolMappers": [audience_mapper()],
            },
            {
                "clientId": "xinbei-other-app",
                "name": "TEST ONLY: password grant without the API audience",
                "description": "Test-only client whose tokens the API must refuse. Delete it in any real realm.",
                "enabled": True,
                "protocol": "openid-connect",
                "publicClient": True,
                "standardFlowEnabled": False,
                "implicitFlowEnabled": False,
                "directAccessGrantsEnabled": True,
            },
    ]


def write(path, realm):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(realm, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    org = load("organization.yml")["app"]["organization"]
    demo = yaml.safe_load_all(open(os.path.join(ROOT, "config", "demo-users.yml"), encoding="utf-8"))
    demo_users = next(demo)["app"]["demo-users"]["users"]
    groups = organization_groups(org)
    group_ids = {g for g, _ in groups}

    users = demo_realm_users(demo_users, group_ids) + [identity_service_account()]
    write(OUT, realm_of(groups, users, [web_client(False), identity_client(False)] + test_clients(), False))
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(groups)} groups, {len(users) - 1} demo users")
    write(OUT_PRODUCTION, realm_of(groups, [identity_service_account()],
                                   [web_client(True), identity_client(True)], True))
    print(f"wrote {os.path.relpath(OUT_PRODUCTION, ROOT)}: {len(groups)} groups, no users")


if __name__ == "__main__":
    main()
