package cn.gov.xinbei.pfp.workspace;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseSearch;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.time.InstantColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's SQL: the user's cases, searched, filtered, sorted, counted and paged in the database (case_file
 * with its indexes of V18, the name parts of V33, the step groups of V31), so a page reads only its own rows; the
 * page's parties and open steps come in one query each, not one per case. Timestamps are read in the zone Hibernate writes them in ({@code hibernate.jdbc.time_zone}).
 */
@Repository
class WorkspaceQueries {

    /**
     * Who sees which cases: every town, some towns (their case scope), and the cases with a step offered to one of
     * their liaison groups.
     */
    record Reach(boolean allTowns, Collection<String> towns, Collection<String> liaisonGroups) {
    }

    /** What a search selects besides the user's reach; null means any. */
    record Criteria(Reach reach, CaseKind kind, WorkspaceQuery.State state, CaseStatus status, String stepKey,
                    CaseSearch search) {
    }

    record CaseLine(String id, String caseNumber, CaseKind kind, String townSlug, CaseStatus status, LocalDate dueOn,
                    LocalDate closedOn, Instant updatedAt) {
    }

    /** A party's name and masked ID number; the full ID number is never read for the list. */
    record PartyLine(String name, String idNumberMasked) {
    }

    record OpenStep(String taskId, String stepName, Instant dueAt) {
    }

    private final JdbcClient jdbc;

    WorkspaceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CaseLine> page(Criteria criteria, WorkspaceQuery.Sort sort, long offset, int limit) {
        Sql sql = where(criteria);
        String order = switch (sort) {
            case UPDATED -> " order by c.updated_at desc, c.case_number desc";
            case CASE_NUMBER -> " order by c.case_number";
            case DUE -> " order by case when c.due_on is null then 1 else 0 end, c.due_on, c.case_number";
        };
        sql.params.put("limit", limit);
        sql.params.put("offset", offset);
        return jdbc.sql("select c.id, c.case_number, c.case_kind, c.town_slug, c.status, c.due_on, c.closed_on,"
                        + " c.updated_at from case_file c" + sql.where + order + " limit :limit offset :offset")
                .params(sql.params).query(this::caseLine).list();
    }

    /** The cases found, counted up to {@code limit}: the count stops there instead of reading every case. */
    long count(Criteria criteria, int limit) {
        Sql sql = where(criteria);
        sql.params.put("countLimit", limit);
        return jdbc.sql("select count(*) from (select 1 as found from case_file c" + sql.where + " limit :countLimit) f")
                .params(sql.params).query(Long.class).single();
    }

    /** The parties of the page's cases, in the order of their role: one query. */
    Map<String, List<PartyLine>> parties(Collection<String> caseIds) {
        Map<String, List<PartyLine>> parties = new LinkedHashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("select case_id, full_name, id_number_masked from case_party where case_id in (:ids)"
                            + " order by case_id, party_role")
                    .param("ids", caseIds)
                    .query(rs -> {
                        parties.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                                .add(new PartyLine(rs.getString(2), rs.getString(3)));
                    });
        }
        return parties;
    }

    /** The open steps of the page's cases, oldest first: one query. */
    Map<String, List<OpenStep>> openSteps(Collection<String> caseIds) {
        Map<String, List<OpenStep>> steps = new LinkedHashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("select case_id, task_id, step_name, due_at from case_step where case_id in (:ids)"
                            + " and ended_at is null order by case_id, created_at, task_id")
                    .param("ids", caseIds)
                    .query(rs -> {
                        steps.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                                .add(new OpenStep(rs.getString(2), rs.getString(3), instant(rs, "due_at")));
                    });
        }
        return steps;
    }

    // ------------------------------------------------------------------------------------------------- SQL parts

    private record Sql(StringBuilder where, Map<String, Object> params) {
    }

    private static Sql where(Criteria criteria) {
        Sql sql = new Sql(new StringBuilder(" where ("), new LinkedHashMap<>());
        sql.where.append(reach(criteria.reach(), sql.params)).append(")");
        if (criteria.kind() != null) {
            sql.where.append(" and c.case_kind = :kind");
            sql.params.put("kind", criteria.kind().name());
        }
        if (criteria.state() != null) {
            sql.where.append(criteria.state() == WorkspaceQuery.State.OPEN ? " and c.status not in (:final)"
                    : " and c.status in (:final)");
            sql.params.put("final", CaseStatus.FINAL.stream().map(Enum::name).sorted().toList());
        }
        if (criteria.status() != null) {
            sql.where.append(" and c.status = :status");
            sql.params.put("status", criteria.status().name());
        }
        if (criteria.stepKey() != null) {
            sql.where.append(" and c.id in (select st.case_id from case_step st"
                    + " where st.step_key = :stepKey and st.ended_at is null)");
            sql.params.put("stepKey", criteria.stepKey());
        }
        String search = criteria.search().condition("c.id", "c.case_number", sql.params);
        if (search != null) {
            sql.where.append(" and ").append(search);
        }
        return sql;
    }

    /** The user's reach: their towns' cases, or cases with a step offered to one of their liaison groups. */
    private static String reach(Reach reach, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        if (reach.allTowns()) {
            any.add("1 = 1");
        } else if (!reach.towns().isEmpty()) {
            any.add("c.town_slug in (:reachTowns)");
            params.put("reachTowns", reach.towns());
        }
        if (!reach.liaisonGroups().isEmpty()) {
            any.add("c.id in (select sg.case_id from case_step_group sg where sg.group_id in (:reachGroups))");
            params.put("reachGroups", reach.liaisonGroups());
        }
        return any.isEmpty() ? "1 = 0" : String.join(" or ", any);
    }

    private CaseLine caseLine(ResultSet rs, int row) throws SQLException {
        return new CaseLine(rs.getString("id"), rs.getString("case_number"), CaseKind.valueOf(rs.getString("case_kind")),
                rs.getString("town_slug"), CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return InstantColumns.read(rs, column);
    }
}
