package cn.gov.xinbei.pfp.configuration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds config/configuration-figures.yml. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConfigurationFigureProperties.class)
public class ConfigurationFigureConfiguration {
}
