package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.casefile.StepCounts;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small hand-made data set for the computed indicators, inserted with SQL. The expected figures are worked out in
 * the tests that use it (TargetIndicatorsTest, TargetsApiTest). Period used: 2012-01-01 to 2012-06-30.
 */
final class TargetFixtures {

    private final JdbcTemplate jdbc;
    private final AtomicInteger sequence = new AtomicInteger();

    TargetFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything below, in one go. */
    void all() {
        births();
        caseSteps();
        assistance();
        uploads();
        migrants();
    }

    // ------------------------------------------------------------------ births (birth_check)

    /**
     * chunjiang: 7 births in the period, 6 compliant and 1 pending; 4 boys, 3 girls; one more (compliant) on
     * 2012-07-05, outside the period. menghe: 50, 49 compliant, 1 not; 25 boys, 25 girls. xinqiao: the same as
     * menghe. xuejia: 103 boys, 100 girls, luoxi: 108 boys, 100 girls, hehai: 5 boys, 1 girl (all pending).
     */
    void births() {
        String upload = upload("health", "BIRTH", "chunjiang", "2012-01", LocalDateTime.of(2012, 2, 1, 9, 0));
        List<Object[]> records = new ArrayList<>();
        List<Object[]> checks = new ArrayList<>();
        births(upload, records, checks, "chunjiang", 4, "MALE", true, LocalDate.of(2012, 3, 1));
        births(upload, records, checks, "chunjiang", 2, "FEMALE", true, LocalDate.of(2012, 4, 1));
        births(upload, records, checks, "chunjiang", 1, "FEMALE", null, LocalDate.of(2012, 6, 30));
        births(upload, records, checks, "chunjiang", 1, "MALE", true, LocalDate.of(2012, 7, 5));
        births(upload, records, checks, "menghe", 25, "MALE", true, LocalDate.of(2012, 1, 1));
        births(upload, records, checks, "menghe", 24, "FEMALE", true, LocalDate.of(2012, 2, 1));
        births(upload, records, checks, "menghe", 1, "FEMALE", false, LocalDate.of(2012, 2, 2));
        births(upload, records, checks, "xinqiao", 25, "MALE", true, LocalDate.of(2012, 5, 1));
        births(upload, records, checks, "xinqiao", 24, "FEMALE", true, LocalDate.of(2012, 5, 2));
        births(upload, records, checks, "xinqiao", 1, "FEMALE", false, LocalDate.of(2012, 5, 3));
        births(upload, records, checks, "xuejia", 103, "MALE", null, LocalDate.of(2012, 3, 3));
        births(upload, records, checks, "xuejia", 100, "FEMALE", null, LocalDate.of(2012, 3, 4));
        births(upload, records, checks, "luoxi", 108, "MALE", null, LocalDate.of(2012, 3, 5));
        births(upload, records, checks, "luoxi", 100, "FEMALE", null, LocalDate.of(2012, 3, 6));
        births(upload, records, checks, "hehai", 5, "MALE", null, LocalDate.of(2012, 3, 7));
        births(upload, records, checks, "hehai", 1, "FEMALE", null, LocalDate.of(2012, 3, 8));
        jdbc.batchUpdate("insert into department_record (id, upload_id, record_kind, town_slug, period_month,"
                + " line_number, event_date, subject_name, subject_id_number, subject_id_masked, child_sex, birth_order,"
                + " record_key) values (?, ?, 'BIRTH', ?, '2012-01', ?, ?, '母亲', ?, ?, ?, 1, ?)", records);
        jdbc.batchUpdate("insert into birth_check (birth_key, town_slug, first_record_id, mother_name,"
                + " mother_id_number, mother_id_masked, birth_date, child_sex, birth_order, outcome, compliant,"
                + " checked_at) values (?, ?, ?, '母亲', ?, ?, ?, ?, 1, ?, ?, CURRENT_TIMESTAMP)", checks);
    }

    private void births(String upload, List<Object[]> records, List<Object[]> checks, String town, int count,
                        String sex, Boolean compliant, LocalDate born) {
        for (int i = 0; i < count; i++) {
            int n = sequence.incrementAndGet();
            String record = UUID.randomUUID().toString();
            String mother = String.format("M%017d", n);
            records.add(new Object[]{record, upload, town, n, Date.valueOf(born), mother, mother, sex, "rk-" + n});
            String outcome = compliant == null ? "UNMATCHED" : compliant ? "FIRST_CHILD" : "UNMATCHED";
            checks.add(new Object[]{"bk-" + n, town, record, mother, mother, Date.valueOf(born), sex, outcome, compliant});
        }
    }

    // ------------------------------------------------------------------ uploads (department_upload)

    /**
     * chunjiang: January's six kinds on 8 February (timely); February's BIRTH_REGISTRATION, IN_MIGRATION, PREGNANCY,
     * BIRTH and MARRIAGE on 10 March 23:00 (timely, the due day), its SURGERY on 11 March (late); March's BIRTH on 3
     * April (timely) and again on 20 April (the first one counts); July's BIRTH (outside the period). Other towns:
     * nothing. (The births' own upload above is January BIRTH for chunjiang on 1 February, also timely.)
     */
    void uploads() {
        String[][] kinds = {{"police", "BIRTH_REGISTRATION"}, {"police", "IN_MIGRATION"}, {"health", "PREGNANCY"},
                {"health", "BIRTH"}, {"health", "SURGERY"}, {"hr", "MARRIAGE"}};
        for (String[] kind : kinds) {
            upload(kind[0], kind[1], "chunjiang", "2012-01", LocalDateTime.of(2012, 2, 8, 10, 0));
            boolean late = kind[1].equals("SURGERY");
            upload(kind[0], kind[1], "chunjiang", "2012-02",
                    late ? LocalDateTime.of(2012, 3, 11, 8, 0) : LocalDateTime.of(2012, 3, 10, 23, 0));
        }
        upload("health", "BIRTH", "chunjiang", "2012-03", LocalDateTime.of(2012, 4, 3, 9, 0));
        upload("health", "BIRTH", "chunjiang", "2012-03", LocalDateTime.of(2012, 4, 20, 9, 0));
        upload("health", "BIRTH", "chunjiang", "2012-07", LocalDateTime.of(2012, 8, 1, 9, 0));
    }

    String upload(String department, String kind, String town, String month, LocalDateTime at) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into department_upload (id, department, record_kind, town_slug, period_month, file_name,"
                        + " content_sha256, channel, uploaded_by, uploaded_at, accepted_rows, duplicate_rows, rejected_rows)"
                        + " values (?, ?, ?, ?, ?, 'data.csv', ?, 'FILE', 'health.liaison', ?, 0, 0, 0)",
                id, department, kind, town, month, "sha-" + id, china(at));
        return id;
    }

    // ------------------------------------------------------------------ case steps (case_step)

    /**
     * Second-child case in chunjiang: A1 Task_AcceptApplication (chunjiang) due 5 Mar, done 5 Mar 10:00 (on time);
     * A2 Task_TownReview (chunjiang) due 6 Mar, done 7 Mar (late; not a posting step in this process); A3
     * Task_DistrictDecision (bureau) due 20 Mar, done 19 Mar; A4 Task_PublishResult (chunjiang) due 27 Mar, done
     * 27 Mar 16:00; A5 Task_RecordCorrection without due date; A6 Task_IssueCertificate still open.
     * Assistance case in chunjiang: B1 Task_VillageReview due 10 Feb, done 9 Feb; B2 Task_TownReview due 20 Feb, done
     * 21 Feb (late); B3 Task_PoliceCheck cancelled; B4 Task_BureauConfirmation done 2 July (after the period).
     */
    void caseSteps() {
        String sc = caseFile("SECOND_CHILD", "SC-2012-9" + sequence.incrementAndGet(), "chunjiang");
        step(sc, "Task_AcceptApplication", "chunjiang", due(3, 5), at(3, 5, 10), "COMPLETED");
        step(sc, "Task_TownReview", "chunjiang", due(3, 6), at(3, 7, 9), "COMPLETED");
        step(sc, "Task_DistrictDecision", "bureau", due(3, 20), at(3, 19, 15), "COMPLETED");
        step(sc, "Task_PublishResult", "chunjiang", due(3, 27), at(3, 27, 16), "COMPLETED");
        step(sc, "Task_RecordCorrection", "chunjiang", null, at(3, 2, 9), "COMPLETED");
        step(sc, "Task_IssueCertificate", "bureau", due(4, 1), null, null);
        String ae = caseFile("ASSISTANCE", "AE-2012-9" + sequence.incrementAndGet(), "chunjiang");
        step(ae, "Task_VillageReview", "chunjiang", due(2, 10), at(2, 9, 11), "COMPLETED");
        step(ae, "Task_TownReview", "chunjiang", due(2, 20), at(2, 21, 11), "COMPLETED");
        step(ae, "Task_PoliceCheck", "police", due(2, 25), at(2, 24, 11), "CANCELLED");
        step(ae, "Task_BureauConfirmation", "bureau", due(7, 10), at(7, 2, 11), "COMPLETED");
        // Written by SQL, around the application: the desk's counts of open steps counted afresh.
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            StepCounts.rebuild(connection, CaseTestSupport.CHINA);
            return null;
        });
    }

    private void step(String caseId, String key, String unit, Timestamp due, Timestamp ended, String endKind) {
        String taskId = "task-" + sequence.incrementAndGet();
        jdbc.update("insert into case_step (task_id, case_id, process_instance_id, step_key, step_name,"
                        + " candidate_groups, responsible_unit, created_at, due_at, original_due_at, ended_at, end_kind,"
                        + " undated, case_kind, town_slug)"
                        + " select ?, c.id, 'pi', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, c.case_kind, c.town_slug"
                        + " from case_file c where c.id = ?",
                taskId, key, key, unit + "-clerk", unit,
                china(LocalDateTime.of(2012, 1, 2, 9, 0)), due, due, ended, endKind, due == null, caseId);
        jdbc.update("insert into case_step_group (task_id, group_id, case_id, claimable, undated, due_at, created_at)"
                + " select task_id, candidate_groups, case_id, ended_at is null, undated, due_at, created_at"
                + " from case_step where task_id = ?", taskId);
    }

    /** The end of a due day as the application stores it. */
    private static Timestamp due(int month, int day) {
        return new Timestamp(CaseTestSupport.endOf(LocalDate.of(2012, month, day)).getTime());
    }

    private static Timestamp at(int month, int day, int hour) {
        return china(LocalDateTime.of(2012, month, day, hour, 0));
    }

    // ------------------------------------------------------------------ assistance

    /**
     * chunjiang declarations: C1 confirmed 1 Mar (entitlement E1), C2 confirmed 2 Mar (E2, later stopped as found
     * ineligible: change confirmed 1 May), C3 refused 1 Apr, C4 confirmed 15 July (after the period), C5 undecided;
     * C6 confirmed 20 Dec 2011 (E3). Changes: E2 found ineligible, confirmed 1 May; E1 death, rejected 10 June; E3 hukou
     * moved out, confirmed 1 Feb; E3 another pending request. menghe: C7 confirmed 2 May (E8).
     * Entitlements: E1 rural award from 1 Mar 2012, 2012 credited 20 Mar; E2 rural award 2 Mar to 30 Apr 2012,
     * transferred, not credited; E3 rural award 21 Dec 2011 to 31 Jan 2012, credited for 2011 only; E4 one-off award
     * 1 June 2011 (credited 2011); E5 one-off award 1 Feb 2012, credited 3 July; E6 special support from 1 Aug 2012;
     * E7 rural award ended 31 Dec 2011; E8 (menghe) rural award from 1 May 2012, credited 20 May.
     */
    void assistance() {
        String c1 = assistanceCase("chunjiang", "CONFIRMED", LocalDate.of(2012, 3, 1));
        String c2 = assistanceCase("chunjiang", "CONFIRMED", LocalDate.of(2012, 3, 2));
        assistanceCase("chunjiang", "REFUSED", LocalDate.of(2012, 4, 1));
        assistanceCase("chunjiang", "CONFIRMED", LocalDate.of(2012, 7, 15));
        assistanceCase("chunjiang", null, null);
        String c6 = assistanceCase("chunjiang", "CONFIRMED", LocalDate.of(2011, 12, 20));
        String c7 = assistanceCase("menghe", "CONFIRMED", LocalDate.of(2012, 5, 2));

        String e1 = entitlement(c1, "chunjiang", "RURAL_AWARD", LocalDate.of(2012, 3, 1), null);
        String e2 = entitlement(c2, "chunjiang", "RURAL_AWARD", LocalDate.of(2012, 3, 2), LocalDate.of(2012, 4, 30));
        String e3 = entitlement(c6, "chunjiang", "RURAL_AWARD", LocalDate.of(2011, 12, 21), LocalDate.of(2012, 1, 31));
        String e4 = entitlement(otherCase("chunjiang"), "chunjiang", "RETIREE_ONE_OFF_AWARD", LocalDate.of(2011, 6, 1), null);
        String e5 = entitlement(otherCase("chunjiang"), "chunjiang", "RETIREE_ONE_OFF_AWARD", LocalDate.of(2012, 2, 1), null);
        entitlement(otherCase("chunjiang"), "chunjiang", "SPECIAL_SUPPORT", LocalDate.of(2012, 8, 1), null);
        entitlement(otherCase("chunjiang"), "chunjiang", "RURAL_AWARD", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 12, 31));
        String e8 = entitlement(c7, "menghe", "RURAL_AWARD", LocalDate.of(2012, 5, 1), null);

        payment(e1, 2012, LocalDate.of(2012, 3, 20));
        payment(e2, 2012, null);
        payment(e3, 2011, LocalDate.of(2011, 12, 28));
        payment(e4, 2011, LocalDate.of(2011, 6, 20));
        payment(e5, 2012, LocalDate.of(2012, 7, 3));
        payment(e8, 2012, LocalDate.of(2012, 5, 20));

        change(e2, "FOUND_INELIGIBLE", "CONFIRMED", LocalDate.of(2012, 5, 1));
        change(e1, "DEATH", "REJECTED", LocalDate.of(2012, 6, 10));
        change(e3, "HUKOU_MOVED_OUT", "CONFIRMED", LocalDate.of(2012, 2, 1));
        change(e3, "DEATH", "PENDING", null);
    }

    private String assistanceCase(String town, String decision, LocalDate decidedOn) {
        String id = caseFile("ASSISTANCE", "AE-2012-8" + sequence.incrementAndGet(), town);
        jdbc.update("insert into assistance_case (case_id, scheme, village, rule_version, eligibility_outcome,"
                        + " registered_facts, village_objections, town_objections, decision, decided_on, decided_by)"
                        + " values (?, 'RURAL_AWARD', '魏村', 'test', 'ELIGIBLE', '{}', 0, 0, ?, ?, ?)",
                id, decision, decidedOn == null ? null : Date.valueOf(decidedOn), decision == null ? null : "bureau.clerk");
        return id;
    }

    private String otherCase(String town) {
        return caseFile("ASSISTANCE", "AE-2011-7" + sequence.incrementAndGet(), town);
    }

    private String entitlement(String caseId, String town, String scheme, LocalDate from, LocalDate until) {
        String id = UUID.randomUUID().toString();
        String holder = String.format("H%017d", sequence.incrementAndGet());
        jdbc.update("insert into assistance_entitlement (id, case_id, id_number, id_number_masked, full_name, scheme,"
                        + " from_date, until_date, amount, rate_unit, rate_year, rate_provisional, town_slug, status,"
                        + " active_key, created_at) values (?, ?, ?, ?, '对象', ?, ?, ?, 960.00, 'PER_YEAR', ?, false, ?,"
                        + " ?, null, CURRENT_TIMESTAMP)",
                id, caseId, holder, holder, scheme, Date.valueOf(from), until == null ? null : Date.valueOf(until),
                from.getYear(), town, until == null ? "ACTIVE" : "STOPPED");
        return id;
    }

    private void payment(String entitlement, int year, LocalDate credited) {
        jdbc.update("insert into assistance_payment (id, entitlement_id, pay_year, amount, transfer_reference,"
                        + " transferred_on, credited_on) values (?, ?, ?, 960.00, ?, ?, ?)",
                UUID.randomUUID().toString(), entitlement, year, "TR-" + sequence.incrementAndGet(),
                Date.valueOf(LocalDate.of(year, 1, 10)), credited == null ? null : Date.valueOf(credited));
    }

    private void change(String entitlement, String reason, String status, LocalDate decidedOn) {
        jdbc.update("insert into assistance_change (id, entitlement_id, reason, effective_date, evidence, status,"
                        + " pending_key, requested_by, requested_at, decided_by, decided_on) values (?, ?, ?, ?, '证明材料',"
                        + " ?, ?, 'chunjiang.clerk', CURRENT_TIMESTAMP, ?, ?)",
                UUID.randomUUID().toString(), entitlement, reason, Date.valueOf(LocalDate.of(2012, 2, 1)), status,
                "PENDING".equals(status) ? entitlement : null, decidedOn == null ? null : "bureau.clerk",
                decidedOn == null ? null : Date.valueOf(decidedOn));
    }

    // ------------------------------------------------------------------ migrants (migrant_arrival_case)

    /**
     * Registrations of migrants at their town of residence (流动人口管理服务率; reference day 30 June: the period's end).
     * chunjiang, in the period: M1 registered 1 January (first day), certificate valid until 2014 (served); M2
     * registered 30 June (last day), certificate without a validity (served); M3 1 March, no certificate yet; M4
     * 1 February, certificate expired 31 May; M5 10 February, certificate presented late on 20 June (served); M6 10
     * March, presented late on 5 July (after the period); M7 1 April, notified to obtain one -> 3 of 7. Outside the
     * period: M8 registered 31 December 2011, M9 1 July 2012 (both served). menghe: N1 5 May and N2 6 May served,
     * N3 6 May with a certificate but the services not recorded -> 2 of 3. Other towns: none.
     */
    void migrants() {
        migrant("chunjiang", LocalDate.of(2012, 1, 1), "新流动婚育证〔2011〕00001号", LocalDate.of(2014, 1, 1), null, null, true);
        migrant("chunjiang", LocalDate.of(2012, 6, 30), "川婚育证〔2012〕12号", null, null, null, true);
        migrant("chunjiang", LocalDate.of(2012, 3, 1), null, null, null, null, true);
        migrant("chunjiang", LocalDate.of(2012, 2, 1), "皖婚育证〔2009〕3号", LocalDate.of(2012, 5, 31), null, null, true);
        migrant("chunjiang", LocalDate.of(2012, 2, 10), "豫婚育证〔2012〕5号", null, "PRESENTED", LocalDate.of(2012, 6, 20), true);
        migrant("chunjiang", LocalDate.of(2012, 3, 10), "豫婚育证〔2012〕6号", null, "PRESENTED", LocalDate.of(2012, 7, 5), true);
        migrant("chunjiang", LocalDate.of(2012, 4, 1), null, null, "NOTIFIED", LocalDate.of(2012, 5, 10), true);
        migrant("chunjiang", LocalDate.of(2011, 12, 31), "鄂婚育证〔2011〕9号", null, null, null, true);
        migrant("chunjiang", LocalDate.of(2012, 7, 1), "鄂婚育证〔2012〕9号", null, null, null, true);
        migrant("menghe", LocalDate.of(2012, 5, 5), "赣婚育证〔2012〕1号", null, null, null, true);
        migrant("menghe", LocalDate.of(2012, 5, 6), "赣婚育证〔2012〕2号", null, null, null, true);
        migrant("menghe", LocalDate.of(2012, 5, 6), "赣婚育证〔2012〕3号", null, null, null, false);
    }

    /** One registration: a certificate when number is given (late when outcome is PRESENTED), else none. */
    String migrant(String town, LocalDate registeredOn, String number, LocalDate validUntil, String outcome,
                   LocalDate followedUpOn, boolean servicesInformed) {
        int n = sequence.incrementAndGet();
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                        + " created_at, updated_at, version) values (?, ?, 'MIGRANT_ARRIVAL', ?, ?, '流入登记', ?,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
                id, String.format("MA-%d-9%04d", registeredOn.getYear(), n), town,
                number == null && outcome == null ? "AWAITING_CERTIFICATE" : "CLOSED", Date.valueOf(registeredOn));
        String idNumber = String.format("W%017d", n);
        jdbc.update("insert into case_party (id, case_id, party_role, full_name, id_number, id_number_masked)"
                + " values (?, ?, 'APPLICANT', ?, ?, ?)", UUID.randomUUID().toString(), id, "流入" + n, idNumber,
                "W***" + n);
        boolean presented = number != null;
        jdbc.update("insert into migrant_arrival_case (case_id, arrival_date, hukou_place, residence_address,"
                        + " certificate_presented, certificate_issuer, certificate_number, certificate_valid_until,"
                        + " services_informed, submission_due, follow_up_outcome, followed_up_on) values (?, ?, '四川省',"
                        + " '春江镇某小区', ?, ?, ?, ?, ?, ?, ?, ?)",
                id, Date.valueOf(registeredOn.minusDays(3)), presented, presented ? "某省某镇" : null, number,
                validUntil == null ? null : Date.valueOf(validUntil), servicesInformed,
                presented && outcome == null ? null : Date.valueOf(registeredOn.plusDays(27)), outcome,
                followedUpOn == null ? null : Date.valueOf(followedUpOn));
        return id;
    }

    // ------------------------------------------------------------------ shared

    private String caseFile(String kind, String number, String town) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, 'CLOSED', '测试案件', ?, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP, 0)",
                id, number, kind, town, Date.valueOf(LocalDate.of(2012, 1, 2)));
        return id;
    }

    private static Timestamp china(LocalDateTime at) {
        return Timestamp.from(at.atZone(CaseTestSupport.CHINA).toInstant());
    }
}
