package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spring wiring alone, with the project's real config files for this feature. */
class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class)
            .withPropertyValues("app.zone=Asia/Shanghai",
                    "spring.config.import=classpath:config/calendar.yml");

    @Test
    void beansAreWiredFromTheShippedFiles() {
        context.withInitializer(ctx -> ConfigDataEnvironmentPostProcessor
                        .applyTo(ctx.getEnvironment()))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(WorkingDayCalendar.class).configuredYears()).contains(2012, 2013);
                    DeadlineCalculator calculator = ctx.getBean("deadlineCalculator", DeadlineCalculator.class);
                    assertThat(calculator.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
                    assertThat(calculator.addWorkingDays(LocalDate.parse("2012-01-16"), 20))
                            .isEqualTo(LocalDate.parse("2012-02-16"));
                });
    }

    @Test
    void aBrokenLocationStopsStartUp() {
        context.withInitializer(ctx -> ConfigDataEnvironmentPostProcessor.applyTo(ctx.getEnvironment()))
                .withPropertyValues("app.calendar.locations=classpath*:no-such-folder/*.yml")
                .run(ctx -> assertThat(ctx).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("no holiday files found"));
    }

    @Test
    void withoutAnyTextOfTheHolidayLawStartUpStops() {
        // Without the law no year after the last notice could be counted: refuse to start rather than fail in December.
        context.run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("statutoryHolidayLaws"));
    }
}
