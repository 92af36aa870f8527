package cn.gov.xinbei.pfp.desk;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The desk's links are written as they are. Spring Boot turns the static resources' chain on because the webjars
 * locator is on the classpath (the desk loads ECharts by its versionless path), and with it a filter that asks, for
 * every link a page writes, whether it names a static resource with a versioned URL: for a case link that is a miss,
 * looked up again in every jar on the classpath at every render and never cached (a quarter of a desk page's time).
 * The desk versions no resource, so the filter is registered switched off; the chain still serves the webjars.
 */
@Configuration(proxyBeanMethods = false)
class DeskLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
