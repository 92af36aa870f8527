package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Bands;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Criteria;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.GroupCount;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Reach;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk's counts from the steps counted by day (case_step_open_count and case_step_ended_count, V35, kept by
 * casefile.StepCounts): a few rows a day whatever the number of steps, so the summary, the charts and the ended
 * view's counts cost the same at 1,000 and at 1,000,000 steps. They serve a reach of towns without a search; a
 * liaison's reach (steps offered to a group) and a search are counted step by step ({@link DeadlineQueries}).
 */
@Repository
class DeadlineDayCounts {

    private final JdbcClient jdbc;

    DeadlineDayCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the counts per day serve the criteria: a reach of towns (no liaison's groups) and no search. */
    boolean serve(Criteria criteria) {
        Reach reach = criteria.reach();
        return reach.liaisonGroups().isEmpty() && (reach.allTowns() || !reach.towns().isEmpty())
                && criteria.search().isEmpty();
    }

    /** The open steps by town, kind, unit and status: the counts per due day summed against the bands. */
    List<GroupCount> open(Criteria criteria, Bands bands) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(criteria, params);
        params.put("today", bands.today());
        params.put("laterOn", bands.laterOn());
        StringBuilder sums = new StringBuilder();
        for (DeadlineStatus status : DeadlineStatus.values()) {
            sums.append(", sum(case when ").append(condition(status)).append(" then t.open_steps else 0 end)");
        }
        return DeadlineQueries.groupCounts(jdbc, "select t.town_slug, t.case_kind, t.responsible_unit" + sums
                + " from case_step_open_count t" + where + " group by t.town_slug, t.case_kind, t.responsible_unit",
                params);
    }

    /** [on time, late] among the steps completed on the days {@code [fromDay, toDay)}. */
    int[] ended(Criteria criteria, LocalDate fromDay, LocalDate toDay, List<Map.Entry<String, String>> steps) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(criteria, params).append(" and t.ended_on >= :fromDay and t.ended_on < :toDay");
        params.put("fromDay", fromDay);
        params.put("toDay", toDay);
        where.append(postingSteps("t", steps, params));
        return jdbc.sql("select coalesce(sum(case when t.on_time then t.ended_steps else 0 end), 0),"
                        + " coalesce(sum(t.ended_steps), 0) from case_step_ended_count t" + where)
                .params(params)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2) - rs.getInt(1)})
                .single();
    }

    /** Only the given (kind, step key) pairs of the table with that alias, when given. */
    static String postingSteps(String alias, List<Map.Entry<String, String>> steps, Map<String, Object> params) {
        if (steps == null) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            pairs.add("(" + alias + ".case_kind = :postingKind" + i + " and " + alias + ".step_key = :postingStep" + i
                    + ")");
            params.put("postingKind" + i, steps.get(i).getKey());
            params.put("postingStep" + i, steps.get(i).getValue());
        }
        return pairs.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", pairs) + ")";
    }

    /** The reach and the filters on a table of counts per day (alias t). */
    private static StringBuilder where(Criteria criteria, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!criteria.reach().allTowns()) {
            where.append(" and t.town_slug in (:reachTowns)");
            params.put("reachTowns", criteria.reach().towns());
        }
        if (criteria.kind() != null) {
            where.append(" and t.case_kind = :kind");
            params.put("kind", criteria.kind().name());
        }
        if (criteria.town() != null) {
            where.append(" and t.town_slug = :town");
            params.put("town", criteria.town());
        }
        if (criteria.unit() != null) {
            where.append(" and t.responsible_unit = :unit");
            params.put("unit", criteria.unit());
        }
        return where;
    }

    /** An open step's status by its due day: the same bands as a step's due instant (DeadlineQueries). */
    private static String condition(DeadlineStatus status) {
        return switch (status) {
            case NO_DEADLINE -> "t.undated";
            case OVERDUE -> "not t.undated and t.due_on < :today";
            case DUE_SOON -> "not t.undated and t.due_on >= :today and t.due_on < :laterOn";
            case ON_TIME -> "not t.undated and t.due_on >= :laterOn";
        };
    }
}
