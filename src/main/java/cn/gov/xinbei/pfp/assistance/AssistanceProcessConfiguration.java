package cn.gov.xinbei.pfp.assistance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of the assistance processes ({@code app.assistance-process}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistanceProcessProperties.class)
public class AssistanceProcessConfiguration {
}
