package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.targets.domain.Indicator;
import cn.gov.xinbei.pfp.targets.domain.Measurement;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import cn.gov.xinbei.pfp.targets.domain.UploadDeadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts the rows behind each computed indicator for a town (or the district when the town is null) and a period.
 * The formulas are written out in config/targets/2012.yml (formula) and shown on the page and in the report.
 */
@Component
public class IndicatorQueries {

    private final JdbcTemplate jdbc;
    private final Organization organization;
    private final TargetsProperties properties;
    private final UploadDeadlines uploadDeadlines;
    private final EngineClock clock;

    public IndicatorQueries(JdbcTemplate jdbc, Organization organization, TargetsProperties properties,
                            ReportDueProperties due, EngineClock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.properties = properties;
        this.uploadDeadlines = new UploadDeadlines(due.reportDueDay());
        this.clock = clock;
    }

    public UploadDeadlines uploadDeadlines() {
        return uploadDeadlines;
    }

    public Measurement measure(Indicator indicator, String town, ReportPeriod period) {
        return switch (indicator) {
            case BIRTH_POLICY_COMPLIANCE -> birthCompliance(town, period);
            case SEX_RATIO -> sexRatio(town, period);
            case ASSISTANCE_ACCURACY -> assistanceAccuracy(town, period);
            case ASSISTANCE_PAYOUT -> assistancePayout(town, period);
            case INFORMATION_TIMELINESS -> informationTimeliness(town, period);
            case ENFORCEMENT_TIMELINESS -> enforcementTimeliness(town, period);
            case POSTING_TIMELINESS -> postingTimeliness(town, period);
        };
    }

    /** Compliant births over births with a conclusion; births awaiting the town's conclusion apart. */
    Measurement birthCompliance(String town, ReportPeriod period) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
        String sql = "select sum(case when compliant = true then 1 else 0 end), sum(case when compliant is not null"
                + " then 1 else 0 end), sum(case when compliant is null then 1 else 0 end) from birth_check"
                + " where birth_date >= ? and birth_date <= ?" + townFilter("town_slug", town, args);
        return jdbc.queryForObject(sql, (rs, n) -> new Measurement(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                args.toArray());
    }

    /** Boys (numerator) and girls (denominator) born in the period. */
    Measurement sexRatio(String town, ReportPeriod period) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
        String sql = "select sum(case when child_sex = 'MALE' then 1 else 0 end), sum(case when child_sex = 'FEMALE'"
                + " then 1 else 0 end) from birth_check where birth_date >= ? and birth_date <= ?"
                + townFilter("town_slug", town, args);
        return jdbc.queryForObject(sql, (rs, n) -> Measurement.of(rs.getLong(1), rs.getLong(2)), args.toArray());
    }

    /**
     * Declarations decided by the bureau in the period (accurate: confirmed and not later stopped as found
     * ineligible) plus change requests decided in the period (accurate: confirmed).
     */
    Measurement assistanceAccuracy(String town, ReportPeriod period) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
        String declarations = "select count(*), sum(case when a.decision = 'CONFIRMED' and not exists (select 1 from"
                + " assistance_entitlement e join assistance_change c on c.entitlement_id = e.id where e.case_id ="
                + " a.case_id and c.reason = 'FOUND_INELIGIBLE' and c.status = 'CONFIRMED') then 1 else 0 end)"
                + " from assistance_case a join case_file f on f.id = a.case_id where a.decision is not null"
                + " and a.decided_on >= ? and a.decided_on <= ?" + townFilter("f.town_slug", town, args);
        Measurement decided = jdbc.queryForObject(declarations, (rs, n) -> Measurement.of(rs.getLong(2), rs.getLong(1)),
                args.toArray());
        List<Object> changeArgs = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
        String changes = "select count(*), sum(case when c.status = 'CONFIRMED' then 1 else 0 end) from"
                + " assistance_change c join assistance_entitlement e on e.id = c.entitlement_id where c.status in"
                + " ('CONFIRMED', 'REJECTED') and c.decided_on >= ? and c.decided_on <= ?"
                + townFilter("e.town_slug", town, changeArgs);
        Measurement changed = jdbc.queryForObject(changes, (rs, n) -> Measurement.of(rs.getLong(2), rs.getLong(1)),
                changeArgs.toArray());
        return decided.plus(changed);
    }

    /**
     * Entitlements due in the period (running at least one day of it; a one-off award only in the year it starts)
     * whose payment of the period's year was credited to the person's account by the end of the period.
     */
    Measurement assistancePayout(String town, ReportPeriod period) {
        List<String> oneOff = Arrays.stream(AssistanceScheme.values()).filter(AssistanceScheme::oneOff)
                .map(Enum::name).toList();
        List<Object> args = new ArrayList<>();
        args.add(period.year());
        args.add(Date.valueOf(period.to()));
        args.add(Date.valueOf(period.to()));
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(LocalDate.of(period.year(), 1, 1)));
        args.addAll(oneOff);
        String sql = "select count(*), sum(case when exists (select 1 from assistance_payment p where"
                + " p.entitlement_id = e.id and p.pay_year = ? and p.credited_on is not null and p.credited_on <= ?)"
                + " then 1 else 0 end) from assistance_entitlement e where e.from_date <= ? and (e.until_date is null"
                + " or e.until_date >= ?) and (e.from_date >= ? or e.scheme not in ("
                + oneOff.stream().map(s -> "?").collect(Collectors.joining(", ")) + "))"
                + townFilter("e.town_slug", town, args);
        return jdbc.queryForObject(sql, (rs, n) -> Measurement.of(rs.getLong(2), rs.getLong(1)), args.toArray());
    }

    /** Each expected kind × town × month whose due day has come, against the first upload's date. */
    Measurement informationTimeliness(String town, ReportPeriod period) {
        List<YearMonth> months = uploadDeadlines.expectedMonths(period, clock.today());
        List<String> towns = town == null ? organization.towns().stream().map(Town::slug).toList() : List.of(town);
        long expected = (long) months.size() * towns.size() * properties.expectedUploads().size();
        if (expected == 0) {
            return Measurement.of(0, 0);
        }
        Map<String, LocalDate> firstUpload = new HashMap<>();
        jdbc.query("select record_kind, town_slug, period_month, min(uploaded_at) from department_upload"
                        + " where period_month >= ? and period_month <= ? group by record_kind, town_slug, period_month",
                rs -> {
                    Timestamp at = rs.getTimestamp(4);
                    firstUpload.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                            at.toInstant().atZone(clock.zone()).toLocalDate());
                }, months.get(0).toString(), months.get(months.size() - 1).toString());
        long timely = 0;
        for (YearMonth month : months) {
            for (String t : towns) {
                for (TargetsProperties.ExpectedUpload kind : properties.expectedUploads()) {
                    if (uploadDeadlines.timely(month, firstUpload.get(kind.kind() + "|" + t + "|" + month))) {
                        timely++;
                    }
                }
            }
        }
        return Measurement.of(timely, expected);
    }

    /**
     * Steps with a due date that a user completed in the period, on or before their due date; for a town the steps
     * it is responsible for, for the district every step.
     */
    Measurement enforcementTimeliness(String town, ReportPeriod period) {
        List<Object> args = periodInstants(period);
        String sql = "select count(*), sum(case when s.ended_at <= s.due_at then 1 else 0 end) from case_step s"
                + " where s.due_at is not null and s.end_kind = 'COMPLETED' and s.ended_at >= ? and s.ended_at < ?"
                + townFilter("s.responsible_unit", town, args);
        return jdbc.queryForObject(sql, (rs, n) -> Measurement.of(rs.getLong(2), rs.getLong(1)), args.toArray());
    }

    /** The configured public-posting steps completed in the period, on or before their due date; by the case's town. */
    Measurement postingTimeliness(String town, ReportPeriod period) {
        if (properties.postingSteps().isEmpty()) {
            return Measurement.of(0, 0);
        }
        List<Object> args = periodInstants(period);
        StringBuilder steps = new StringBuilder();
        for (TargetsProperties.PostingStep step : properties.postingSteps()) {
            steps.append(steps.isEmpty() ? "" : " or ").append("(f.case_kind = ? and s.step_key = ?)");
            args.add(step.caseKind());
            args.add(step.stepKey());
        }
        String sql = "select count(*), sum(case when s.ended_at <= s.due_at then 1 else 0 end) from case_step s"
                + " join case_file f on f.id = s.case_id where s.due_at is not null and s.end_kind = 'COMPLETED'"
                + " and s.ended_at >= ? and s.ended_at < ? and (" + steps + ")" + townFilter("f.town_slug", town, args);
        return jdbc.queryForObject(sql, (rs, n) -> Measurement.of(rs.getLong(2), rs.getLong(1)), args.toArray());
    }

    /** The period as instants: from the start of its first day to the start of the day after its last, China time. */
    private List<Object> periodInstants(ReportPeriod period) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(period.from().atStartOfDay(clock.zone()).toInstant()));
        args.add(Timestamp.from(period.to().plusDays(1).atStartOfDay(clock.zone()).toInstant()));
        return args;
    }

    private static String townFilter(String column, String town, List<Object> args) {
        if (town == null) {
            return "";
        }
        args.add(town);
        return " and " + column + " = ?";
    }
}
