package cn.gov.xinbei.pfp.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Settings of the working-day calendar ({@code config/calendar.yml}).
 *
 * @param locations Spring resource patterns of the per-year holiday files
 */
@ConfigurationProperties(prefix = "app.calendar")
public record CalendarProperties(List<String> locations) {

    public CalendarProperties {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
