package cn.gov.xinbei.pfp.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the running test's Spring context the one the Camunda webapps and /engine-rest find. They look
 * engines up by name in a static registry, and every cached test context (default, keycloak, mysql profiles) registers
 * its engine as "default": the context created last would otherwise answer for all of them, so a Tasklist test of the
 * default profile signed in against Keycloak when a Keycloak test class had run before it.
 */
public class ProcessEngineOfTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        register(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        register(testContext);
    }

    private static void register(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }

    @Override
    public int getOrder() {
        // After the dependency injection listener (2000), which loads the context.
        return 2100;
    }
}
