package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.time.TimeZoneProperties;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.ZoneId;

/**
 * Counts the steps open before case_step_open_count (V35) existed. A Java migration because a step's due day is its
 * due instant's date in the application's zone ({@code app.zone}), which SQL alone does not know.
 */
@Component
public class V36__Fill_case_step_counts extends BaseJavaMigration {

    private final ZoneId zone;

    public V36__Fill_case_step_counts(TimeZoneProperties time) {
        this.zone = time.zone();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        StepCounts.rebuild(context.getConnection(), zone);
    }
}
