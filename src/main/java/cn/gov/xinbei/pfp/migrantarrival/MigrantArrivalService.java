package cn.gov.xinbei.pfp.migrantarrival;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.migrantarrival.domain.ArrivalReader;
import cn.gov.xinbei.pfp.migrantarrival.domain.ArrivalRegistration;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The registration of a migrant woman at her town of residence (《流动人口计划生育工作条例》 art. 8): the town checks
 * her 婚育证明 (recorded with issuing place and number) or notes it missing; a missing one may be presented within
 * 30 days of arrival (art. 8 para 1), after which the town follows up: the certificate presented late, or she is
 * notified to obtain one within 3 months (art. 23). The 条例 gives no fine for a missing certificate, only 批评教育
 * after that period, so none is imposed here.
 */
@Service
@Transactional
public class MigrantArrivalService {

    static final String ARTICLE_23 = "《流动人口计划生育工作条例》第二十三条";
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("^[\\p{IsHan}A-Za-z0-9()（）〔〕\\[\\]\\-]{2,40}$");

    private final CaseFileService caseFiles;
    private final MigrantArrivalCaseRepository arrivals;
    private final Organization organization;
    private final MigrantArrivalProperties properties;
    private final EngineClock clock;

    public MigrantArrivalService(CaseFileService caseFiles, MigrantArrivalCaseRepository arrivals,
                                 Organization organization, MigrantArrivalProperties properties, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.arrivals = arrivals;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    public record Registered(CaseFile caseFile, ArrivalRegistration registration, Town town) {
    }

    /**
     * Registers her at the town of residence. With a certificate the case is done (查验); without one it waits for the
     * end of the period to present it (case_file.due_on = arrival + {@code submission-days}, calendar days).
     */
    public Registered register(Map<String, Object> variables, String actor, Collection<String> actorGroups) {
        ArrivalRegistration r = ArrivalReader.read(variables, clock.today(),
                slug -> organization.townBySlug(slug).isPresent(), properties.maxAge());
        Town town = organization.townBySlug(r.townSlug()).orElseThrow();
        if (actorGroups != null && !UserScope.registersIn(actorGroups, town.slug())) {
            throw new InvalidInputException("townSlug", "您只能登记现居住在本镇（街道）的流动人口，所选现居住地为" + town.name());
        }
        CaseFile caseFile = open(town, r.name(), r.idNumber(), r.registrationDate(), actor);
        arrivals.save(new MigrantArrivalCase(caseFile.getId(), r.arrivalDate(), r.hukouPlace(), r.residenceAddress(),
                r.employer(), r.certificatePresented(), r.certificateIssuer(), r.certificateNumber(),
                r.certificateValidUntil(), r.servicesNote(), submissionDue(r)));
        recordOutcome(caseFile, r, actor, "");
        return new Registered(caseFile, r, town);
    }

    private CaseFile open(Town town, String name, ResidentIdNumber id, LocalDate appliedOn, String actor) {
        String caseNumber = caseFiles.register(CaseKind.MIGRANT_ARRIVAL, town.slug(), name + " 流入登记", appliedOn,
                List.of(new CaseParty(CaseParty.Role.APPLICANT, name, id.value(), id.masked(), id.birthDate(),
                        id.sex().name())), actor).getCaseNumber();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.claimOpen(caseFile, CaseFileService.claimKey(CaseKind.MIGRANT_ARRIVAL, null, id.value()),
                "migrantIdNumber", open -> "该流动人口已有未办结的流入登记（案件编号" + open + "）");
        return caseFile;
    }

    private LocalDate submissionDue(ArrivalRegistration r) {
        return r.certificatePresented() ? null : r.arrivalDate().plusDays(properties.submissionDays());
    }

    /** With a certificate the case is done (查验); without one it waits for the end of the period (case_file.due_on). */
    private void recordOutcome(CaseFile caseFile, ArrivalRegistration r, String actor, String prefix) {
        String detail = prefix + r.summary() + "；" + r.certificateSummary() + "；已告知现居住地的计划生育服务、奖励优待和义务"
                + (r.servicesNote() == null ? "" : "（" + r.servicesNote() + "）");
        if (r.certificatePresented()) {
            caseFiles.close(caseFile, CaseStatus.CERTIFICATE_VERIFIED, "VERIFIED", actor, "查验婚育证明：" + detail);
        } else {
            LocalDate submissionDue = submissionDue(r);
            caseFile.setDueOn(submissionDue);
            caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_CERTIFICATE, actor, detail + "；应于" + submissionDue
                    + "前提交（条例第八条第一款：到达之日起" + properties.submissionDays() + "日内）");
        }
    }

    /**
     * An arrival an HR station reported (条例 art. 9): opened by the system for the town, with the check date as the
     * arrival and the certificate as the station saw it; the town's clerk checks and completes it. Refused when a
     * user asks for it: only the acceptance of a hiring check opens one (see {@link HrReportedArrivals}).
     *
     * @param actingUser the user the engine was called for; must be null (the system)
     */
    public Registered registerFromHrReport(Map<String, Object> variables, String actingUser) {
        if (actingUser != null) {
            throw new InvalidInputException("townSlug", "人力资源保障站报告的流入登记由报送数据通过后自动发起，不能手工发起；"
                    + "请使用“流入人口婚育证明查验”登记");
        }
        HrReport report = HrReport.of(variables);
        Town town = organization.townBySlug(report.townSlug()).orElseThrow();
        ResidentIdNumber id = ResidentIdNumber.parse(report.idNumber(), report.checkedOn());
        CaseFile caseFile = open(town, report.name(), id, report.checkedOn(), report.reportedBy());
        arrivals.save(MigrantArrivalCase.reportedByHrStation(caseFile.getId(), report.checkedOn(), report.employer(),
                report.certificatePresented(), report.certificateNumber(), report.departmentRecordId()));
        caseFiles.changeStatus(caseFile, CaseStatus.REPORTED_BY_HR_STATION, report.reportedBy(), report.summary());
        return new Registered(caseFile, null, town);
    }

    /**
     * 登记核实: the town's clerk completes an HR-reported arrival with the same checks as a registration by hand (the
     * identity and the arrival date are the report's); then as a registration: verified, or waiting for the certificate.
     */
    public ArrivalRegistration completeHrRegistration(String caseNumber, Map<String, Object> taskVariables,
                                                      String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MigrantArrivalCase details = details(caseNumber);
        CaseParty migrant = caseFile.getParties().stream().filter(p -> p.getRole() == CaseParty.Role.APPLICANT)
                .findFirst().orElseThrow();
        Map<String, Object> v = new HashMap<>();
        COMPLETED_AT_CHECK.forEach(field -> v.put(field, taskVariables.get(field)));
        v.put("townSlug", caseFile.getTownSlug());
        v.put("registrationDate", clock.today().toString());
        v.put("arrivalDate", details.getArrivalDate().toString());
        v.put("migrantName", migrant.getFullName());
        v.put("migrantIdNumber", migrant.getIdNumber());
        ArrivalRegistration r = ArrivalReader.read(v, clock.today(),
                slug -> organization.townBySlug(slug).isPresent(), properties.maxAge());
        details.completeRegistration(r.hukouPlace(), r.residenceAddress(), r.employer(), r.certificatePresented(),
                r.certificateIssuer(), r.certificateNumber(), r.certificateValidUntil(), r.servicesNote(),
                submissionDue(r));
        recordOutcome(caseFile, r, actor, "登记核实（人力资源保障站报告）：");
        return r;
    }

    /** The fields the clerk enters at 登记核实; the rest of a registration comes from the HR station's report. */
    static final List<String> COMPLETED_AT_CHECK = List.of("hukouPlace", "residenceAddress", "employer",
            "certificatePresented", "certificateIssuer", "certificateNumber", "certificateValidUntil",
            "servicesInformed", "servicesNote");

    /** The period to present the certificate is over: the town's follow-up step opens. */
    public void submissionPeriodOver(String caseNumber) {
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.CERTIFICATE_FOLLOW_UP, null,
                "到达后" + properties.submissionDays() + "日内未提交婚育证明，待镇（街道）督促补办");
    }

    /**
     * 督促补办: she presented the certificate meanwhile (issuing place and number; the case closes), or the town
     * notified her to obtain one within {@code make-up-months} (art. 23; the case waits until then: case_file.due_on).
     */
    public void followUp(String caseNumber, String outcome, Object issuer, Object number, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MigrantArrivalCase details = details(caseNumber);
        LocalDate today = clock.today();
        switch (outcome == null ? "" : outcome) {
            case "PRESENTED" -> presentedLate(caseFile, details, issuer, number, actor);
            case "NOTIFIED" -> {
                LocalDate due = today.plusMonths(properties.makeUpMonths());
                details.notifiedToMakeUp(due, today, actor);
                caseFile.setDueOn(due);
                caseFiles.changeStatus(caseFile, CaseStatus.MAKE_UP_NOTIFIED, actor,
                        "已通知其在" + properties.makeUpMonths() + "个月内（至" + due + "）补办婚育证明（" + ARTICLE_23
                                + "）；逾期仍不补办或者拒不提交的，予以批评教育，条例未规定罚款");
            }
            default -> throw new InvalidInputException("followUpOutcome", "请选择督促结果：已补交婚育证明或已通知限期补办");
        }
    }

    /** The months of art. 23 are over: the town's step 批评教育 opens. Returns the period, as the step shows it. */
    public String makeUpPeriodOver(String caseNumber) {
        MigrantArrivalCase details = details(caseNumber);
        String period = details.getFollowedUpOn() + "通知其在" + properties.makeUpMonths() + "个月内补办，期限至"
                + details.getMakeUpDue();
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.MAKE_UP_OVERDUE, null,
                period + "，已届满；待镇（街道）核实补办情况，仍未补办的予以批评教育（" + ARTICLE_23 + "）");
        return period;
    }

    /**
     * 批评教育 (art. 23): she presented the certificate after all (recorded like a late one), or the town criticised
     * and educated her, with a note of how. No fine: the 条例 gives none. The case closes either way.
     */
    public void admonish(String caseNumber, String outcome, Object issuer, Object number, Object note, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MigrantArrivalCase details = details(caseNumber);
        switch (outcome == null ? "" : outcome) {
            case "PRESENTED" -> presentedLate(caseFile, details, issuer, number, actor);
            case "ADMONISHED" -> {
                Violations violations = new Violations();
                String text = FormValues.required(note, "admonishNote", "批评教育情况", FormValues.MAX_WRITTEN_TEXT,
                        violations);
                if (text != null && text.codePointCount(0, text.length()) < FormValues.MIN_WRITTEN_TEXT) {
                    violations.add("admonishNote", "请写明批评教育的时间、方式，至少" + FormValues.MIN_WRITTEN_TEXT + "个字");
                }
                violations.throwIfAny();
                details.admonished(clock.today(), actor);
                caseFiles.close(caseFile, CaseStatus.ADMONISHED, "ADMONISHED", actor,
                        "逾期未补办婚育证明，已批评教育（" + ARTICLE_23 + "；条例未规定罚款）：" + text);
            }
            default -> throw new InvalidInputException("admonishOutcome", "请选择办理结果：已补交婚育证明或已批评教育");
        }
    }

    private void presentedLate(CaseFile caseFile, MigrantArrivalCase details, Object issuer, Object number,
                               String actor) {
        Violations violations = new Violations();
        String from = FormValues.required(issuer, "certificateIssuer", "婚育证明出具地", 100, violations);
        String no = FormValues.required(number, "certificateNumber", "婚育证明编号", 40, violations);
        if (no != null && !CERTIFICATE_NUMBER.matcher(no).matches()) {
            violations.add("certificateNumber", "婚育证明编号应为2至40个汉字、字母、数字或括号、横线");
        }
        violations.throwIfAny();
        details.presentedLate(from, no, clock.today(), actor);
        caseFiles.close(caseFile, CaseStatus.CERTIFICATE_VERIFIED, "PRESENTED_LATE", actor,
                "逾期补交婚育证明（" + from + "出具，编号" + no + "），已查验");
    }

    @Transactional(readOnly = true)
    public MigrantArrivalCase details(String caseNumber) {
        return arrivals.findById(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new IllegalStateException("migrant arrival without its details: " + caseNumber));
    }
}
