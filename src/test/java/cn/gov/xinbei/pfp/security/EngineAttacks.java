package cn.gov.xinbei.pfp.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The attacks of {@link AttackSuite} on Camunda's doors: /engine-rest (the profile's credentials) and the webapps' own
 * engine API (/camunda/api/engine, a Tasklist session), plus the webapps' pages for an engine that does not exist.
 */
final class EngineAttacks {

    interface Writer {
        void write(String label, Callable<HttpResponse<String>> request) throws Exception;
    }

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    /** Reads with a path id, each tried with an id that does not exist. */
    private static final List<String> READS = List.of("/task/{id}", "/task/{id}/form", "/task/{id}/rendered-form",
            "/task/{id}/deployed-form", "/task/{id}/variables", "/task/{id}/form-variables", "/task/{id}/comment",
            "/task/{id}/identity-links", "/task/{id}/attachment", "/process-instance/{id}",
            "/process-instance/{id}/variables", "/process-instance/{id}/activity-instances",
            "/process-definition/{id}", "/process-definition/{id}/xml", "/process-definition/{id}/form-variables",
            "/process-definition/{id}/rendered-form", "/process-definition/{id}/deployed-start-form",
            "/process-definition/{id}/startForm", "/process-definition/{id}/diagram",
            "/process-definition/key/{id}", "/process-definition/key/{id}/startForm",
            "/process-definition/key/{id}/deployed-start-form", "/process-definition/key/{id}/rendered-form",
            "/deployment/{id}", "/deployment/{id}/resources", "/execution/{id}", "/execution/{id}/localVariables",
            "/history/process-instance/{id}", "/history/task?processInstanceId={id}", "/job/{id}", "/incident/{id}",
            "/user/{id}/profile", "/group/{id}", "/decision-definition/{id}", "/decision-definition/{id}/xml",
            "/variable-instance/{id}", "/variable-instance/{id}/data", "/history/variable-instance/{id}",
            "/filter/{id}", "/filter/{id}/list", "/authorization/{id}", "/external-task/{id}", "/batch/{id}");
    private static final List<String> IDS = List.of("no-such-id", "00000000-0000-0000-0000-000000000000",
            "%27%20OR%201%3D1--");

    private final AttackClient client;
    private final Map<String, String> fixtures;
    private final Writer writer;
    int readOnlyRefusals;

    EngineAttacks(AttackClient client, Map<String, String> fixtures, Writer writer) {
        this.client = client;
        this.fixtures = fixtures;
        this.writer = writer;
    }

    void unknownIds() throws Exception {
        for (String read : READS) {
            for (String id : IDS) {
                String path = read.replace("{id}", id);
                client.json("bureau.clerk", "GET", "/engine-rest" + path, null);
                client.webapp("chunjiang.clerk", "GET", WEBAPP_ENGINE + path, null, null);
            }
        }
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            client.page("/camunda/app/" + app + "/no-such-engine/");
            client.page("/camunda/app/" + app + "/%27%3Cscript%3E/");
        }
        client.webapp("chunjiang.clerk", "GET", "/camunda/api/engine/engine/no-such-engine/task", null, null);
        client.json("bureau.clerk", "GET", "/engine-rest/engine/no-such-engine/task", null);
        client.json("bureau.clerk", "GET", "/engine-rest/no/such/resource", null);
        client.json("bureau.clerk", "GET", "/engine-rest/task?maxResults=abc&firstResult=-1", null);
        client.json("bureau.clerk", "GET", "/engine-rest/task?sortBy=nothing&sortOrder=sideways", null);
        client.json("bureau.clerk", "GET", "/engine-rest/history/task?taskDueBefore=2012-02-30", null);
    }

    /** Completing, submitting and starting with variables of the wrong type or shape. */
    void badVariables() throws Exception {
        String task = fixtures.get("task");
        List<String> bodies = List.of(
                "{\"variables\":{\"x\":{\"value\":\"abc\",\"type\":\"Integer\"}}}",
                "{\"variables\":{\"x\":{\"value\":1.5,\"type\":\"Long\"}}}",
                "{\"variables\":{\"x\":{\"value\":\"2012-02-30\",\"type\":\"Date\"}}}",
                "{\"variables\":{\"x\":{\"value\":\"{\",\"type\":\"Json\"}}}",
                "{\"variables\":{\"x\":{\"value\":\"<a>\",\"type\":\"Xml\"}}}",
                "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\",\"valueInfo\":"
                        + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                        + "\"application/x-java-serialized-object\"}}}}",
                "{\"variables\":{\"x\":{\"value\":\"a\",\"type\":\"NoSuchType\"}}}",
                "{\"variables\":{\"x\":{\"value\":\"王\u202E芳\",\"type\":\"String\"}}}",
                "{\"variables\":{\"x\":{\"value\":\"" + "x".repeat(5000) + "\",\"type\":\"String\"}}}",
                "{\"variables\":\"not an object\"}",
                "{\"variables\":{\"x\":{\"value\":\"a\"},\"x\":{\"value\":\"b\"}}}",
                "{\"variables\":",
                "[]");
        for (String body : bodies) {
            for (String door : List.of("complete", "submit-form", "resolve")) {
                writer.write("task " + door + " " + body, () -> client.json("chunjiang.clerk", "POST",
                        "/engine-rest/task/" + task + "/" + door, body));
                writer.write("webapp task " + door + " " + body, () -> client.webapp("chunjiang.clerk", "POST",
                        WEBAPP_ENGINE + "/task/" + task + "/" + door, "application/json", body));
            }
            writer.write("start " + body, () -> client.json("chunjiang.clerk", "POST",
                    "/engine-rest/process-definition/key/secondChildApproval/start", body));
            writer.write("variable put " + body, () -> client.json("chunjiang.clerk", "POST",
                    "/engine-rest/task/" + task + "/variables", "{\"modifications\":" + body + "}"));
        }
        writer.write("unknown task complete", () -> client.json("chunjiang.clerk", "POST",
                "/engine-rest/task/no-such-id/complete", "{}"));
        writer.write("webapp unknown task complete", () -> client.webapp("chunjiang.clerk", "POST",
                WEBAPP_ENGINE + "/task/no-such-id/submit-form", "application/json", "{}"));
    }

    /** The variables the application sets itself (the case number, the town, the kind, …) are not the user's. */
    void applicationVariablesAreReadOnly() throws Exception {
        String task = fixtures.get("task");
        for (String name : List.of("caseNumber", "townName", "decisionDueOn", "eligibilityArticle")) {
            // A valid completion but for the one variable: only that variable can be the reason of a refusal.
            String body = "{\"variables\":{\"acceptanceDecision\":{\"value\":\"ACCEPT\"},\"" + name
                    + "\":{\"value\":\"SC-2099-99999\",\"type\":\"String\"}}}";
            for (String door : List.of("complete", "submit-form")) {
                HttpResponse<String>[] answer = new HttpResponse[1];
                writer.write("overwrite " + name + " by " + door, () -> answer[0] = client.json("chunjiang.clerk",
                        "POST", "/engine-rest/task/" + task + "/" + door, body));
                if (answer[0].statusCode() == 400 && answer[0].body().contains(name)) {
                    readOnlyRefusals++;
                } else {
                    client.problems.add("overwriting " + name + " by " + door + ": " + answer[0].statusCode() + " "
                            + AttackClient.abbreviate(answer[0].body()));
                }
            }
            writer.write("webapp overwrite " + name, () -> client.webapp("chunjiang.clerk", "POST", WEBAPP_ENGINE
                    + "/task/" + task + "/submit-form", "application/json", body));
            writer.write("variable put " + name, () -> client.json("chunjiang.clerk", "PUT",
                    "/engine-rest/task/" + task + "/variables/" + name, "{\"value\":\"x\",\"type\":\"String\"}"));
        }
    }
}
