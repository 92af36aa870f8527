package cn.gov.xinbei.pfp.deadlines;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the deadline desk; see config/deadlines.yml (app.deadlines). */
@ConfigurationProperties(prefix = "app.deadlines")
public record DeadlineProperties(@DefaultValue("3") int dueSoonWorkingDays, @DefaultValue("50") int pageSize,
                                 @DefaultValue("200") int maxPageSize) {

    public DeadlineProperties {
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("app.deadlines.due-soon-working-days cannot be negative");
        }
        if (pageSize < 1 || maxPageSize < pageSize) {
            throw new IllegalArgumentException("app.deadlines: need 1 <= page-size <= max-page-size");
        }
    }
}
