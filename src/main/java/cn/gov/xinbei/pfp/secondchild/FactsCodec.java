package cn.gov.xinbei.pfp.secondchild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stores the registered eligibility facts as JSON in the case record, so re-evaluation reads what was registered. */
final class FactsCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactsCodec() {
    }

    static String write(Map<String, Object> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eligibility facts cannot be written", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored eligibility facts cannot be read", e);
        }
    }
}
