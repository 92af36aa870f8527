package cn.gov.xinbei.pfp.testing;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The project's DMN files on a standalone DMN engine, for rule tests that need no process engine. */
public final class DmnFiles {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private DmnFiles() {
    }

    public static InputStream open(String resource) {
        InputStream in = DmnFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + resource);
        }
        return in;
    }

    public static DmnDecision parse(String resource, String decisionKey) {
        try (InputStream in = open(resource)) {
            return ENGINE.parseDecision(decisionKey, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DmnDecisionTableResult evaluate(DmnDecision decision, VariableMap variables) {
        return ENGINE.evaluateDecisionTable(decision, variables);
    }
}
