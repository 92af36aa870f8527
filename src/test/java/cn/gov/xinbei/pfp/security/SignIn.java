package cn.gov.xinbei.pfp.security;

import java.net.CookieManager;
import java.net.http.HttpClient;

/**
 * How {@link AttackClient}'s users sign in, per profile: the Authorization header a program sends to /api and
 * /engine-rest, and a browser's sign-in to the desk and to the Camunda webapps (the session lands in the client's
 * cookies; the client then reads the CSRF/XSRF tokens the same way in every profile).
 */
interface SignIn {

    /** The value of the Authorization header of a program's request. */
    String authorization(String user) throws Exception;

    /** Signs the browser behind {@code client} on to the desk. */
    void desk(HttpClient client, CookieManager cookies, String origin, String user) throws Exception;

    /** Signs the browser behind {@code client} on to the Tasklist, so that /camunda/api answers as the user. */
    void webapp(HttpClient client, CookieManager cookies, String origin, String user) throws Exception;
}
