package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfiguration {

    @Bean
    DeadlineRules deadlineRules(WorkingDayCalendar calendar, DeadlineProperties properties) {
        return new DeadlineRules(calendar, properties.dueSoonWorkingDays());
    }
}
