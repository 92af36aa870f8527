package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeCalculator;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeDeadlines;
import cn.gov.xinbei.pfp.maintenancefee.domain.HukouCategory;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBase;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBaseKind;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBaseTable;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeCalculator;
import cn.gov.xinbei.pfp.maintenancefee.domain.MissingIncomeBaseException;
import cn.gov.xinbei.pfp.maintenancefee.domain.PartMonthRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomeBaseTableLoaderTest {

    private static final String SHIPPED = "config/maintenance-fee/income-base.yml";

    private final IncomeBaseTableLoader loader = new IncomeBaseTableLoader();

    /** Binds a YAML file the way Spring binds the imported config file, then loads it. */
    private IncomeBaseTable load(Resource resource) throws IOException {
        var sources = new YamlPropertySourceLoader().load(resource.getDescription(), resource);
        IncomeBaseProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("app.maintenance-fee.income-base", IncomeBaseProperties.class)
                .orElseGet(() -> new IncomeBaseProperties(null, null));
        return loader.load(properties, resource.getDescription());
    }

    @Nested
    class ShippedFile {

        @Test
        void holdsTheChangzhou2011UrbanFigureOfTheReference() throws IOException {
            IncomeBase base = load(new ClassPathResource(SHIPPED))
                    .baseFor(HukouCategory.URBAN, "320411101", LocalDate.parse("2012-06-01"));

            assertThat(base.describe()).isEqualTo("2011年常州市城镇居民人均可支配收入29,829元");
            assertThat(base.marker()).isEqualTo("S");
            assertThat(base.source()).contains("tjj.changzhou.gov.cn");
        }

        @Test
        void holdsTheCityRuralFigureOnlyAsARecord() throws IOException {
            IncomeBaseTable table = load(new ClassPathResource(SHIPPED));

            assertThat(table.lookup(2011, "320400", IncomeBaseKind.RURAL_NET_INCOME).amount()).isEqualByComparingTo("14838");
            // The township figures were not found (REFERENCE.md §10 item 7): a rural parent cannot be assessed yet.
            assertThatThrownBy(() -> table.baseFor(HukouCategory.RURAL, "320411101", LocalDate.parse("2012-06-01")))
                    .isInstanceOf(MissingIncomeBaseException.class)
                    .hasMessage("未配置2011年孟河镇农村居民人均纯收入，无法计算");
            assertThatThrownBy(() -> table.baseFor(HukouCategory.RURAL, "320411101", LocalDate.parse("2011-06-01")))
                    .hasMessage("未配置2010年孟河镇农村居民人均纯收入，无法计算");
        }

        @Test
        void everyXinbeiUnitIsATownshipUnderTheCity() throws IOException {
            IncomeBaseTable table = load(new ClassPathResource(SHIPPED));
            for (String code : new String[]{"320411001", "320411002", "320411003", "320411100", "320411101",
                    "320411102", "320411103", "320411104", "320411105"}) {
                assertThat(table.baseArea(HukouCategory.URBAN, code).code()).as(code).isEqualTo("320400");
                assertThat(table.baseArea(HukouCategory.RURAL, code).code()).as(code).isEqualTo(code);
            }
        }
    }

    @Nested
    class BrokenFiles {

        @TempDir
        Path dir;

        private static final String VALID = """
                app:
                  maintenance-fee:
                    income-base:
                      areas:
                        - { code: "320400", name: 常州市, level: CITY }
                        - { code: "320411", name: 新北区, level: DISTRICT, parent: "320400" }
                      figures:
                        - { year: 2011, area: "320400", kind: URBAN_DISPOSABLE_INCOME, amount: 29829, marker: S, source: test }
                """;

        private IncomeBaseTable loadText(String yaml) throws IOException {
            Path file = dir.resolve("income-base.yml");
            Files.writeString(file, yaml);
            return load(new FileSystemResource(file));
        }

        @Test
        void validFileLoads() throws IOException {
            assertThat(loadText(VALID).size()).isEqualTo(1);
        }

        @Test
        void unknownLevelNamesTheFileAndTheEntry() {
            assertThatThrownBy(() -> loadText(VALID.replace("level: DISTRICT", "level: DISTRCT")))
                    .isInstanceOf(MaintenanceFeeConfigurationException.class)
                    .hasMessageContaining("income-base.yml")
                    .hasMessageContaining("areas[1].level: 'DISTRCT' is not one of");
        }

        @Test
        void unknownKindNamesTheFile() {
            assertThatThrownBy(() -> loadText(VALID.replace("URBAN_DISPOSABLE_INCOME", "URBAN_INCOME")))
                    .hasMessageContaining("income-base.yml").hasMessageContaining("figures[0].kind");
        }

        @Test
        void zeroAmountIsRefusedNotTakenAsAFigure() {
            assertThatThrownBy(() -> loadText(VALID.replace("amount: 29829", "amount: 0")))
                    .hasMessageContaining("income-base.yml").hasMessageContaining("must be positive");
        }

        @Test
        void missingAmountIsRefused() {
            assertThatThrownBy(() -> loadText(VALID.replace("amount: 29829, ", "")))
                    .hasMessageContaining("income-base.yml").hasMessageContaining("'amount' is missing");
        }

        @Test
        void notFoundMarkerIsRefused() {
            assertThatThrownBy(() -> loadText(VALID.replace("marker: S", "marker: NF")))
                    .hasMessageContaining("income-base.yml").hasMessageContaining("left out");
        }

        @Test
        void figureOfAnUndeclaredAreaIsRefused() {
            assertThatThrownBy(() -> loadText(VALID.replace("area: \"320400\"", "area: \"320411101\"")))
                    .hasMessageContaining("income-base.yml").hasMessageContaining("unknown area 320411101");
        }

        @Test
        void noAreasAtAllIsRefused() {
            assertThatThrownBy(() -> loadText("app: { maintenance-fee: { other: 1 } }\n"))
                    .isInstanceOf(MaintenanceFeeConfigurationException.class)
                    .hasMessageContaining("areas is empty");
        }

        @Test
        void startUpFailsWithTheFileNamed() throws IOException {
            Path file = dir.resolve("income-base.yml");
            Files.writeString(file, VALID.replace("amount: 29829", "amount: -1"));

            contextWith("optional:classpath:/nothing/,classpath:config/maintenance-fee.yml,file:" + file).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure())
                        .rootCause().hasMessageContaining("must be positive");
                assertThat(context.getStartupFailure()).hasStackTraceContaining(file.toString());
            });
        }
    }

    @Test
    void shippedConfigurationStartsTheCalculators() {
        contextWith("optional:classpath:/nothing/,classpath:config/maintenance-fee.yml,classpath:" + SHIPPED).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FeeCalculator.class).hasSingleBean(LateFeeCalculator.class)
                    .hasSingleBean(FeeDeadlines.class);
            MaintenanceFeeProperties properties = context.getBean(MaintenanceFeeProperties.class);
            assertThat(properties.partMonthRule()).isEqualTo(PartMonthRule.COUNT_COMPLETED_MONTHS);
            assertThat(properties.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
            assertThat(properties.statementWorkingDays()).isEqualTo(3);
            assertThat(properties.hearingOffered()).isFalse();
            assertThat(context.getBean(LateFeeCalculator.class).partMonthRule()).isEqualTo(PartMonthRule.COUNT_COMPLETED_MONTHS);
        });
    }

    @Test
    void impossibleTunableFailsStartUp() {
        contextWith("optional:classpath:/nothing/,classpath:config/maintenance-fee.yml,classpath:" + SHIPPED)
                .withPropertyValues("app.maintenance-fee.rounding-mode=UNNECESSARY")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("rounding-mode"));
    }

    private static ApplicationContextRunner contextWith(String locations) {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("spring.config.location=" + locations)
                .withBean(WorkingDayCalendar.class, OfficialCalendars::calendar2012And2013)
                .withUserConfiguration(MaintenanceFeeConfiguration.class);
    }
}
