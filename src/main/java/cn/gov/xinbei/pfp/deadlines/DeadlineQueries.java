package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseSearch;
import cn.gov.xinbei.pfp.deadlines.DeadlineFilters.SortKey;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.shared.time.InstantColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The deadline desk's SQL: filtering, status, sorting, counting and paging of steps happen in the database, so a
 * page costs the same at 1,000 and at 100,000 open steps; only the rows of the page are read. Timestamps are bound
 * and read in the zone Hibernate writes them in ({@code hibernate.jdbc.time_zone}).
 */
@Repository
class DeadlineQueries {

    /** Who sees which steps: the towns of their case scope (or all) and the liaison groups the steps are offered to. */
    record Reach(boolean allTowns, Collection<String> towns, Set<String> liaisonGroups) {
    }

    /** What a search selects besides the user's reach; null means any. */
    record Criteria(Reach reach, CaseKind kind, String town, String unit, CaseSearch search) {
    }

    /**
     * Where the statuses change: due before {@code todayStarts} overdue, before {@code laterStarts} (the start of the
     * day after the last due-soon day) due soon, later on time; {@code today} and {@code laterOn} are their days.
     */
    record Bands(Instant todayStarts, Instant laterStarts, LocalDate today, LocalDate laterOn) {
    }

    /** A step of the list with what its row shows of the case. */
    record StepLine(String taskId, String caseId, String caseNumber, CaseKind kind, String townSlug, String stepKey,
                    String stepName, String candidateGroups, String responsibleUnit, String legalBasis,
                    Instant createdAt, Instant dueAt, Instant originalDueAt, String dueBasis, Instant endedAt,
                    String completedBy) {

        List<String> candidateGroupList() {
            return candidateGroups == null ? List.of() : Stream.of(candidateGroups.split(",")).map(String::strip)
                    .filter(g -> !g.isEmpty()).toList();
        }
    }

    /** Open steps counted by case kind, town, responsible unit and status: the summary and the charts. */
    record GroupCount(CaseKind kind, String town, String unit, DeadlineStatus status, int count) {
    }

    private static final String COLUMNS = """
            s.task_id, s.case_id, c.case_number, s.case_kind, s.town_slug, s.step_key, s.step_name,
            s.candidate_groups, s.responsible_unit, s.legal_basis, s.created_at, s.due_at, s.original_due_at,
            s.due_basis, s.ended_at, s.completed_by""";
    /** The case file's join, for its number (shown on rows, searched by its beginning). */
    private static final String JOIN_CASE = " join case_file c on c.id = s.case_id";
    /**
     * Ties among steps due (or ended) at the same instant, in the order the desk's indexes hold them (V30), so that no
     * sort is needed. Within one town the town is left out: MySQL does not take a column compared with a string of the
     * connection's collation for a constant, and would sort.
     */
    private static final String TIES = ", s.case_kind, s.town_slug, s.responsible_unit, s.task_id";
    private static final String TIES_IN_A_TOWN = ", s.case_kind, s.responsible_unit, s.task_id";

    private final JdbcClient jdbc;
    private final DeadlineDayCounts dayCounts;

    DeadlineQueries(JdbcClient jdbc, DeadlineDayCounts dayCounts) {
        this.jdbc = jdbc;
        this.dayCounts = dayCounts;
    }

    /** One page of open steps (status null: any), in the order asked for. */
    List<StepLine> openPage(Criteria criteria, Bands bands, DeadlineStatus status, SortKey sort, boolean descending,
                            List<String> townOrder, long offset, int limit) {
        Sql sql = openSql(criteria, bands, status);
        sql.where.append(orderBy(sort, descending, townOrder, ties(criteria), sql.params));
        sql.where.append(" limit :limit offset :offset");
        sql.params.put("limit", limit);
        sql.params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + from(criteria, Use.ROWS, true) + sql.where).params(sql.params)
                .query(this::stepLine).list();
    }

    /** Every open step selected, in the order asked for, read as it is consumed (for the Excel export). */
    Stream<StepLine> openStream(Criteria criteria, Bands bands, DeadlineStatus status, SortKey sort,
                                boolean descending, List<String> townOrder) {
        Sql sql = openSql(criteria, bands, status);
        sql.where.append(orderBy(sort, descending, townOrder, ties(criteria), sql.params));
        return jdbc.sql("select " + COLUMNS + from(criteria, Use.ROWS, true) + sql.where).params(sql.params)
                .query(this::stepLine).stream();
    }

    long openCount(Criteria criteria, Bands bands, DeadlineStatus status) {
        Sql sql = openSql(criteria, bands, status);
        return jdbc.sql("select count(*)" + from(criteria, Use.ROWS, false) + sql.where).params(sql.params)
                .query(Long.class).single();
    }

    /**
     * Every open step the criteria select (whatever their status), counted by kind, town, unit and status. A reach of
     * towns without a search reads the maintained counts per due day (case_step_open_count, V35); a liaison's reach or
     * a search counts the steps it selects.
     */
    List<GroupCount> openCounts(Criteria criteria, Bands bands) {
        return dayCounts.serve(criteria) ? dayCounts.open(criteria, bands) : counted(criteria, bands);
    }

    /** The steps selected, counted one by one: one row a town, kind and unit, in the order of ix_case_step_desk_counts. */
    private List<GroupCount> counted(Criteria criteria, Bands bands) {
        Sql sql = openSql(criteria, bands, null);
        StringBuilder sums = new StringBuilder();
        for (DeadlineStatus status : DeadlineStatus.values()) {
            sums.append(", sum(case when ").append(condition(status)).append(" then 1 else 0 end)");
        }
        boolean oneTown = oneTown(criteria);
        return groupCounts(jdbc, "select " + (oneTown ? "min(s.town_slug)" : "s.town_slug") + ", s.case_kind,"
                + " s.responsible_unit" + sums + from(criteria, Use.COUNTS, false) + sql.where + " group by "
                + (oneTown ? "" : "s.town_slug, ") + "s.case_kind, s.responsible_unit", sql.params);
    }

    /** Rows of town, kind, unit and a count per status (in the order of {@link DeadlineStatus}). */
    static List<GroupCount> groupCounts(JdbcClient jdbc, String query, Map<String, Object> params) {
        List<GroupCount> counts = new ArrayList<>();
        jdbc.sql(query).params(params).query(rs -> {
            String unit = rs.getString(3);
            for (DeadlineStatus status : DeadlineStatus.values()) {
                int count = rs.getInt(4 + status.ordinal());
                if (count > 0) {
                    counts.add(new GroupCount(CaseKind.valueOf(rs.getString(2)), rs.getString(1),
                            unit == null || unit.isEmpty() ? null : unit, status, count));
                }
            }
        });
        return counts;
    }

    /** Completed steps with a due date that ended in [from, to), optionally only the given (kind, step key) pairs. */
    List<StepLine> endedPage(Criteria criteria, Instant from, Instant to, List<Map.Entry<String, String>> steps,
                             long offset, int limit) {
        Sql sql = endedSql(criteria, from, to, steps);
        sql.where.append(endedOrder(criteria) + " limit :limit offset :offset");
        sql.params.put("limit", limit);
        sql.params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + from(criteria, Use.ROWS, true) + sql.where).params(sql.params)
                .query(this::stepLine).list();
    }

    Stream<StepLine> endedStream(Criteria criteria, Instant from, Instant to, List<Map.Entry<String, String>> steps) {
        Sql sql = endedSql(criteria, from, to, steps);
        sql.where.append(endedOrder(criteria));
        return jdbc.sql("select " + COLUMNS + from(criteria, Use.ROWS, true) + sql.where).params(sql.params)
                .query(this::stepLine).stream();
    }

    /**
     * [on time, late] among the ended steps selected: on time is ended at or before the due instant. A reach of towns
     * without a search reads the counts per day ended (case_step_ended_count, V35) of the days {@code [fromDay,
     * toDay)}, which are the instants {@code [from, to)}; otherwise the steps selected are counted.
     */
    int[] endedCounts(Criteria criteria, Instant from, Instant to, LocalDate fromDay, LocalDate toDay,
                      List<Map.Entry<String, String>> steps) {
        return dayCounts.serve(criteria) ? dayCounts.ended(criteria, fromDay, toDay, steps)
                : endedCounted(criteria, from, to, steps);
    }

    private int[] endedCounted(Criteria criteria, Instant from, Instant to, List<Map.Entry<String, String>> steps) {
        Sql sql = endedSql(criteria, from, to, steps);
        return jdbc.sql("select coalesce(sum(case when s.ended_at <= s.due_at then 1 else 0 end), 0), count(*)"
                        + from(criteria, Use.ROWS, false) + sql.where)
                .params(sql.params)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2) - rs.getInt(1)})
                .single();
    }

    /** The parties of the given cases as "name masked-ID", in the order of their role, one query for a page. */
    Map<String, List<String>> parties(Collection<String> caseIds) {
        Map<String, List<String>> parties = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return parties;
        }
        jdbc.sql("select case_id, full_name, id_number_masked from case_party where case_id in (:ids)"
                        + " order by case_id, party_role")
                .param("ids", caseIds)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(rs.getString(2) + " " + rs.getString(3));
                });
        return parties;
    }

    // ------------------------------------------------------------------------------------------------- SQL parts

    /** A where clause and its named parameters. */
    private record Sql(StringBuilder where, Map<String, Object> params) {
    }

    private Sql openSql(Criteria criteria, Bands bands, DeadlineStatus status) {
        Sql sql = common(criteria, " where s.ended_at is null");
        sql.params.put("todayStarts", local(bands.todayStarts()));
        sql.params.put("laterStarts", local(bands.laterStarts()));
        if (status != null) {
            sql.where.append(" and ").append(condition(status));
        }
        return sql;
    }

    /** An open step's status in SQL: undated, or where its due instant falls among the bands. */
    private static String condition(DeadlineStatus status) {
        return switch (status) {
            case NO_DEADLINE -> "s.undated";
            case OVERDUE -> "not s.undated and s.due_at < :todayStarts";
            case DUE_SOON -> "not s.undated and s.due_at >= :todayStarts and s.due_at < :laterStarts";
            case ON_TIME -> "not s.undated and s.due_at >= :laterStarts";
        };
    }

    private Sql endedSql(Criteria criteria, Instant from, Instant to, List<Map.Entry<String, String>> steps) {
        Sql sql = common(criteria, " where s.ended_at is not null and s.end_kind = 'COMPLETED' and s.due_at is not null"
                + " and s.ended_at >= :endedFrom and s.ended_at < :endedTo");
        sql.params.put("endedFrom", local(from));
        sql.params.put("endedTo", local(to));
        sql.where.append(DeadlineDayCounts.postingSteps("s", steps, sql.params));
        return sql;
    }

    private static Sql common(Criteria criteria, String start) {
        Sql sql = new Sql(new StringBuilder(start), new LinkedHashMap<>());
        sql.where.append(" and (").append(reach(criteria.reach(), sql.params)).append(")");
        if (criteria.kind() != null) {
            sql.where.append(" and s.case_kind = :kind");
            sql.params.put("kind", criteria.kind().name());
        }
        if (criteria.town() != null) {
            sql.where.append(" and s.town_slug = :town");
            sql.params.put("town", criteria.town());
        }
        if (criteria.unit() != null) {
            sql.where.append(" and s.responsible_unit = :unit");
            sql.params.put("unit", criteria.unit());
        }
        String search = criteria.search().condition("s.case_id", "c.case_number", sql.params);
        if (search != null) {
            sql.where.append(" and ").append(search);
        }
        return sql;
    }

    /** The user's reach: their towns' cases, or steps offered to one of their liaison groups. */
    private static String reach(Reach reach, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        if (reach.allTowns()) {
            any.add("1 = 1");
        } else if (!reach.towns().isEmpty()) {
            any.add("s.town_slug in (:reachTowns)");
            params.put("reachTowns", reach.towns());
        }
        if (!reach.liaisonGroups().isEmpty()) {
            any.add("s.task_id in (select sg.task_id from case_step_group sg where sg.group_id in (:reachGroups))");
            params.put("reachGroups", reach.liaisonGroups());
        }
        return any.isEmpty() ? "1 = 0" : String.join(" or ", any);
    }

    /**
     * The order asked for. By due date (the default) it is the order of the desk's indexes (V30): undated last, then
     * kind, town and unit within a day, so the first page is read from the index however many steps are open.
     */
    private static String orderBy(SortKey sort, boolean descending, List<String> townOrder, String ties,
                                  Map<String, Object> params) {
        String dir = descending ? " desc" : "";
        String byDue = "s.undated, s.due_at" + ties;
        return " order by " + switch (sort) {
            case DUE -> byDue.replace(",", dir + ",") + dir;
            case CASE_NUMBER -> "c.case_number" + dir + ", " + byDue;
            case TOWN -> townRank(townOrder, params) + dir + ", " + byDue;
            case CREATED -> "s.created_at" + dir + ", " + byDue;
        };
    }

    /** Ended steps in the order they ended, ties as in the index. */
    private static String endedOrder(Criteria criteria) {
        return " order by s.ended_at, s.undated, s.due_at" + ties(criteria);
    }

    private static String ties(Criteria criteria) {
        return oneTown(criteria) ? TIES_IN_A_TOWN : TIES;
    }

    /** The towns in the order of the organization's configuration (not alphabetical slugs). */
    private static String townRank(List<String> townOrder, Map<String, Object> params) {
        StringBuilder rank = new StringBuilder("case s.town_slug");
        for (int i = 0; i < townOrder.size(); i++) {
            rank.append(" when :townRank").append(i).append(" then ").append(i);
            params.put("townRank" + i, townOrder.get(i));
        }
        return rank.append(" else ").append(townOrder.size()).append(" end").toString();
    }

    /** What a query reads case_step for: rows in date order (or a period of ended steps), or counts by status. */
    private enum Use { ROWS, COUNTS }

    /**
     * The steps, with the case file where its number is shown or searched, and the index of V30 that serves the
     * user's reach named, so the plan does not depend on the optimizer's estimate at a given volume (with several
     * indexes starting alike it may pick one that then sorts every open step). A search,
     * a reach of several towns or of liaison groups leaves the choice to the optimizer. H2 and MySQL read the same
     * hint.
     */
    private static String from(Criteria criteria, Use use, boolean withCase) {
        boolean search = !criteria.search().isEmpty();
        boolean oneTown = oneTown(criteria);
        String index = search || !(oneTown || criteria.reach().allTowns()) ? null
                : use == Use.COUNTS ? "ix_case_step_desk_counts"
                : oneTown ? "ix_case_step_desk_town" : "ix_case_step_desk";
        return " from case_step s" + (index == null ? "" : " use index (" + index + ")")
                + (withCase || criteria.search().caseNumberPrefix() != null ? JOIN_CASE : "");
    }

    /** The steps of one town only: a town's user, or a town chosen in the filter. */
    private static boolean oneTown(Criteria criteria) {
        Reach reach = criteria.reach();
        return criteria.town() != null || (!reach.allTowns() && reach.towns().size() == 1
                && reach.liaisonGroups().isEmpty());
    }

    private static Calendar local(Instant instant) {
        return InstantColumns.parameter(instant);
    }

    private StepLine stepLine(ResultSet rs, int row) throws SQLException {
        return new StepLine(rs.getString("task_id"), rs.getString("case_id"), rs.getString("case_number"),
                CaseKind.valueOf(rs.getString("case_kind")), rs.getString("town_slug"), rs.getString("step_key"),
                rs.getString("step_name"), rs.getString("candidate_groups"), rs.getString("responsible_unit"),
                rs.getString("legal_basis"), instant(rs, "created_at"), instant(rs, "due_at"),
                instant(rs, "original_due_at"), rs.getString("due_basis"), instant(rs, "ended_at"),
                rs.getString("completed_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return InstantColumns.read(rs, column);
    }
}
