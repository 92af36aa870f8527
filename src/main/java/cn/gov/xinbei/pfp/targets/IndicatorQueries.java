package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.departmentdata.DepartmentDataProperties;
import cn.gov.xinbei.pfp.departmentdata.ExpectedUploads;
import cn.gov.xinbei.pfp.departmentdata.domain.ReportDueDate;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.targets.domain.Indicator;
import cn.gov.xinbei.pfp.targets.domain.Measurement;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import cn.gov.xinbei.pfp.shared.time.InstantColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
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
public class IndicatorQueries implements ExpectedUploads {

    private final JdbcTemplate jdbc;
    private final Organization organization;
    private final TargetsProperties properties;
    private final DepartmentDataProperties departmentData;
    private final EngineClock clock;
    private final MigrantServiceQueries migrants;

    public IndicatorQueries(JdbcTemplate jdbc, Organization organization, TargetsProperties properties,
                            DepartmentDataProperties departmentData, EngineClock clock, MigrantServiceQueries migrants) {
        this.jdbc = jdbc;
        this.migrants = migrants;
        this.organization = organization;
        this.properties = properties;
        this.departmentData = departmentData;
        this.clock = clock;
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
            case MIGRANT_SERVICE -> migrants.measure(town, period);
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

    /** One declaration or change request counted by 申报变更准确率, and whether it counted as accurate. */
    public record AccuracyRow(String type, String caseNumber, String town, String scheme, String subjectName,
                              String subjectIdMasked, String outcome, String reason, LocalDate decidedOn,
                              boolean accurate) {
        public static final String DECLARATION = "DECLARATION";
        public static final String CHANGE = "CHANGE";
    }

    /**
     * Declarations decided by the bureau in the period (accurate: confirmed and not later stopped as found
     * ineligible) plus change requests decided in the period (accurate: confirmed).
     */
    Measurement assistanceAccuracy(String town, ReportPeriod period) {
        List<AccuracyRow> rows = assistanceAccuracyRows(town, period);
        return Measurement.of(rows.stream().filter(AccuracyRow::accurate).count(), rows.size());
    }

    /** The rows 申报变更准确率 counts (the one formula: the indicator counts these rows); ID numbers masked. */
    public List<AccuracyRow> assistanceAccuracyRows(String town, ReportPeriod period) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
        String declarations = "select f.case_number, f.town_slug, a.scheme, a.decision, a.decided_on, case when"
                + " a.decision = 'CONFIRMED' and not exists (select 1 from assistance_entitlement e join"
                + " assistance_change c on c.entitlement_id = e.id where e.case_id = a.case_id and c.reason ="
                + " 'FOUND_INELIGIBLE' and c.status = 'CONFIRMED') then 1 else 0 end, (select min(p.full_name) from"
                + " case_party p where p.case_id = a.case_id and p.party_role = 'BENEFICIARY'), (select"
                + " min(p.id_number_masked) from case_party p where p.case_id = a.case_id and p.party_role ="
                + " 'BENEFICIARY') from assistance_case a join case_file f on f.id = a.case_id where a.decision is"
                + " not null and a.decided_on >= ? and a.decided_on <= ?" + townFilter("f.town_slug", town, args)
                + " order by a.decided_on, f.case_number";
        List<AccuracyRow> rows = new ArrayList<>(jdbc.query(declarations, (rs, n) -> new AccuracyRow(
                AccuracyRow.DECLARATION, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(7),
                rs.getString(8), rs.getString(4), null, rs.getDate(5).toLocalDate(), rs.getInt(6) == 1),
                args.toArray()));
        List<Object> changeArgs = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
        String changes = "select f.case_number, e.town_slug, e.scheme, c.status, c.decided_on, case when c.status ="
                + " 'CONFIRMED' then 1 else 0 end, e.full_name, e.id_number_masked, c.reason from assistance_change c"
                + " join assistance_entitlement e on e.id = c.entitlement_id left join case_file f on f.id = e.case_id"
                + " where c.status in ('CONFIRMED', 'REJECTED') and c.decided_on >= ? and c.decided_on <= ?"
                + townFilter("e.town_slug", town, changeArgs) + " order by c.decided_on, f.case_number";
        rows.addAll(jdbc.query(changes, (rs, n) -> new AccuracyRow(AccuracyRow.CHANGE, rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(7), rs.getString(8), rs.getString(4), rs.getString(9),
                rs.getDate(5).toLocalDate(), rs.getInt(6) == 1), changeArgs.toArray()));
        return rows;
    }

    /** One entitlement due in the period (扶助金发放率) and whether that year's payment was credited in time. */
    public record PayoutRow(String entitlementId, String caseNumber, String town, String scheme, String fullName,
                            String idNumberMasked, LocalDate fromDate, LocalDate untilDate, BigDecimal amount,
                            LocalDate transferredOn, LocalDate creditedOn, boolean credited) {
    }

    /**
     * Entitlements due in the period (running at least one day of it; a one-off award only in the year it starts)
     * whose payment of the period's year was credited to the person's account by the end of the period.
     */
    Measurement assistancePayout(String town, ReportPeriod period) {
        List<PayoutRow> rows = assistancePayoutRows(town, period);
        return Measurement.of(rows.stream().filter(PayoutRow::credited).count(), rows.size());
    }

    /** The entitlements 扶助金发放率 counts (the one formula: the indicator counts these rows); ID numbers masked. */
    public List<PayoutRow> assistancePayoutRows(String town, ReportPeriod period) {
        List<String> oneOff = Arrays.stream(AssistanceScheme.values()).filter(AssistanceScheme::oneOff)
                .map(Enum::name).toList();
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(period.to()));
        args.add(period.year());
        args.add(Date.valueOf(period.to()));
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(LocalDate.of(period.year(), 1, 1)));
        args.addAll(oneOff);
        // At most one payment per entitlement and year (uk_assistance_payment_year).
        String sql = "select e.id, f.case_number, e.town_slug, e.scheme, e.full_name, e.id_number_masked, e.from_date,"
                + " e.until_date, e.amount, p.transferred_on, p.credited_on, case when p.credited_on is not null and"
                + " p.credited_on <= ? then 1 else 0 end from assistance_entitlement e left join assistance_payment p"
                + " on p.entitlement_id = e.id and p.pay_year = ? left join case_file f on f.id = e.case_id"
                + " where e.from_date <= ? and (e.until_date is null or e.until_date >= ?) and (e.from_date >= ? or"
                + " e.scheme not in (" + oneOff.stream().map(s -> "?").collect(Collectors.joining(", ")) + "))"
                + townFilter("e.town_slug", town, args) + " order by e.town_slug, e.from_date, e.full_name, e.id";
        return jdbc.query(sql, (rs, n) -> new PayoutRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getBigDecimal(9),
                rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(), rs.getInt(12) == 1), args.toArray());
    }

    /** Each expected kind × town × month whose due day has come, against the first upload's date. */
    Measurement informationTimeliness(String town, ReportPeriod period) {
        List<Row> rows = expectedUploads(town, period.from(), period.to());
        return Measurement.of(rows.stream().filter(Row::timely).count(), rows.size());
    }

    /**
     * The uploads 信息及时率 counts for a town (null: every town) and the months overlapping from..to (the one
     * formula: the indicator counts these rows), by month, town and the configured order of the expected kinds.
     */
    @Override
    public List<Row> expectedUploads(String town, LocalDate from, LocalDate to) {
        int dueDay = departmentData.reportDueDay();
        List<YearMonth> months = ReportDueDate.dueMonths(YearMonth.from(from), YearMonth.from(to), dueDay,
                clock.today());
        List<String> towns = town == null ? organization.towns().stream().map(Town::slug).toList() : List.of(town);
        if (months.isEmpty() || properties.expectedUploads().isEmpty()) {
            return List.of();
        }
        Map<String, LocalDate> firstUpload = new HashMap<>();
        jdbc.query("select record_kind, town_slug, period_month, min(uploaded_at) from department_upload"
                        + " where period_month >= ? and period_month <= ? group by record_kind, town_slug, period_month",
                rs -> {
                    Timestamp at = rs.getTimestamp(4);
                    firstUpload.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                            at.toInstant().atZone(clock.zone()).toLocalDate());
                }, months.get(0).toString(), months.get(months.size() - 1).toString());
        List<Row> rows = new ArrayList<>();
        for (YearMonth month : months) {
            for (String t : towns) {
                for (TargetsProperties.ExpectedUpload kind : properties.expectedUploads()) {
                    LocalDate first = firstUpload.get(kind.kind() + "|" + t + "|" + month);
                    rows.add(new Row(kind.department(), kind.kind(), t, month,
                            ReportDueDate.of(month, dueDay), first, ReportDueDate.onTime(month, dueDay, first)));
                }
            }
        }
        return rows;
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

    /**
     * The period as instants: from the start of its first day to the start of the day after its last, China time;
     * bound as the steps' times are written (InstantColumns), whatever the JVM's own time zone.
     */
    private List<Object> periodInstants(ReportPeriod period) {
        List<Object> args = new ArrayList<>();
        args.add(InstantColumns.parameter(period.from().atStartOfDay(clock.zone()).toInstant()));
        args.add(InstantColumns.parameter(period.to().plusDays(1).atStartOfDay(clock.zone()).toInstant()));
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
