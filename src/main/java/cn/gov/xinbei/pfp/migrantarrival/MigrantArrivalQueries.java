package cn.gov.xinbei.pfp.migrantarrival;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrivals list: selected, counted, sorted and paged in the database for the towns a user sees (one query for
 * the page with its migrant, one for the count). ID numbers only masked.
 */
@Component
@Transactional(readOnly = true)
public class MigrantArrivalQueries {

    private final JdbcClient jdbc;

    public MigrantArrivalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param towns the towns to list; null for all (the bureau) */
    public record Filter(List<String> towns, String source, Boolean open) {
    }

    public record Row(String caseNumber, String townSlug, String status, LocalDate registeredOn, LocalDate closedOn,
                      String name, String idNumberMasked, LocalDate arrivalDate, String hukouPlace, String employer,
                      boolean certificatePresented, String certificateNumber, String registrationSource,
                      LocalDate submissionDue, String followUpOutcome, LocalDate makeUpDue) {
    }

    public record Page(List<Row> rows, long total) {
    }

    private static final String FROM = " from case_file f join migrant_arrival_case a on a.case_id = f.id"
            + " join case_party p on p.case_id = f.id and p.party_role = 'APPLICANT'"
            + " where f.case_kind = 'MIGRANT_ARRIVAL'";

    public Page page(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.towns() != null) {
            where.append(" and f.town_slug in (:towns)");
            params.put("towns", filter.towns().isEmpty() ? List.of("-") : new ArrayList<>(filter.towns()));
        }
        if (filter.source() != null) {
            where.append(" and a.registration_source = :source");
            params.put("source", filter.source());
        }
        if (filter.open() != null) {
            where.append(filter.open() ? " and f.closed_on is null" : " and f.closed_on is not null");
        }
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql("select f.case_number, f.town_slug, f.status, f.applied_on, f.closed_on,"
                        + " p.full_name, p.id_number_masked, a.arrival_date, a.hukou_place, a.employer,"
                        + " a.certificate_presented, a.certificate_number, a.registration_source, a.submission_due,"
                        + " a.follow_up_outcome, a.make_up_due" + FROM + where
                        + " order by f.created_at desc, f.case_number desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getDate(4)),
                        date(rs.getDate(5)), rs.getString(6), rs.getString(7), date(rs.getDate(8)), rs.getString(9),
                        rs.getString(10), rs.getBoolean(11), rs.getString(12), rs.getString(13), date(rs.getDate(14)),
                        rs.getString(15), date(rs.getDate(16))))
                .list();
        return new Page(rows, total);
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
