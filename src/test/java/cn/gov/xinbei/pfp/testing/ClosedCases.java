package cn.gov.xinbei.pfp.testing;

import cn.gov.xinbei.pfp.casefile.domain.NameParts;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Closed cases written straight into the project's tables, as their processes leave them when they end: the case
 * file with its final status, its parties, and an ended step. For lists and case pages that must show closed cases of
 * every kind without running each process to its end.
 */
public final class ClosedCases {

    private ClosedCases() {
    }

    /** A party: role (CaseParty.Role), name and full ID number. */
    public record Party(String role, String name, String idNumber) {
    }

    /**
     * Writes the case and returns its id. {@code stepGroup}: the candidate group of its one ended step (e.g. a
     * liaison group), or null for none.
     */
    public static String insert(JdbcTemplate jdbc, String caseNumber, String kind, String town, String status,
                                LocalDate closedOn, String stepGroup, Party... parties) {
        String id = UUID.randomUUID().toString();
        Timestamp closed = Timestamp.valueOf(closedOn.atTime(10, 0));
        Timestamp opened = Timestamp.valueOf(closedOn.minusDays(20).atTime(9, 0));
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                        + " closed_on, outcome, created_at, created_by, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                id, caseNumber, kind, town, status, "已办结的案件 " + caseNumber, closedOn.minusDays(20), closedOn,
                "CLOSED", opened, "test", closed);
        for (Party p : parties) {
            String partyId = UUID.randomUUID().toString();
            jdbc.update("insert into case_party (id, case_id, party_role, full_name, id_number, id_number_masked)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    partyId, id, p.role(), p.name(), p.idNumber(), ResidentIdMasking.mask(p.idNumber()));
            // As CaseParty writes them: what the workspace's search by a part of a name looks up.
            for (String part : NameParts.of(p.name())) {
                jdbc.update("insert into case_party_name_part (party_id, part, case_id) values (?, ?, ?)",
                        partyId, part, id);
            }
        }
        if (stepGroup != null) {
            String taskId = UUID.randomUUID().toString();
            jdbc.update("insert into case_step (task_id, case_id, case_kind, town_slug, undated, process_instance_id,"
                            + " step_key, step_name, candidate_groups, responsible_unit, created_at, due_at,"
                            + " original_due_at, ended_at, end_kind, completed_by)"
                            + " values (?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED', ?)",
                    taskId, id, kind, town, "ended-" + caseNumber, "Task_Closed", "已办结的环节", stepGroup,
                    stepGroup.substring(0, stepGroup.indexOf('-')), opened,
                    Timestamp.valueOf(LocalDateTime.of(closedOn, java.time.LocalTime.of(23, 59, 59))),
                    Timestamp.valueOf(LocalDateTime.of(closedOn, java.time.LocalTime.of(23, 59, 59))), closed, "test");
            jdbc.update("insert into case_step_group (task_id, group_id, case_id, claimable, undated, due_at, created_at)"
                    + " select task_id, candidate_groups, case_id, false, undated, due_at, created_at"
                    + " from case_step where task_id = ?", taskId);
        }
        return id;
    }
}
