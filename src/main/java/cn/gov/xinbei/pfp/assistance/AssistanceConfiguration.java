package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.RateTable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Wires the assistance rate table from {@code app.assistance.rates-location}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AssistanceProperties.class, AgentBankProperties.class})
public class AssistanceConfiguration {

    @Bean
    RateTable assistanceRateTable(AssistanceProperties properties, ResourceLoader resourceLoader) {
        Resource resource = resourceLoader.getResource(properties.ratesLocation());
        if (!resource.exists()) {
            throw new AssistanceConfigurationException("rate file " + resource.getDescription() + " does not exist ("
                    + "app.assistance.rates-location=" + properties.ratesLocation() + ")");
        }
        return new RateTableLoader().load(resource);
    }
}
