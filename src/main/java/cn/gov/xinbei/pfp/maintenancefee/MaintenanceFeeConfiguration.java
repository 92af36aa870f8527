package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeCalculator;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeDeadlines;
import cn.gov.xinbei.pfp.maintenancefee.domain.IncomeBaseTable;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeCalculator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/** Wires the fee calculators from config/maintenance-fee.yml and config/maintenance-fee/income-base.yml. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MaintenanceFeeProperties.class, IncomeBaseProperties.class})
public class MaintenanceFeeConfiguration {

    /** A key every income base file has; used to find which file the figures were read from. */
    private static final String PROBE_KEY = "app.maintenance-fee.income-base.areas[0].code";

    @Bean
    IncomeBaseTable incomeBaseTable(IncomeBaseProperties properties, Environment environment) {
        return new IncomeBaseTableLoader().load(properties, sourceOf(environment));
    }

    @Bean
    FeeCalculator feeCalculator(IncomeBaseTable table, MaintenanceFeeProperties properties) {
        return new FeeCalculator(table, properties.roundingMode());
    }

    @Bean
    LateFeeCalculator lateFeeCalculator(MaintenanceFeeProperties properties) {
        return new LateFeeCalculator(properties.partMonthRule(), properties.roundingMode());
    }

    @Bean
    FeeDeadlines feeDeadlines(WorkingDayCalendar calendar) {
        return new FeeDeadlines(calendar);
    }

    /** The name of the property source (the file) the income base was bound from, for error messages. */
    static String sourceOf(Environment environment) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                // Skip the view over all sources that Spring Boot attaches; the first real one wins binding too.
                if (!ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
                        && source.containsProperty(PROBE_KEY)) {
                    return source.getName();
                }
            }
        }
        return IncomeBaseTableLoader.DEFAULT_FILE;
    }
}
