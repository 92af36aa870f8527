package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.HolidayLaw;
import cn.gov.xinbei.pfp.calendar.domain.HolidayLaws;
import cn.gov.xinbei.pfp.calendar.domain.StatutoryDay;
import cn.gov.xinbei.pfp.calendar.domain.StatutoryHoliday;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.MONTH;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Settings of the working-day calendar ({@code config/calendar.yml}).
 *
 * @param locations             Spring resource patterns of the per-year holiday files
 * @param statutoryHolidayLaws  the texts of 《全国年节及纪念日放假办法》 by effective date, for years without a notice
 * @param refreshInterval       how often a node looks for a notice published on another node
 * @param bannerFromMonth       from this month the administrators' banner asks for next year's notice
 */
@Validated
@ConfigurationProperties(prefix = "app.calendar")
public record CalendarProperties(@NotEmpty(message = NOT_EMPTY) List<@NotBlank(message = REQUIRED) String> locations,
                                 @NotEmpty(message = NOT_EMPTY) @Valid List<Law> statutoryHolidayLaws,
                                 @NotNull(message = REQUIRED) Duration refreshInterval,
                                 @Min(value = 1, message = MONTH) @Max(value = 12, message = MONTH) int bannerFromMonth) {

    public CalendarProperties {
        locations = locations == null ? List.of() : List.copyOf(locations);
        statutoryHolidayLaws = statutoryHolidayLaws == null ? List.of() : List.copyOf(statutoryHolidayLaws);
    }

    /** @param days "M-D", "农历M-D", "除夕" or "清明" */
    public record LawHoliday(@NotBlank(message = REQUIRED) String name,
                             @NotEmpty(message = NOT_EMPTY) List<@NotBlank(message = REQUIRED) String> days) {
    }

    public record Law(@NotBlank(message = REQUIRED) String title, @NotNull(message = REQUIRED) LocalDate effectiveFrom,
                      @NotEmpty(message = NOT_EMPTY) @Valid List<LawHoliday> holidays) {
    }

    HolidayLaws holidayLaws() {
        return new HolidayLaws(statutoryHolidayLaws.stream().map(law -> new HolidayLaw(law.title(), law.effectiveFrom(),
                law.holidays().stream().map(h -> new StatutoryHoliday(h.name(),
                        h.days().stream().map(StatutoryDay::parse).toList())).toList())).toList());
    }
}
