package cn.gov.xinbei.pfp.assistance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** Binds the settings of the assistance processes ({@code app.assistance-process}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistanceProcessProperties.class)
public class AssistanceProcessConfiguration {

    /** The annual re-verification runs in the background, one run at a time, apart from the engine's job threads. */
    @Bean("reverificationExecutor")
    TaskExecutor reverificationExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("reverification-");
        executor.setConcurrencyLimit(1);
        return executor;
    }
}
