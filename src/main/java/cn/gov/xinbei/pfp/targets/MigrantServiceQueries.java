package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.targets.domain.Measurement;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 流动人口管理服务率 (annex 1 of the 2012 plan, target 92 %; issue 20): of the migrants registered at their town of
 * residence in the period (流入人口婚育证明查验, case kind MIGRANT_ARRIVAL, by registration date and the town of
 * residence), those whose 婚育证明 was checked and recorded (issuing place and number) and still valid, and who were
 * told the services, rewards and duties they have there (《流动人口计划生育工作条例》 art. 8 paras 1—2). The formula in
 * words is in config/targets/2012.yml; the figure and its drill-down count the same rows with the same condition
 * ({@link #SERVED}), so the page's counts are the figure's. The table is read, never written: the arrivals are the
 * migrantarrival feature's.
 */
@Component
public class MigrantServiceQueries {

    /** The rows of the period and town: each registration of a migrant (one case per registration). */
    private static final String FROM = " from migrant_arrival_case m join case_file f on f.id = m.case_id"
            + " where f.case_kind = 'MIGRANT_ARRIVAL' and f.applied_on >= ? and f.applied_on <= ?";
    /**
     * Counted in the numerator: a certificate recorded (number), valid on the reference day (no validity recorded
     * counts as valid: a certificate presented late is recorded without one), recorded by that day (a late
     * presentation after it does not count for this period), and the services told (art. 8 para 2).
     */
    static final String SERVED = "(m.certificate_presented = true and m.certificate_number is not null"
            + " and (m.certificate_valid_until is null or m.certificate_valid_until >= ?)"
            + " and (m.followed_up_on is null or m.followed_up_on <= ?) and m.services_informed = true)";

    private final JdbcTemplate jdbc;
    private final EngineClock clock;

    public MigrantServiceQueries(JdbcTemplate jdbc, EngineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Which rows of the drill-down: all, only those counted as served, or only those not. */
    public enum Served { ALL, YES, NO }

    /** One registration as the drill-down lists it; the ID number masked. */
    public record Row(String caseNumber, String town, LocalDate registeredOn, LocalDate arrivalDate, String fullName,
                      String idNumberMasked, String hukouPlace, boolean certificatePresented, String certificateIssuer,
                      String certificateNumber, LocalDate certificateValidUntil, boolean servicesInformed,
                      String followUpOutcome, LocalDate followedUpOn, boolean served) {
    }

    /** The counts of the figure: served (numerator) of registered (denominator). */
    public Measurement measure(String town, ReportPeriod period) {
        List<Object> args = servedArgs(period);
        args.addAll(periodArgs(period, town));
        String sql = "select count(*), sum(case when " + SERVED + " then 1 else 0 end)" + FROM + townFilter(town);
        return jdbc.queryForObject(sql, (rs, n) -> Measurement.of(rs.getLong(2), rs.getLong(1)), args.toArray());
    }

    /** How many rows the filter selects (for the pages). */
    public long count(String town, ReportPeriod period, Served served) {
        List<Object> args = periodArgs(period, town);
        String sql = "select count(*)" + FROM + townFilter(town) + servedFilter(served, period, args);
        Long n = jdbc.queryForObject(sql, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** One page of the rows, by registration date and case number; paged in the database. */
    public List<Row> page(String town, ReportPeriod period, Served served, long offset, int limit) {
        List<Object> args = servedArgs(period);
        args.addAll(periodArgs(period, town));
        String filter = townFilter(town) + servedFilter(served, period, args);
        args.add(limit);
        args.add(offset);
        String sql = "select f.case_number, f.town_slug, f.applied_on, m.arrival_date, p.full_name,"
                + " p.id_number_masked, m.hukou_place, m.certificate_presented, m.certificate_issuer,"
                + " m.certificate_number, m.certificate_valid_until, m.services_informed, m.follow_up_outcome,"
                + " m.followed_up_on, case when " + SERVED + " then 1 else 0 end"
                + FROM.replace(" where ", " left join case_party p on p.case_id = f.id and p.party_role = 'APPLICANT'"
                + " where ") + filter + " order by f.applied_on, f.case_number limit ? offset ?";
        return jdbc.query(sql, (rs, n) -> new Row(rs.getString(1), rs.getString(2), date(rs.getDate(3)),
                date(rs.getDate(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                rs.getString(9), rs.getString(10), date(rs.getDate(11)), rs.getBoolean(12), rs.getString(13),
                date(rs.getDate(14)), rs.getInt(15) == 1), args.toArray());
    }

    /**
     * The day the certificate's validity and its recording are judged on: the period's last day, or today when the
     * period runs on beyond it (nothing after today is known yet).
     */
    public LocalDate referenceDay(ReportPeriod period) {
        LocalDate today = clock.today();
        return period.to().isAfter(today) ? today : period.to();
    }

    private List<Object> servedArgs(ReportPeriod period) {
        Date day = Date.valueOf(referenceDay(period));
        return new ArrayList<>(List.of(day, day));
    }

    private static List<Object> periodArgs(ReportPeriod period, String town) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
        if (town != null) {
            args.add(town);
        }
        return args;
    }

    private static String townFilter(String town) {
        return town == null ? "" : " and f.town_slug = ?";
    }

    private String servedFilter(Served served, ReportPeriod period, List<Object> args) {
        if (served == null || served == Served.ALL) {
            return "";
        }
        args.addAll(servedArgs(period));
        return served == Served.YES ? " and " + SERVED : " and not " + SERVED;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
