package cn.gov.xinbei.pfp.testing.coverage;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers which Spring test classes this JVM has run, so {@link ProcessCoverageTest} runs only the missing ones. */
public class TestClassesRun implements TestExecutionListener {

    private static final Set<String> RUN = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeTestClass(TestContext testContext) {
        RUN.add(testContext.getTestClass().getName());
    }

    static boolean hasRun(String className) {
        return RUN.contains(className);
    }
}
