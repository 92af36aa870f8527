"""Generates the demo Keycloak realm config/keycloak/xinbei-realm.json from config/organization.yml and
config/demo-users.yml, so the groups in Keycloak are exactly the Camunda candidate groups of the processes.
Run: python3 tools/keycloak_realm.py (needs PyYAML).

Everything in the realm is for development and tests only: demo users with the password "demo", demo client
secrets (overridable through environment variables when Keycloak imports the file) and two test clients that
allow the password grant. A production realm is set up by the district's Keycloak administrators.
"""
import json
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "config", "keycloak", "xinbei-realm.json")

REALM = "xinbei"
API_AUDIENCE = "xinbei-pfp-api"
# Loopback redirect URIs: Keycloak ignores the port of http://localhost and http://127.0.0.1 when matching
# (RFC 8252 loopback rule), so the app may run on any port, as the tests do.
LOCAL_URIS = ["http://localhost/*", "http://127.0.0.1/*"]


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


def main():
    org = load("organization.yml")["app"]["organization"]
    demo = yaml.safe_load_all(open(os.path.join(ROOT, "config", "demo-users.yml"), encoding="utf-8"))
    demo_users = next(demo)["app"]["demo-users"]["users"]
    groups = organization_groups(org)
    group_ids = {g for g, _ in groups}

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
    users.append({
        "username": "service-account-xinbei-camunda-identity",
        "enabled": True,
        "serviceAccountClientId": "xinbei-camunda-identity",
        "clientRoles": {"realm-management": ["view-users", "query-users", "query-groups"]},
    })

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
        "clients": [
            {
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
            },
            {
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
            },
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
        ],
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(realm, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(groups)} groups, {len(demo_users)} demo users")


if __name__ == "__main__":
    main()
