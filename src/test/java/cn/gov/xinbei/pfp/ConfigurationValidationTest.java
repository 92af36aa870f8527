package cn.gov.xinbei.pfp;

import cn.gov.xinbei.pfp.assistance.AgentBankProperties;
import cn.gov.xinbei.pfp.assistance.AssistanceProcessProperties;
import cn.gov.xinbei.pfp.assistance.AssistanceProperties;
import cn.gov.xinbei.pfp.audit.AdministrationLogProperties;
import cn.gov.xinbei.pfp.audit.AuditProperties;
import cn.gov.xinbei.pfp.birthregistration.BirthRegistrationProperties;
import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalProperties;
import cn.gov.xinbei.pfp.migrantcertificate.MigrantCertificateProperties;
import cn.gov.xinbei.pfp.calendar.CalendarProperties;
import cn.gov.xinbei.pfp.configuration.ConfigurationFigureProperties;
import cn.gov.xinbei.pfp.deadlines.DeadlineProperties;
import cn.gov.xinbei.pfp.departmentdata.BirthCheckProperties;
import cn.gov.xinbei.pfp.departmentdata.DepartmentDataProperties;
import cn.gov.xinbei.pfp.documents.DocumentsProperties;
import cn.gov.xinbei.pfp.maintenancefee.IncomeBaseProperties;
import cn.gov.xinbei.pfp.maintenancefee.MaintenanceFeeProperties;
import cn.gov.xinbei.pfp.organization.DemoUsersProperties;
import cn.gov.xinbei.pfp.organization.InitialAdminProperties;
import cn.gov.xinbei.pfp.organization.OrganizationProperties;
import cn.gov.xinbei.pfp.secondchild.RuleVersionProperties;
import cn.gov.xinbei.pfp.secondchild.SecondChildProperties;
import cn.gov.xinbei.pfp.security.AllowedOriginsProperties;
import cn.gov.xinbei.pfp.security.ProtectedVariablesProperties;
import cn.gov.xinbei.pfp.security.keycloak.KeycloakIdentityPlugin;
import cn.gov.xinbei.pfp.security.keycloak.KeycloakProperties;
import cn.gov.xinbei.pfp.shared.time.TimeZoneProperties;
import cn.gov.xinbei.pfp.supervision.SupervisionProperties;
import cn.gov.xinbei.pfp.targets.TargetsProperties;
import cn.gov.xinbei.pfp.twonon.TwoNonProperties;
import cn.gov.xinbei.pfp.web.WebProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code @ConfigurationProperties} record binds from the committed files under config/ and is validated: a
 * required key that is missing or wrong stops start-up with a message naming the key, instead of becoming 0 or null
 * (a 0-day deadline). The records are bound the way the application binds them (config data import, then
 * {@code @EnableConfigurationProperties}); a key is "removed" by taking it out of the loaded config files.
 */
class ConfigurationValidationTest {

    /** Reason of the constraints, from ValidationMessages.properties. */
    private static final String REQUIRED = "缺少此配置项";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TimeZoneProperties.class, WebProperties.class, AllowedOriginsProperties.class,
            AdministrationLogProperties.class, AuditProperties.class, InitialAdminProperties.class,
            SecondChildProperties.class, RuleVersionProperties.class, MaintenanceFeeProperties.class,
            IncomeBaseProperties.class, SupervisionProperties.class, BirthRegistrationProperties.class, MigrantCertificateProperties.class, MigrantArrivalProperties.class,
            TwoNonProperties.class, BirthCheckProperties.class, DepartmentDataProperties.class,
            TargetsProperties.class, ConfigurationFigureProperties.class, AssistanceProcessProperties.class,
            AgentBankProperties.class, AssistanceProperties.class, OrganizationProperties.class,
            DemoUsersProperties.class, CalendarProperties.class, KeycloakProperties.class, DeadlineProperties.class,
            DocumentsProperties.class, ProtectedVariablesProperties.class})
    static class AllProperties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AllProperties.class)
            .withPropertyValues("spring.config.import=classpath:config/application.yml");

    @Test
    void theCommittedFilesBindAndValidate() {
        context.withInitializer(ConfigurationValidationTest::loadConfigFiles).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(TimeZoneProperties.class).zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(ctx.getBean(WebProperties.class).maxJsonBodyBytes()).isEqualTo(65536L);
            assertThat(ctx.getBean(AllowedOriginsProperties.class).allowedOrigins()).isEmpty();
            assertThat(ctx.getBean(AdministrationLogProperties.class).pageSize()).isEqualTo(200);
            assertThat(ctx.getBean(SecondChildProperties.class).acceptanceWorkingDays()).isEqualTo(5);
            assertThat(ctx.getBean(SecondChildProperties.class).court()).isEqualTo("常州市新北区人民法院");
            assertThat(ctx.getBean(MaintenanceFeeProperties.class).hearingOffered()).isFalse();
            assertThat(ctx.getBean(DeadlineProperties.class).dueSoonWorkingDays()).isEqualTo(3);
            assertThat(ctx.getBean(OrganizationProperties.class).towns()).isNotEmpty();
            assertThat(ctx.getBean(KeycloakProperties.class).enabled()).isFalse();
            assertThat(ctx.getBean(InitialAdminProperties.class).user()).isEmpty();
        });
    }

    /**
     * Each row: a key taken out of the committed files (or given a wrong value) and what the start-up failure must
     * name: the bound prefix and the property (Spring names it by the record component, e.g. acceptanceWorkingDays
     * for acceptance-working-days), and the Chinese reason of the constraint.
     */
    static Stream<Arguments> brokenKeys() {
        return Stream.of(
                missing("app.zone", "app", "zone"),
                missing("app.web.max-json-body-bytes", "app.web", "maxJsonBodyBytes"),
                missing("app.audit.page-size", "app.audit", "pageSize"),
                missing("app.audit.zone", "app.audit", "zone"),
                missing("app.audit.form-history", "app.audit", "formHistory"),
                missing("app.second-child.acceptance-working-days", "app.second-child", "acceptanceWorkingDays"),
                missing("app.second-child.reconsideration-days", "app.second-child", "reconsiderationDays"),
                missing("app.second-child.court", "app.second-child", "court"),
                missing("app.second-child.rule-versions", "app.second-child", "ruleVersions"),
                missing("app.maintenance-fee.abolished-for-births-from", "app.maintenance-fee", "abolishedForBirthsFrom"),
                missing("app.maintenance-fee.hearing-offered", "app.maintenance-fee", "hearingOffered"),
                missing("app.maintenance-fee.statement-working-days", "app.maintenance-fee", "statementWorkingDays"),
                missing("app.maintenance-fee.income-base.areas", "app.maintenance-fee.income-base", "areas"),
                missing("app.supervision.answer-working-days", "app.supervision", "answerWorkingDays"),
                missing("app.supervision.escalation-cron", "app.supervision", "escalationCron"),
                missing("app.birth-registration.town-decision-working-days", "app.birth-registration",
                        "townDecisionWorkingDays"),
                missing("app.birth-registration.court", "app.birth-registration", "court"),
                missing("app.migrant-certificate.issue-working-days", "app.migrant-certificate", "issueWorkingDays"),
                missing("app.migrant-certificate.lawsuit-months-from", "app.migrant-certificate", "lawsuitMonthsFrom"),
                missing("app.migrant-arrival.submission-days", "app.migrant-arrival", "submissionDays"),
                missing("app.two-non.default-case-days", "app.two-non", "defaultCaseDays"),
                missing("app.department-data.birth-check.registration-only", "app.department-data.birth-check",
                        "registrationOnly"),
                missing("app.department-data.report-due-day", "app.department-data", "reportDueDay"),
                missing("app.calendar.banner-from-month", "app.calendar", "bannerFromMonth"),
                missing("app.department-data.kinds", "app.department-data", "kinds"),
                missing("app.targets.posting-steps", "app.targets", "postingSteps"),
                missing("app.assistance-process.reverification-batch-size", "app.assistance-process",
                        "reverificationBatchSize"),
                missing("app.assistance-bank.agent-banks", "app.assistance-bank", "agentBanks"),
                missing("app.assistance.rates-location", "app.assistance", "ratesLocation"),
                missing("app.assistance.retiree-award.retirement-window-start", "app.assistance",
                        "retireeAward.retirementWindowStart"),
                missing("app.organization.district", "app.organization", "district"),
                missing("app.organization.towns[0].code", "app.organization", "towns[0].code"),
                missing("app.demo-users.users[0].id", "app.demo-users", "users[0].id"),
                missing("app.calendar.refresh-interval", "app.calendar", "refreshInterval"),
                missing("app.keycloak.enabled", "app.keycloak", "enabled"),
                missing("app.deadlines.due-soon-working-days", "app.deadlines", "dueSoonWorkingDays"),
                missing("app.documents.court", "app.documents", "court"),
                missing("app.documents.font.path", "app.documents", "font.path"),
                wrong("app.configuration-figures.min-year=0", "app.configuration-figures", "minYear", "必须是大于0的整数"),
                wrong("app.department-data.report-due-day=32", "app.department-data", "reportDueDay", "1至31"),
                wrong("app.deadlines.due-soon-working-days=-1", "app.deadlines", "dueSoonWorkingDays", "不能小于0"),
                wrong("app.web.max-json-body-bytes=0", "app.web", "maxJsonBodyBytes", "必须是大于0的整数"),
                wrong("app.security.allowed-origins[0]= ", "app.security", "allowedOrigins[0]", REQUIRED),
                wrong("app.security.protected-variables[0]=case number", "app.security", "protectedVariables[0]",
                        "不是有效的流程变量名"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenKeys")
    void aMissingOrWrongKeyStopsStartUpNamingIt(String key, boolean remove, String prefix, String property,
                                                 String reason) {
        ApplicationContextRunner runner = remove
                ? context.withInitializer(ctx -> {
                    loadConfigFiles(ctx);
                    removeKey(ctx, key);
                })
                : context.withInitializer(ConfigurationValidationTest::loadConfigFiles).withPropertyValues(key);
        runner.run(ctx -> {
            assertThat(ctx).hasFailed();
            String failure = messages(ctx.getStartupFailure());
            assertThat(failure).contains("Binding validation errors on " + prefix + "\n")
                    .contains("on field '" + property + "'")
                    .contains(reason);
        });
    }

    /** The Keycloak identity plugin is a bean of the keycloak profile only; its own key is checked the same way. */
    @Test
    void theKeycloakIdentityPluginRefusesAZeroStaleWindow() {
        ApplicationContextRunner keycloak = new ApplicationContextRunner()
                .withBean(KeycloakIdentityPlugin.class, () -> new KeycloakIdentityPlugin(null))
                .withUserConfiguration(AllProperties.class)
                .withPropertyValues("spring.profiles.active=keycloak", "XINBEI_WEB_CLIENT_SECRET=secret",
                        "XINBEI_IDENTITY_CLIENT_SECRET=secret")
                .withInitializer(ConfigurationValidationTest::loadConfigFiles);
        keycloak.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(KeycloakIdentityPlugin.class).getCacheServeStaleMinutes()).isEqualTo(60);
        });
        keycloak.withPropertyValues("plugin.identity.keycloak.cache-serve-stale-minutes=0").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(messages(ctx.getStartupFailure()))
                    .contains("Binding validation errors on plugin.identity.keycloak")
                    .contains("on field 'cacheServeStaleMinutes'").contains(REQUIRED);
        });
    }

    private static Arguments missing(String key, String prefix, String property) {
        return Arguments.of(key, true, prefix, property, REQUIRED);
    }

    private static Arguments wrong(String keyAndValue, String prefix, String property, String reason) {
        return Arguments.of(keyAndValue, false, prefix, property, reason);
    }

    private static void loadConfigFiles(ConfigurableApplicationContext ctx) {
        ConfigDataEnvironmentPostProcessor.applyTo(ctx.getEnvironment());
    }

    /** Takes the key, and everything below it, out of every loaded config file. */
    private static void removeKey(ConfigurableApplicationContext ctx, String key) {
        MutablePropertySources sources = ctx.getEnvironment().getPropertySources();
        boolean found = false;
        for (PropertySource<?> source : new ArrayList<>(sources.stream().toList())) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            Map<String, Object> kept = new LinkedHashMap<>();
            for (String name : enumerable.getPropertyNames()) {
                if (name.equals(key) || name.startsWith(key + ".") || name.startsWith(key + "[")) {
                    found = true;
                } else {
                    kept.put(name, enumerable.getProperty(name));
                }
            }
            if (kept.size() < enumerable.getPropertyNames().length) {
                sources.replace(source.getName(), new MapPropertySource(source.getName(), kept));
            }
        }
        assertThat(found).as("the committed files set " + key).isTrue();
    }

    private static String messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return String.join("\n", messages);
    }
}
