package cn.gov.xinbei.pfp.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP for {@link AttackSuite}: the API and /engine-rest with the credentials programs send, the desk with a
 * session and its CSRF token, the Camunda webapps with their session and XSRF token; how each signs in is the
 * profile's {@link SignIn}. Every answer is checked for what
 * must never show (a status ≥ 500, a Java class name, an engine code) and counted per door and status class.
 */
final class AttackClient {

    static final String PASSWORD = "demo";
    /** Java class names, stack frames and Camunda's engine codes: none may reach a user. */
    static final Pattern LEAK = Pattern.compile("Exception|org\\.camunda|java\\.|javax\\.|jakarta\\.|org\\.spring"
            + "|org\\.h2|cn\\.gov\\.xinbei|ENGINE-\\d{5}|\\bat [a-z]+\\.[a-z]+\\.");

    private final int port;
    private final SignIn signIn;
    private final HttpClient http = HttpClient.newHttpClient();
    /** door → status class → requests. */
    final Map<String, Map<String, Integer>> counts = new ConcurrentHashMap<>();
    final List<String> problems = new ArrayList<>();
    private final Map<String, Session> desk = new ConcurrentHashMap<>();
    private final Map<String, Session> webapp = new ConcurrentHashMap<>();

    AttackClient(int port, SignIn signIn) {
        this.port = port;
        this.signIn = signIn;
    }

    record Session(HttpClient client, CookieManager cookies, String token) { }

    String origin() {
        return "http://localhost:" + port;
    }

    /** A request as a program sends it: the profile's credentials (Basic or a bearer token), no Origin. */
    HttpResponse<String> send(String user, String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            try {
                request.header("Authorization", signIn.authorization(user));
            } catch (IOException | InterruptedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(user + " has no credentials", e);
            }
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return check(door(path), method + " " + path, http.send(request.build(), ofString()));
    }

    HttpResponse<String> json(String user, String method, String path, String body)
            throws IOException, InterruptedException {
        return send(user, method, path, "application/json", body == null ? null : utf8(body));
    }

    /** A desk form post in the user's desk session, with the page's CSRF token. */
    HttpResponse<String> deskPost(String user, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        Session session = desk.computeIfAbsent(user, this::deskSignIn);
        String separator = path.contains("?") ? "&" : "?";
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin() + path + separator + "_csrf="
                        + session.token()))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return check("desk", "POST " + path, session.client().send(request, ofString()));
    }

    /** A call of the webapps' own API (/camunda/api/...) in the user's Tasklist session. */
    HttpResponse<String> webapp(String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        Session session = webapp.computeIfAbsent(user, this::webappSignIn);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                .header("X-XSRF-TOKEN", xsrf(session.cookies()))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return check("/camunda/api", method + " " + path, session.client().send(request.build(), ofString()));
    }

    /** A page of the webapps, as a browser asks for it. */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin() + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build();
        return check("/camunda/app", "GET " + path, http.send(request, ofString()));
    }

    private Session deskSignIn(String user) {
        try {
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            signIn.desk(client, cookies, origin(), user);
            String home = client.send(HttpRequest.newBuilder(URI.create(origin() + "/desk")).GET().build(),
                    ofString()).body();
            return new Session(client, cookies, csrf(home));
        } catch (Exception e) {
            throw new IllegalStateException(user + " could not sign in to the desk", e);
        }
    }

    private Session webappSignIn(String user) {
        try {
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            signIn.webapp(client, cookies, origin(), user);
            return new Session(client, cookies, null);
        } catch (Exception e) {
            throw new IllegalStateException(user + " could not sign in to the Tasklist", e);
        }
    }

    /** The default profile's sign-in: HTTP Basic for programs, the desk's own login form, the webapps' own login. */
    static final class Basic implements SignIn {

        @Override
        public String authorization(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void desk(HttpClient client, CookieManager cookies, String origin, String user) throws Exception {
            String login = client.send(HttpRequest.newBuilder(URI.create(origin + "/desk/login")).GET().build(),
                    ofString()).body();
            String form = "username=" + enc(user) + "&password=" + PASSWORD + "&_csrf=" + csrf(login);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(origin + "/desk/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), ofString());
            if (signedIn.statusCode() != 302
                    || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException(user + " could not sign in to the desk: " + signedIn.statusCode());
            }
        }

        @Override
        public void webapp(HttpClient client, CookieManager cookies, String origin, String user) throws Exception {
            client.send(HttpRequest.newBuilder(URI.create(origin + "/camunda/app/tasklist/default/")).GET().build(),
                    ofString());
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(origin
                            + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", xsrf(cookies))
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + PASSWORD))
                    .build(), ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException(user + " could not sign in to the Tasklist: " + login.statusCode()
                        + " " + login.body());
            }
        }
    }

    static String xsrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
    }

    static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return token.group(1);
    }

    private HttpResponse<String> check(String door, String what, HttpResponse<String> answer) {
        int status = answer.statusCode();
        counts.computeIfAbsent(door, d -> new ConcurrentHashMap<>()).merge(status / 100 + "xx", 1, Integer::sum);
        String body = answer.body() == null ? "" : answer.body();
        if (status >= 500) {
            problems.add(what + " → " + status + " " + abbreviate(body));
        }
        Matcher leak = LEAK.matcher(body);
        if (leak.find()) {
            problems.add(what + " → " + status + " names \"" + leak.group() + "\": " + abbreviate(body));
        }
        return answer;
    }

    static String door(String path) {
        return path.startsWith("/engine-rest") ? "/engine-rest" : path.startsWith("/camunda/api") ? "/camunda/api"
                : path.startsWith("/desk") ? "desk" : "/api";
    }

    int total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    String report() {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> all = new TreeMap<>();
        new TreeMap<>(counts).forEach((door, byClass) -> {
            out.append(String.format("  %-14s %s%n", door, new TreeMap<>(byClass)));
            byClass.forEach((c, n) -> all.merge(c, n, Integer::sum));
        });
        return "Attack suite: " + total() + " requests " + all + "\n" + out;
    }

    static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
