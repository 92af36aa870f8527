package cn.gov.xinbei.pfp.benchmark;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.domain.NameParts;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * Seeds the project's own tables (case_file, case_party and its name parts, case_step and its groups) with multi-row
 * inserts: a realistic spread of towns, case kinds, statuses and due dates, so that the lists have to filter and sort
 * for real. Rows are numbered;
 * {@link #topUp} adds only the rows a larger volume needs, so one run can measure 1,000, then 10,000, then 100,000.
 * Values are generated, never user input, so they are written into the statements as literals.
 */
final class ProjectRowsSeeder {

    static final List<String> TOWNS = List.of("chunjiang", "menghe", "xinqiao", "xuejia", "luoxi", "xixiashu", "hehai",
            "sanjing", "longhutang");
    /** The proportions: per open step, three cases and ten ended steps. */
    static final int CASES_PER_OPEN_STEP = 3;
    static final int ENDED_STEPS_PER_OPEN_STEP = 10;
    private static final int ROWS_PER_INSERT = 1000;
    /** The party each kind's case is about. */
    private static final Map<CaseKind, CaseParty.Role> ROLES = Map.of(CaseKind.SECOND_CHILD, CaseParty.Role.WIFE,
            CaseKind.ASSISTANCE, CaseParty.Role.BENEFICIARY, CaseKind.MAINTENANCE_FEE, CaseParty.Role.PAYER,
            CaseKind.TWO_NON, CaseParty.Role.SUBJECT, CaseKind.BIRTH_REGISTRATION, CaseParty.Role.MOTHER);
    /** The five case kinds the published figures were measured with (the migrant kinds of issue 20 came later). */
    private static final CaseKind[] KINDS = {CaseKind.SECOND_CHILD, CaseKind.ASSISTANCE, CaseKind.MAINTENANCE_FEE,
            CaseKind.TWO_NON, CaseKind.BIRTH_REGISTRATION};
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"敏", "娟", "芳", "丽", "红", "燕", "静", "霞", "萍", "英", "华", "玲", "梅"};
    static final LocalDate TODAY = LocalDate.of(2012, 6, 15);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private final JdbcTemplate jdbc;
    private int openSteps;
    private int cases;
    private int endedSteps;

    ProjectRowsSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds rows until there are {@code open} open steps, three times as many cases and ten times as many ended steps. */
    void topUp(int open) {
        int targetCases = open * CASES_PER_OPEN_STEP;
        insert("case_file (id, case_number, case_kind, town_slug, status, title, process_instance_id, applied_on,"
                + " due_on, closed_on, created_at, created_by, updated_at, version)", cases, targetCases, this::caseRow);
        insert("case_party (id, case_id, party_role, full_name, id_number, id_number_masked, birth_date, sex)",
                cases, targetCases, this::partyRow);
        insert("case_party_name_part (party_id, part, case_id)", cases, targetCases, this::namePartRows);
        cases = targetCases;
        insert(STEP_COLUMNS, openSteps, open, i -> stepRow("open-" + i, i, false));
        insert(GROUP_COLUMNS, openSteps, open, i -> groupRow("open-" + i, i, false));
        openSteps = open;
        int targetEnded = open * ENDED_STEPS_PER_OPEN_STEP;
        insert(STEP_COLUMNS, endedSteps, targetEnded, i -> stepRow("ended-" + i, i, true));
        insert(GROUP_COLUMNS, endedSteps, targetEnded, i -> groupRow("ended-" + i, i, true));
        endedSteps = targetEnded;
    }

    /** A case number the seeding wrote (the lists' search by number looks for it). */
    static String caseNumber(int caseIndex) {
        return "BM-" + kind(caseIndex).name().substring(0, 2) + "-" + String.format("%07d", caseIndex);
    }

    /** The ID number of the applicant of that case. */
    static String idNumber(int caseIndex) {
        // A 15-digit first-generation number read before 2013 is converted to 18 digits with its check character.
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(caseIndex % 9000);
        String first = "320411" + birth.toString().replace("-", "").substring(2) + String.format("%03d", caseIndex / 9000 % 1000);
        return ResidentIdNumber.parse(first, LocalDate.of(2012, 1, 1)).value();
    }

    static String applicantName(int caseIndex) {
        return SURNAMES[caseIndex % SURNAMES.length] + GIVEN[(caseIndex / SURNAMES.length) % GIVEN.length]
                + GIVEN[(caseIndex / 7) % GIVEN.length];
    }

    static String town(int caseIndex) {
        return TOWNS.get(caseIndex % TOWNS.size());
    }

    private static CaseKind kind(int caseIndex) {
        return KINDS[(caseIndex / TOWNS.size()) % KINDS.length];
    }

    private static final String STEP_COLUMNS = "case_step (task_id, case_id, process_instance_id, step_key, step_name,"
            + " candidate_groups, responsible_unit, legal_basis, created_at, due_at, original_due_at, ended_at, end_kind,"
            + " completed_by, due_basis, case_kind, town_slug, undated)";

    private static final String GROUP_COLUMNS = "case_step_group (task_id, group_id, case_id, claimable, undated,"
            + " due_at, created_at)";

    private String caseRow(int i) {
        // Every third case is open and holds one open step; the others are closed.
        boolean open = i % CASES_PER_OPEN_STEP == 0;
        LocalDate applied = NOW.toLocalDate().minusDays(i % 700);
        return values(q("case-" + i), q(caseNumber(i)), q(kind(i).name()), q(town(i)), q(open ? "ACCEPTED" : "CLOSED"),
                q(applicantName(i) + "的" + kind(i).displayName()), q("pi-" + i), date(applied),
                date(applied.plusDays(30)), open ? "null" : date(applied.plusDays(20)), ts(applied.atTime(9, 0)),
                q(town(i) + ".clerk"), ts(applied.atTime(9, 0)), "0");
    }

    /** The applicant's name parts, as CaseParty writes them (several rows for one case). */
    private String namePartRows(int i) {
        StringJoiner rows = new StringJoiner(",");
        NameParts.of(applicantName(i)).forEach(part -> rows.add(values(q("party-" + i), q(part), q("case-" + i))));
        return rows.toString();
    }

    private String partyRow(int i) {
        String id = idNumber(i);
        return values(q("party-" + i), q("case-" + i), q(ROLES.get(kind(i)).name()), q(applicantName(i)), q(id),
                q(ResidentIdNumber.mask(id)), "null", q(i % 2 == 0 ? "F" : "M"));
    }

    /** Step i of its kind: open step i belongs to open case 3i, ended steps to any case. */
    private String stepRow(String taskId, int i, boolean ended) {
        int caseIndex = ended ? i % cases : i * CASES_PER_OPEN_STEP;
        String town = town(caseIndex);
        // Due dates from 20 days ago to 40 days ahead: overdue, due soon and on time all occur.
        LocalDateTime created = created(i);
        LocalDateTime due = due(i);
        return values(q(taskId), q("case-" + caseIndex), q("pi-" + caseIndex), q("townReview"), q("镇（街道）审核"),
                q(town + "-clerk"), q(town), q("《江苏省人口与计划生育条例》第二十六条"), ts(created), ts(due), ts(due),
                ended ? ts(due.minusDays(i % 5)) : "null", ended ? q("COMPLETED") : "null",
                ended ? q(town + ".clerk") : "null", "null", q(kind(caseIndex).name()), q(town), "false");
    }

    /** The group step i is offered to (its town's clerks), claimable while open: what 我的待办 reads. */
    private String groupRow(String taskId, int i, boolean ended) {
        int caseIndex = ended ? i % cases : i * CASES_PER_OPEN_STEP;
        return values(q(taskId), q(town(caseIndex) + "-clerk"), q("case-" + caseIndex), ended ? "false" : "true",
                "false", ts(due(i)), ts(created(i)));
    }

    private static LocalDateTime created(int i) {
        return NOW.minusDays(i % 60).minusMinutes(i % 1440);
    }

    private static LocalDateTime due(int i) {
        return NOW.plusDays((i % 60) - 20);
    }

    private void insert(String tableAndColumns, int from, int to, IntFunction<String> row) {
        for (int start = from; start < to; start += ROWS_PER_INSERT) {
            StringJoiner rows = new StringJoiner(",");
            for (int i = start; i < Math.min(to, start + ROWS_PER_INSERT); i++) {
                rows.add(row.apply(i));
            }
            jdbc.execute("insert into " + tableAndColumns + " values " + rows);
        }
    }

    private static String values(String... values) {
        return "(" + String.join(",", values) + ")";
    }

    private static String q(String text) {
        return "'" + text + "'";
    }

    private static String date(LocalDate day) {
        return q(day.toString());
    }

    private static String ts(LocalDateTime time) {
        return q(time.toString().replace('T', ' '));
    }
}
