package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.departmentdata.domain.BirthMatching;
import cn.gov.xinbei.pfp.departmentdata.domain.BirthOutcome;
import cn.gov.xinbei.pfp.departmentdata.domain.DepartmentRecord;
import cn.gov.xinbei.pfp.maintenancefee.MaintenanceFeeProperties;
import cn.gov.xinbei.pfp.maintenancefee.FeeCaseRegistration;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One birth check per birth reported by the police (新生儿户口登记) or the health centres (出生): matched against the
 * approved second-child cases (BirthMatching), and, when flagged, resolved by the town: a social maintenance fee case
 * opened from it in one action (JS-PFP art. 41; 357号令 art. 3), or cleared as compliant after a check by hand.
 */
@Service
@Transactional
public class BirthCheckService {

    public enum Flag { OPEN, FEE_CASE_OPENED, CLEARED }

    /** The page's status filter: compliant true, false, or not yet decided. */
    public enum Status { COMPLIANT, NONCOMPLIANT, PENDING }

    private final JdbcTemplate jdbc;
    private final DepartmentDataAccess access;
    private final DepartmentKinds kinds;
    private final Organization organization;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CaseFileService caseFiles;
    private final EngineClock clock;
    private final BirthMatching.Rules rules;
    private final FeeCaseRegistration feeRegistration;

    public BirthCheckService(JdbcTemplate jdbc, DepartmentDataAccess access, DepartmentKinds kinds,
                             Organization organization, RuntimeService runtimeService, IdentityService identityService,
                             CaseFileService caseFiles, EngineClock clock, BirthCheckProperties birthCheck,
                             MaintenanceFeeProperties feeProperties, FeeCaseRegistration feeRegistration) {
        this.rules = birthCheck.rules(feeProperties.abolishedForBirthsFrom());
        this.feeRegistration = feeRegistration;
        this.jdbc = jdbc;
        this.access = access;
        this.kinds = kinds;
        this.organization = organization;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ matching

    /** Called for each new birth record: the first report of a birth creates its check, a later one joins it. */
    void recordBirth(String recordId, String town, DepartmentRecord r) {
        String birthKey = r.birthKey();
        List<String> reported = jdbc.queryForList("select reported_kinds from birth_check where birth_key = ?",
                String.class, birthKey);
        if (!reported.isEmpty()) {
            String kindsSoFar = reported.get(0) == null ? "" : reported.get(0);
            if (!List.of(kindsSoFar.split(",")).contains(r.kind().name())) {
                kindsSoFar = kindsSoFar.isEmpty() ? r.kind().name() : kindsSoFar + "," + r.kind().name();
            }
            jdbc.update("update birth_check set reported_kinds = ? where birth_key = ?", kindsSoFar, birthKey);
            if (r.partnerId() != null) {
                jdbc.update("update birth_check set father_name = ?, father_id_number = ?, father_id_masked = ?"
                                + " where birth_key = ? and father_id_number is null", r.partnerName(), r.partnerId().value(),
                        r.partnerId().masked(), birthKey);
            }
            if (r.childName() != null) {
                jdbc.update("update birth_check set child_name = ? where birth_key = ? and child_name is null",
                        r.childName(), birthKey);
            }
            return;
        }
        BirthMatching.Match match = BirthMatching.match(r.birthOrder(), r.eventDate(),
                approvals(r.subjectId(), r.partnerId()), rules);
        jdbc.update("insert into birth_check (birth_key, town_slug, first_record_id, mother_name, mother_id_number,"
                        + " mother_id_masked, birth_date, child_sex, birth_order, outcome, compliant, second_child_case_id,"
                        + " flag_status, checked_at, father_name, father_id_number, father_id_masked, child_name,"
                        + " child_document, reported_kinds) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                birthKey, town, recordId, r.subjectName(), r.subjectId().value(), r.subjectId().masked(), r.eventDate(),
                r.childSex().name(), r.birthOrder(), match.outcome().name(), match.compliant(), match.approvalCaseId(),
                match.flagged() ? Flag.OPEN.name() : null, Timestamp.from(clock.now()), r.partnerName(),
                r.partnerId() == null ? null : r.partnerId().value(), r.partnerId() == null ? null : r.partnerId().masked(),
                r.childName(), r.childDocument(), r.kind().name());
    }

    /**
     * Approved second-child cases (照顾再生育一孩审批, JS-PFP arts. 22-23, 26) in which the mother or the father is a
     * party (wife or husband), with the day of the decision.
     */
    private List<BirthMatching.Approval> approvals(ResidentIdNumber mother, ResidentIdNumber father) {
        List<String> ids = new ArrayList<>();
        ids.add(mother.value());
        if (father != null) {
            ids.add(father.value());
        }
        String in = String.join(", ", ids.stream().map(i -> "?").toList());
        List<Object> args = new ArrayList<>();
        args.add(CaseKind.SECOND_CHILD.name());
        args.addAll(ids);
        return jdbc.query("select distinct f.id, s.decided_on from case_file f"
                        + " join case_party p on p.case_id = f.id"
                        + " join second_child_case s on s.case_id = f.id"
                        + " where f.case_kind = ? and p.id_number in (" + in + ") and s.decision = 'APPROVED'",
                (rs, n) -> new BirthMatching.Approval(rs.getString(1),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()), args.toArray());
    }

    // ------------------------------------------------------------------------------------------------- the list

    public record Filter(String town, LocalDate from, LocalDate to, Status status, BirthOutcome outcome) {
    }

    /** A birth as the page shows it: the mother's ID number masked. */
    public record Birth(String birthKey, String town, String townName, String motherName, String motherIdMasked,
                        String fatherName, String fatherIdMasked, LocalDate birthDate, String childSex, int birthOrder,
                        String outcome, String outcomeLabel, Boolean compliant, String flagStatus,
                        String secondChildCaseNumber, String feeCaseNumber, String resolvedBy, LocalDateTime resolvedAt,
                        String resolutionNote, String reportedBy) {
        public boolean open() {
            return Flag.OPEN.name().equals(flagStatus);
        }

        public String statusLabel() {
            return compliant == null ? "待核查" : compliant ? "符合政策" : "不符合政策";
        }

        public String flagLabel() {
            if (flagStatus == null) {
                return "";
            }
            return switch (Flag.valueOf(flagStatus)) {
                case OPEN -> "待处理";
                case FEE_CASE_OPENED -> "已立社会抚养费案件";
                case CLEARED -> "核查后符合政策";
            };
        }
    }

    @Transactional(readOnly = true)
    public List<Birth> births(CurrentUser user, Filter filter) {
        DepartmentDataAccess.Scope scope = access.birthScope(user);
        StringBuilder sql = new StringBuilder("select b.*, sc.case_number as sc_number, fc.case_number as fee_number"
                + " from birth_check b left join case_file sc on sc.id = b.second_child_case_id"
                + " left join case_file fc on fc.id = b.fee_case_id where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!scope.all()) {
            sql.append(" and b.town_slug in (").append(String.join(", ", scope.towns().stream().map(t -> "?").toList()))
                    .append(")");
            args.addAll(scope.towns());
        }
        if (filter.town() != null && !filter.town().isBlank()) {
            sql.append(" and b.town_slug = ?");
            args.add(filter.town());
        }
        if (filter.from() != null) {
            sql.append(" and b.birth_date >= ?");
            args.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and b.birth_date <= ?");
            args.add(filter.to());
        }
        if (filter.status() != null) {
            sql.append(switch (filter.status()) {
                case COMPLIANT -> " and b.compliant = true";
                case NONCOMPLIANT -> " and b.compliant = false";
                case PENDING -> " and b.compliant is null";
            });
        }
        if (filter.outcome() != null) {
            sql.append(" and b.outcome = ?");
            args.add(filter.outcome().name());
        }
        sql.append(" order by b.birth_date desc, b.town_slug");
        return jdbc.query(sql.toString(), (rs, n) -> {
            String town = rs.getString("town_slug");
            String outcome = rs.getString("outcome");
            Object compliant = rs.getObject("compliant");
            Timestamp resolvedAt = rs.getTimestamp("resolved_at");
            String reported = rs.getString("reported_kinds");
            return new Birth(rs.getString("birth_key"), town,
                    organization.townBySlug(town).map(Town::name).orElse(town), rs.getString("mother_name"),
                    rs.getString("mother_id_masked"), rs.getString("father_name"), rs.getString("father_id_masked"),
                    rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("child_sex")).label(),
                    rs.getInt("birth_order"), outcome, BirthOutcome.valueOf(outcome).label(),
                    compliant == null ? null : rs.getBoolean("compliant"), rs.getString("flag_status"),
                    rs.getString("sc_number"), rs.getString("fee_number"), rs.getString("resolved_by"),
                    resolvedAt == null ? null : resolvedAt.toInstant().atZone(clock.zone()).toLocalDateTime(),
                    rs.getString("resolution_note"),
                    reported == null ? "" : String.join("、", List.of(reported.split(",")).stream()
                            .map(k -> kinds.labelOf(k).orElse(k)).toList()));
        }, args.toArray());
    }

    // ---------------------------------------------------------------------------------------------- the actions

    /** What the clerk confirms when opening a fee case; the rest comes from the birth's records. */
    public record FeeCaseInput(String motherHukouType, String fatherHukouType, String fatherName, String fatherIdNumber) {
    }

    private record Stored(String town, String flag, String motherName, String motherId, String fatherName,
                          String fatherId, LocalDate birthDate, int birthOrder, String childName, String childDocument) {
    }

    private Stored stored(String birthKey) {
        List<Stored> found = jdbc.query("select * from birth_check where birth_key = ?", (rs, n) -> new Stored(
                rs.getString("town_slug"), rs.getString("flag_status"), rs.getString("mother_name"),
                rs.getString("mother_id_number"), rs.getString("father_name"), rs.getString("father_id_number"),
                rs.getDate("birth_date").toLocalDate(), rs.getInt("birth_order"), rs.getString("child_name"),
                rs.getString("child_document")), birthKey);
        if (found.isEmpty()) {
            throw new NotFoundException("出生核查记录不存在");
        }
        return found.get(0);
    }

    private Stored openFlag(CurrentUser user, String birthKey) {
        if (!access.mayActOnBirths(user)) {
            throw new org.springframework.security.access.AccessDeniedException("supervisors and others only read");
        }
        Stored birth = stored(birthKey);
        access.requireBirthActor(user, birth.town());
        if (!Flag.OPEN.name().equals(birth.flag())) {
            throw new InvalidInputException("birthKey", "该出生记录不是待处理的疑似违法生育，不能再处理");
        }
        return birth;
    }

    /**
     * Opens a social maintenance fee case from a flagged birth (SEED annex 3: the police "对不符合政策生育的二胎…及时与
     * 本级人口计生部门联系，共同做好依法征收工作"): the process starts as the clerk, prefilled from the birth; the
     * situation follows the birth order (JS-PFP art. 41: one child more than allowed, or two or more); hukou types
     * and anything else the records lack are confirmed in the case's 立案 and 调查 steps.
     *
     * @return the new case's number
     */
    public String openFeeCase(CurrentUser user, String birthKey, FeeCaseInput input) {
        Stored birth = openFlag(user, birthKey);
        // A flag raised before the settings say otherwise (or before this rule existed) offers no fee case either.
        if (rules.feeAbolished(birth.birthDate())) {
            throw new InvalidInputException("birthKey", feeRegistration.abolitionReason(birth.birthDate()) + "；请以核查说明办结");
        }
        if (rules.registrationOnly(birth.birthOrder(), birth.birthDate())) {
            throw new InvalidInputException("birthKey", "该孩子于" + birth.birthDate() + "出生，为第" + birth.birthOrder()
                    + "孩，属生育登记范围，不需审批，不属于违法生育，不得立案征收社会抚养费；请以核查说明办结");
        }
        Violations violations = new Violations();
        String motherHukou = hukou(input.motherHukouType(), "motherHukouType", "女方户籍类别", violations);
        String fatherHukou = hukou(input.fatherHukouType(), "fatherHukouType", "男方户籍类别", violations);
        String fatherName = birth.fatherName() != null ? birth.fatherName() : FormValues.blankToNull(input.fatherName());
        String fatherId = birth.fatherId() != null ? birth.fatherId() : FormValues.blankToNull(input.fatherIdNumber());
        if (fatherName == null) {
            violations.add("fatherName", "出生记录没有父亲姓名，请填写男方姓名");
        }
        if (fatherId == null) {
            violations.add("fatherIdNumber", "出生记录没有父亲公民身份号码，请填写男方公民身份号码");
        }
        if (birth.childDocument() == null) {
            violations.add("childIdNumber", "出生记录没有孩子的公民身份号码或出生医学证明编号，请在社会抚养费征收流程中直接登记");
        }
        violations.throwIfAny();

        Map<String, Object> v = new LinkedHashMap<>();
        v.put("townSlug", birth.town());
        v.put("reportSource", "INSPECTION");
        v.put("situation", birth.birthOrder() >= 3 ? "TWO_OR_MORE_EXTRA_CHILDREN" : "ONE_EXTRA_CHILD");
        v.put("situationDescription", "部门月报出生核查发现：" + birth.motherName() + "于" + birth.birthDate() + "生育第"
                + birth.birthOrder() + "孩，未找到夫妻任一方在出生前获批的再生育审批（《江苏省人口与计划生育条例》第二十六条：领取生育证后方可生育）。"
                + "违法生育情形按孩次初定，立案和调查时核实。");
        v.put("fatherName", fatherName);
        v.put("fatherIdNumber", fatherId);
        v.put("fatherHukouType", fatherHukou);
        v.put("motherName", birth.motherName());
        v.put("motherIdNumber", birth.motherId());
        v.put("motherHukouType", motherHukou);
        if (birth.childName() != null) {
            v.put("childName", birth.childName());
        }
        v.put("childBirthDate", birth.birthDate().toString());
        v.put("childIdNumber", birth.childDocument());

        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.id(), user.groups());
        ProcessInstance instance;
        try {
            instance = runtimeService.startProcessInstanceByKey(CaseKind.MAINTENANCE_FEE.processKey(), v);
        } catch (org.camunda.bpm.engine.AuthorizationException e) {
            throw new org.springframework.security.access.AccessDeniedException("the engine refused to start the fee case");
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            // The engine wraps what the registration listener refuses (e.g. a case for this child already exists).
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    throw invalid;
                }
            }
            throw e;
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
        String caseNumber = instance.getBusinessKey();
        String caseId = caseFiles.byNumber(caseNumber).getId();
        jdbc.update("update birth_check set flag_status = ?, compliant = false, fee_case_id = ?, resolved_by = ?,"
                        + " resolved_at = ?, resolution_note = ? where birth_key = ?", Flag.FEE_CASE_OPENED.name(), caseId,
                user.id(), Timestamp.from(clock.now()), "已立社会抚养费案件" + caseNumber, birthKey);
        return caseNumber;
    }

    /** Clears a flagged birth as compliant after a check by hand (e.g. an approval given elsewhere), with a note. */
    public void clear(CurrentUser user, String birthKey, String note) {
        openFlag(user, birthKey);
        String text = note == null ? "" : note.strip();
        int min = kinds.properties().minClearanceNoteLength();
        if (text.codePointCount(0, text.length()) < min) {
            throw new InvalidInputException("note", "请填写核查情况说明（至少" + min + "个字），说明为何符合政策");
        }
        if (text.length() > 500) {
            throw new InvalidInputException("note", "核查情况说明最多500个字");
        }
        jdbc.update("update birth_check set flag_status = ?, compliant = true, resolved_by = ?, resolved_at = ?,"
                        + " resolution_note = ? where birth_key = ?", Flag.CLEARED.name(), user.id(),
                Timestamp.from(clock.now()), cn.gov.xinbei.pfp.residentid.ResidentIdMasking.maskAll(text), birthKey);
    }

    private static String hukou(String raw, String field, String label, Violations violations) {
        if ("URBAN".equals(raw) || "RURAL".equals(raw)) {
            return raw;
        }
        violations.add(field, "请选择" + label + "（城镇居民或农村居民），立案调查时再核实");
        return null;
    }
}
