package cn.gov.xinbei.pfp.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generated bad inputs for {@link AttackSuite}: whole bodies that are no valid request, and one-field mutations of a
 * valid example (each field in turn replaced by a hostile value that fits its kind, or removed).
 */
final class BadInputs {

    /** Full numbers the suite sends: none may be stored in a variable or history row or logged in full. */
    static final String ID18 = "320411197912240036";
    static final String ACCOUNT = "6217000010012345678";
    static final String PII_TEXT = "核实：身份证" + ID18 + "，账号" + ACCOUNT;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** Hostile values for any text field. */
    static final List<Object> TEXT = List.of("x".repeat(5000), "王\u202E芳", "王\u0000芳", "a\u0007b\u001Bc",
            "' OR '1'='1'; DROP TABLE case_file; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}#{7*7}",
            "", PII_TEXT);

    record Body(String label, String contentType, String text) { }

    private BadInputs() {
    }

    /** Bodies that are not a valid request whatever the endpoint. */
    static List<Body> wholeBodies(Map<String, Object> example, ObjectMapper json) throws JsonProcessingException {
        String valid = json.writeValueAsString(example);
        List<Body> bodies = new ArrayList<>(List.of(
                new Body("malformed", "application/json", "{\"a\":"),
                new Body("truncated", "application/json", valid.substring(0, Math.max(1, valid.length() / 2))),
                new Body("not an object", "application/json", "[1,2,3]"),
                new Body("a string", "application/json", "\"text\""),
                new Body("null", "application/json", "null"),
                new Body("empty", "application/json", ""),
                new Body("empty object", "application/json", "{}"),
                new Body("wrong content type", "text/plain", valid),
                new Body("form instead of JSON", "application/x-www-form-urlencoded", "a=1&b=2"),
                new Body("XML", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><a>&x;</a>"),
                new Body("deeply nested", "application/json", "[".repeat(5000) + "]".repeat(5000)),
                new Body("unknown field", "application/json", valid.replaceFirst("\\{", "{\"__proto__\":{\"x\":1},"))));
        if (!example.isEmpty()) {
            String first = example.keySet().iterator().next();
            String duplicate = "{\"" + first + "\":" + json.writeValueAsString(example.get(first)) + ","
                    + valid.substring(1);
            bodies.add(new Body("duplicate key " + first, "application/json", duplicate));
        }
        return bodies;
    }

    /** One field at a time: removed, null, or replaced by a value of the wrong kind or out of range. */
    static List<Map.Entry<String, Map<String, Object>>> mutations(Map<String, Object> example) {
        List<Map.Entry<String, Map<String, Object>>> out = new ArrayList<>();
        for (String field : example.keySet()) {
            Object value = example.get(field);
            List<Object> values = new ArrayList<>();
            values.add(null);
            values.add(Map.of("nested", "object"));
            values.add(List.of(1, 2));
            if (value instanceof Number) {
                values.addAll(List.of("abc", 1.5, -1, Long.MAX_VALUE, 1e308));
            } else if (value instanceof Boolean) {
                values.addAll(List.of("yes", 1, "true"));
            } else if (value instanceof String text) {
                values.addAll(TEXT);
                values.add(true);
                if (DATE.matcher(text).matches()) {
                    values.addAll(List.of("0000-01-01", "9999-12-31", "2012-02-30", "2012-13-01", "01/02/2012",
                            "-999999999-01-01", "+1000000000-01-01"));
                } else if (MONTH.matcher(text).matches()) {
                    values.addAll(List.of("0000-01", "9999-12", "2012-13", "2012-00", "2012-1"));
                }
                if (field.toLowerCase().contains("idnumber") || field.equals("idNumber")) {
                    values.addAll(List.of("320411198001010018", "32041119800101001", "3204111980010100199",
                            "320411180001010019", "32041120990101001X", "11010519491231002Y", ID18));
                }
            }
            for (Object bad : values) {
                Map<String, Object> mutated = new LinkedHashMap<>(example);
                mutated.put(field, bad);
                out.add(Map.entry(field + "=" + label(bad), mutated));
            }
            Map<String, Object> missing = new LinkedHashMap<>(example);
            missing.remove(field);
            out.add(Map.entry(field + " missing", missing));
        }
        return out;
    }

    static String label(Object value) {
        String text = String.valueOf(value);
        return text.length() > 24 ? text.substring(0, 12) + "…(" + text.length() + ")" : text;
    }

    /** Hostile values for path variables. */
    static final List<String> PATH_IDS = List.of("no-such-id", "0", "-1", "99999999999999999999",
            "%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "x".repeat(300), "%E2%80%AE", "..%2F..%2Fetc");

    /** Hostile values for form parameters of the desk. */
    static List<String> formValues() {
        List<String> values = new ArrayList<>();
        for (Object text : TEXT) {
            values.add(String.valueOf(text));
        }
        values.addAll(List.of("1.5", "-1", "99999999999999999999", "0000-01-01", "2012-02-30", "abc"));
        return values;
    }
}
