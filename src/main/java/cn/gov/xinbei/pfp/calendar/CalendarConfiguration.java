package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.ProvisionalHolidays;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.shared.time.TimeZoneProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/** Wires the working-day calendar and the deadline calculator (process models reach them through {@link DueDates}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CalendarProperties.class, TimeZoneProperties.class})
public class CalendarConfiguration {

    @Bean
    RecentPeriods recentPeriods(ObjectProvider<TimerDueBases> timerDueBases) {
        return new RecentPeriods(timerDueBases);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties, ResourceLoader resourceLoader,
                                          RecentPeriods recentPeriods) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                new HolidayCalendarLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader))
                        .load(properties.locations()),
                new ProvisionalHolidays(properties.holidayLaws(), new AlmanacChineseDates()));
        calendar.observePeriods(recentPeriods);
        return calendar;
    }

    @Bean
    DeadlineCalculator deadlineCalculator(WorkingDayCalendar calendar, TimeZoneProperties zone) {
        return new DeadlineCalculator(calendar, zone.zone());
    }
}
