package cn.gov.xinbei.pfp.migrantcertificate;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.migrantcertificate.domain.CertificateApplication;
import cn.gov.xinbei.pfp.migrantcertificate.domain.CertificateApplicationReader;
import cn.gov.xinbei.pfp.migrantcertificate.domain.Person;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The application service of the 《流动人口婚育证明》 (《流动人口计划生育工作条例》 art. 7): the woman applies at her hukou
 * town, the town's clerk checks the facts against the case file and issues the certificate (number, validity) or
 * refuses in writing with reasons. Free of charge (art. 17): there is no fee anywhere in this case kind. Everything
 * runs in the engine's transaction, so a refused input writes nothing.
 */
@Service
@Transactional
public class MigrantCertificateService {

    static final int MIN_REASON_LENGTH = 5;
    static final int MAX_REASON_LENGTH = 1000;
    static final String CERTIFICATE_SERIES = "MC_CERTIFICATE";

    private final CaseFileService caseFiles;
    private final MigrantCertificateCaseRepository certificates;
    private final CaseFileFacts facts;
    private final Organization organization;
    private final MigrantCertificateProperties properties;
    private final EngineClock clock;

    public MigrantCertificateService(CaseFileService caseFiles, MigrantCertificateCaseRepository certificates,
                                     CaseFileFacts facts, Organization organization,
                                     MigrantCertificateProperties properties, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.certificates = certificates;
        this.facts = facts;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    public record Application(CaseFile caseFile, CertificateApplication application, Town town, String caseFileFacts) {
    }

    public record Issued(String certificateNumber, LocalDate validUntil) {
    }

    private static String openApplicationRefusal(String openCaseNumber) {
        return "申请人已有正在办理的婚育证明申请（案件编号" + openCaseNumber + "），办结后再申请";
    }

    /**
     * Records an application at the woman's hukou town. Refused at the field, with the reason: malformed or
     * contradictory input, a woman outside the adult childbearing age, a move that makes no migrant (art. 2), an
     * open application of hers, a town the acting clerk does not belong to.
     *
     * @param actorGroups the acting user's groups, or null when the system itself acts
     */
    public Application apply(Map<String, Object> variables, String actor, Collection<String> actorGroups) {
        CertificateApplication application = CertificateApplicationReader.read(variables, clock.today(),
                slug -> organization.townBySlug(slug).isPresent(), properties.maxApplicantAge());
        Town town = organization.townBySlug(application.townSlug()).orElseThrow();
        if (actorGroups != null && !UserScope.registersIn(actorGroups, town.slug())) {
            throw new InvalidInputException("townSlug", "您只能为本镇（街道）户籍的妇女出具婚育证明，所选户籍所在地为" + town.name());
        }
        String applicantId = application.applicant().idNumber().value();
        caseFiles.openCasesOf(CaseKind.MIGRANT_CERTIFICATE, applicantId).stream()
                .filter(open -> open.getParties().stream().anyMatch(p -> p.getRole() == CaseParty.Role.APPLICANT
                        && p.getIdNumber().equals(applicantId)))
                .findFirst().ifPresent(open -> {
                    throw new InvalidInputException("applicantIdNumber", openApplicationRefusal(open.getCaseNumber()));
                });
        List<CaseParty> parties = new ArrayList<>();
        parties.add(party(CaseParty.Role.APPLICANT, application.applicant()));
        if (application.spouse() != null) {
            parties.add(party(CaseParty.Role.HUSBAND, application.spouse()));
        }
        String caseNumber = caseFiles.register(CaseKind.MIGRANT_CERTIFICATE, town.slug(),
                application.applicant().name() + " 流动人口婚育证明", application.applicationDate(), parties, actor)
                .getCaseNumber();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.claimOpen(caseFile, CaseFileService.claimKey(CaseKind.MIGRANT_CERTIFICATE, null, applicantId),
                "applicantIdNumber", MigrantCertificateService::openApplicationRefusal);
        String summary = facts.summary(applicantId,
                application.spouse() == null ? null : application.spouse().idNumber().value(), caseFile.getId());
        certificates.save(new MigrantCertificateCase(caseFile.getId(), application.hukouAddress(),
                application.maritalStatus(), application.marriageDate(), application.childrenCount(),
                application.contraception(), application.destination(), application.destinationAddress(),
                application.departureDate(), application.identitySeen(), application.marriageCertificateSeen(),
                application.contactPhone(), summary));
        caseFiles.changeStatus(caseFile, CaseStatus.CERTIFICATE_REQUESTED, actor,
                "向户籍所在地" + town.name() + "申请婚育证明（免费，条例第十七条）；" + application.familySummary() + "；"
                        + application.destinationSummary() + "；" + application.documentsSummary());
        return new Application(caseFile, application, town, summary);
    }

    private static CaseParty party(CaseParty.Role role, Person person) {
        return new CaseParty(role, person.name(), person.idNumber().value(), person.idNumber().masked(),
                person.idNumber().birthDate(), person.idNumber().sex().name());
    }

    /** 镇（街道）核对并出具: issue, or refuse with reasons (checked here, so a bad choice keeps the task open). */
    public void decide(String caseNumber, String decision, String refusalReasons, String actor) {
        MigrantCertificateCase details = details(caseNumber);
        switch (decision == null ? "" : decision) {
            case "ISSUE" -> details.recordDecision(MigrantCertificateCase.Decision.ISSUED, null, clock.today(), actor);
            case "REFUSE" -> {
                if (refusalReasons == null || refusalReasons.strip().length() < MIN_REASON_LENGTH) {
                    throw new InvalidInputException("refusalReasons", "请填写不予出具的理由，至少" + MIN_REASON_LENGTH + "个字");
                }
                if (refusalReasons.length() > MAX_REASON_LENGTH) {
                    throw new InvalidInputException("refusalReasons", "不予出具的理由不能超过" + MAX_REASON_LENGTH + "个字");
                }
                details.recordDecision(MigrantCertificateCase.Decision.REFUSED, refusalReasons.strip(), clock.today(),
                        actor);
            }
            default -> throw new InvalidInputException("certificateDecision", "请选择办理意见：出具婚育证明或不予出具");
        }
    }

    /**
     * Issues the certificate: the next number of the year (unique), valid for {@code validity-years} from today
     * (the 条例 sets no validity: configuration). The case file's facts are read once more and kept with it.
     */
    public Issued issueCertificate(String caseNumber, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MigrantCertificateCase details = details(caseNumber);
        details.recordCaseFileFacts(facts.summary(idOf(caseFile, CaseParty.Role.APPLICANT),
                idOf(caseFile, CaseParty.Role.HUSBAND), caseFile.getId()));
        LocalDate today = clock.today();
        String number = properties.certificateNumberFormat().formatted(today.getYear(),
                caseFiles.drawNumber(CERTIFICATE_SERIES, today.getYear()));
        LocalDate validUntil = today.plusYears(properties.validityYears()).minusDays(1);
        details.assignCertificate(number, validUntil);
        caseFiles.close(caseFile, CaseStatus.MIGRANT_CERTIFICATE_ISSUED, "ISSUED", actor,
                "出具《流动人口婚育证明》，编号" + number + "，有效期至" + validUntil + "；免费（条例第十七条）");
        return new Issued(number, validUntil);
    }

    /** The written refusal: reasons, the deciding town and the remedies; the case closes as refused. */
    public String refuse(String caseNumber, String actor) {
        MigrantCertificateCase details = details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        String town = organization.townBySlug(caseFile.getTownSlug()).map(Town::name).orElse(caseFile.getTownSlug());
        LocalDate decidedOn = details.getDecidedOn() != null ? details.getDecidedOn() : clock.today();
        String notice = "不予出具《流动人口婚育证明》。理由：" + details.getRefusalReasons() + "。作出机关：" + town
                + "。如不服本决定，可自收到本告知书之日起" + properties.reconsiderationDays() + "日内向"
                + properties.reconsiderationBody() + "申请行政复议，或者自收到之日起"
                + properties.lawsuitMonthsOn(decidedOn) + "个月内向" + properties.court() + "提起行政诉讼。";
        details.recordRefusalNotice(notice);
        caseFiles.close(caseFile, CaseStatus.MIGRANT_CERTIFICATE_REFUSED, "REFUSED", actor, notice);
        return notice;
    }

    @Transactional(readOnly = true)
    public MigrantCertificateCase details(String caseNumber) {
        return certificates.findById(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new IllegalStateException("migrant certificate without its details: " + caseNumber));
    }

    private static String idOf(CaseFile caseFile, CaseParty.Role role) {
        return caseFile.getParties().stream().filter(p -> p.getRole() == role).map(CaseParty::getIdNumber)
                .findFirst().orElse(null);
    }
}
