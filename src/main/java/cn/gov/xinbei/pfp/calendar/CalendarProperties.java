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
public record CalendarProperties(@NotEmpty List<@NotBlank String> locations,
                                 @NotEmpty @Valid List<Law> statutoryHolidayLaws,
                                 @NotNull Duration refreshInterval,
                                 @Min(1) @Max(12) int bannerFromMonth) {

    public CalendarProperties {
        locations = locations == null ? List.of() : List.copyOf(locations);
        statutoryHolidayLaws = statutoryHolidayLaws == null ? List.of() : List.copyOf(statutoryHolidayLaws);
    }

    /** @param days "M-D", "农历M-D", "除夕" or "清明" */
    public record LawHoliday(@NotBlank String name, @NotEmpty List<@NotBlank String> days) {
    }

    public record Law(@NotBlank String title, @NotNull LocalDate effectiveFrom, @NotEmpty @Valid List<LawHoliday> holidays) {
    }

    HolidayLaws holidayLaws() {
        return new HolidayLaws(statutoryHolidayLaws.stream().map(law -> new HolidayLaw(law.title(), law.effectiveFrom(),
                law.holidays().stream().map(h -> new StatutoryHoliday(h.name(),
                        h.days().stream().map(StatutoryDay::parse).toList())).toList())).toList());
    }
}
