package cn.gov.xinbei.pfp.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.RateTable;

/** The Spring wiring alone, with the project's real config files for this feature. */
class AssistanceConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AssistanceConfiguration.class)
            .withInitializer(ctx -> ConfigDataEnvironmentPostProcessor.applyTo(ctx.getEnvironment()));

    private ApplicationContextRunner withMainConfiguration() {
        return context.withPropertyValues("spring.config.import=classpath:config/application.yml");
    }

    @Test
    void theMainConfigurationImportsTheAssistanceSettingsAndRates() {
        withMainConfiguration().run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(RateTable.class).rateFor(AssistanceScheme.RURAL_AWARD, 2012).amount())
                    .isEqualByComparingTo("960");
            AssistanceProperties properties = ctx.getBean(AssistanceProperties.class);
            assertThat(properties.retireeAward().retirementWindowStart()).isEqualTo(LocalDate.of(1996, 1, 1));
            assertThat(properties.retireeAward().retirementWindowEnd()).isEqualTo(LocalDate.of(2007, 12, 31));
            assertThat(properties.surgeryComplication().acceptedGrades()).containsExactly(1, 2, 3);
            assertThat(properties.surgeryComplication().acceptedCertifyingLevels())
                    .containsExactly("COUNTY", "CITY", "PROVINCE");
        });
    }

    /** The configured values reach the DMN as inputs: the window edge decides, not a date written in the DMN. */
    @Test
    void configuredValuesDriveTheRetireeDecision() {
        withMainConfiguration().withPropertyValues("app.assistance.retiree-award.retirement-window-end=2013-12-31")
                .run(ctx -> {
                    Map<String, Object> variables = new HashMap<>(ctx.getBean(AssistanceProperties.class).decisionVariables());
                    variables.put("holdsOnlyChildParentCertificate", true);
                    variables.put("enterpriseBasicPensionRetiree", true);
                    variables.put("retirementDate", LocalDate.of(2010, 3, 1));
                    variables.put("receivedPensionTopUp", false);
                    variables.put("hrConfirmation", "CONFIRMED");
                    assertThat(retireeOutcome(variables)).isEqualTo("ELIGIBLE");
                    variables.put("retirementDate", LocalDate.of(2014, 1, 1));
                    assertThat(retireeOutcome(variables)).isEqualTo("INELIGIBLE");
                });
    }

    @Test
    void decisionVariablesNameEveryConfiguredInput() {
        withMainConfiguration().run(ctx -> assertThat(ctx.getBean(AssistanceProperties.class).decisionVariables())
                .containsOnlyKeys("retirementWindowStart", "retirementWindowEnd", "acceptedCertifyingLevels",
                        "acceptedComplicationGrades")
                .containsEntry("acceptedComplicationGrades", List.of(1, 2, 3)));
    }

    @Test
    void aMissingRateFileStopsStartUpNamingIt() {
        withMainConfiguration().withPropertyValues("app.assistance.rates-location=classpath:config/assistance/nope.yml")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("nope.yml").hasMessageContaining("does not exist"));
    }

    @Test
    void aMalformedRateFileStopsStartUpNamingIt() {
        // application.yml is YAML but not a rate file: unknown keys.
        withMainConfiguration().withPropertyValues("app.assistance.rates-location=classpath:config/application.yml")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(configurationFailure(ctx.getStartupFailure()))
                            .hasMessageContaining("config/application.yml").hasMessageContaining("cannot be read");
                });
    }

    @Test
    void aReversedRetirementWindowStopsStartUp() {
        withMainConfiguration().withPropertyValues("app.assistance.retiree-award.retirement-window-start=2008-01-01")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("retirement-window-end"));
    }

    @Test
    void anUnknownCertifyingLevelStopsStartUp() {
        withMainConfiguration()
                .withPropertyValues("app.assistance.surgery-complication.accepted-certifying-levels=COUNTY,VILLAGE")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("accepted-certifying-levels"));
    }

    private static Throwable configurationFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AssistanceConfigurationException) {
                return t;
            }
        }
        throw new AssertionError("no AssistanceConfigurationException in the cause chain", failure);
    }

    private static String retireeOutcome(Map<String, Object> variables) throws Exception {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = AssistanceConfigurationTest.class.getClassLoader()
                .getResourceAsStream("processes/assistance/retiree-one-off-award-eligibility.dmn")) {
            DmnDecision decision = engine.parseDecision("retireeOneOffAwardEligibility", in);
            return (String) engine.evaluateDecisionTable(decision, Variables.fromMap(variables))
                    .getSingleResult().getEntry("outcome");
        }
    }
}
