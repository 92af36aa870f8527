package cn.gov.xinbei.pfp.birthregistration;

import cn.gov.xinbei.pfp.birthregistration.domain.BirthRegistrationApplication;
import cn.gov.xinbei.pfp.birthregistration.domain.RegistrationReader;
import cn.gov.xinbei.pfp.birthregistration.domain.Spouse;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application service of the birth registration (生育登记). The process's listeners and delegates translate
 * between variables and these methods; everything runs in the engine's transaction, so a refused input writes
 * nothing.
 */
@Service
@Transactional
public class BirthRegistrationService {

    static final int MIN_REASON_LENGTH = 5;
    static final int MAX_REASON_LENGTH = 1000;
    static final String CERTIFICATE_SERIES = "BR_CERTIFICATE";

    private final CaseFileService caseFiles;
    private final BirthRegistrationCaseRepository registrations;
    private final RegistrationEligibility eligibility;
    private final Organization organization;
    private final BirthRegistrationProperties properties;
    private final EngineClock clock;

    public BirthRegistrationService(CaseFileService caseFiles, BirthRegistrationCaseRepository registrations,
                                    RegistrationEligibility eligibility, Organization organization,
                                    BirthRegistrationProperties properties, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.registrations = registrations;
        this.eligibility = eligibility;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    public record Registration(CaseFile caseFile, BirthRegistrationApplication application,
                               RegistrationEligibility.Verdict verdict, Town town) {
    }

    /**
     * What issuing the certificate gave: its number, or the reason the child cannot be registered (the process raises
     * the BPMN error {@link #CONFLICT_ERROR}). Returned, not thrown: an exception passing this transactional service
     * would mark the engine's transaction for rollback, and the refusal must be kept.
     */
    public record Issue(String certificateNumber, String conflict) {
        public boolean issued() {
            return certificateNumber != null;
        }
    }

    public static final String CONFLICT_ERROR = "REGISTRATION_CONFLICT";

    /**
     * Records a couple's registration at the town they chose. Refused at the field, with the reason: malformed or
     * contradictory input, a birth order the rules of the registration and birth dates do not register (the way is
     * then 再生育审批), a date before the registration era, an open registration of the same couple, the same child
     * already registered, a town the acting clerk does not belong to.
     *
     * @param actorGroups the acting user's groups, or null when the system itself acts
     */
    private static String openRegistrationRefusal(boolean wife, String openCaseNumber) {
        return (wife ? "女方" : "男方") + "已有正在办理的生育登记（案件编号" + openCaseNumber + "），办结后再登记";
    }

    public Registration register(Map<String, Object> variables, String actor, Collection<String> actorGroups) {
        BirthRegistrationApplication application = RegistrationReader.read(variables, clock.today(),
                slug -> organization.townBySlug(slug).isPresent(), properties.maxMonthsBeforeBirth());
        Town town = organization.townBySlug(application.townSlug()).orElseThrow();
        if (actorGroups != null && !UserScope.registersIn(actorGroups, town.slug())) {
            throw new InvalidInputException("townSlug", "您只能在本镇（街道）办理生育登记，所选登记地为" + town.name());
        }
        RegistrationEligibility.Verdict verdict = eligibility.evaluate(application.registrationDate(),
                application.birthDate(), application.birthOrder());
        if (!verdict.registrable()) {
            throw new InvalidInputException(verdict.field(), verdict.reason() + "（" + verdict.article() + "）");
        }
        for (Spouse spouse : List.of(application.wife(), application.husband())) {
            caseFiles.openCasesOf(CaseKind.BIRTH_REGISTRATION, spouse.idNumber().value()).stream().findFirst()
                    .ifPresent(open -> {
                        throw new InvalidInputException(spouse == application.wife() ? "wifeIdNumber" : "husbandIdNumber",
                                openRegistrationRefusal(spouse == application.wife(), open.getCaseNumber()));
                    });
        }
        alreadyRegistered(application.wife().idNumber().value(), application.birthOrder(), null).ifPresent(reason -> {
            throw new InvalidInputException("birthOrder", reason);
        });
        String caseNumber = caseFiles.register(CaseKind.BIRTH_REGISTRATION, town.slug(),
                application.couple() + " 生育登记（第" + application.birthOrder() + "个子女）",
                application.registrationDate(),
                List.of(party(CaseParty.Role.WIFE, application.wife()), party(CaseParty.Role.HUSBAND, application.husband())),
                actor).getCaseNumber();
        // The managed record (the one register returns may be a detached copy once saved): later changes must stick.
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        // The check above does not see a registration another node is making at this moment: the keys do.
        for (Spouse spouse : List.of(application.wife(), application.husband())) {
            boolean wife = spouse == application.wife();
            caseFiles.claimOpen(caseFile, CaseFileService.claimKey(CaseKind.BIRTH_REGISTRATION, null,
                    spouse.idNumber().value()), wife ? "wifeIdNumber" : "husbandIdNumber",
                    openCase -> openRegistrationRefusal(wife, openCase));
        }
        registrations.save(new BirthRegistrationCase(caseFile.getId(), application.townBasis(),
                application.townBasisAddress(), application.marriageDate(), application.birthOrder(),
                application.birthTiming(), application.birthDate(), application.identitySeen(),
                application.marriageCertificateSeen(), application.commitmentGiven(), application.commitmentItems(),
                application.contactPhone(), verdict.article(), verdict.reason()));
        caseFiles.changeStatus(caseFile, CaseStatus.REGISTRATION_REQUESTED, actor,
                "在" + town.name() + "登记（" + application.townBasis().label() + "：" + application.townBasisAddress()
                        + "）；" + application.childSummary() + "；" + application.documentsSummary() + "；"
                        + verdict.reason());
        return new Registration(caseFile, application, verdict, town);
    }

    private static CaseParty party(CaseParty.Role role, Spouse spouse) {
        return new CaseParty(role, spouse.name(), spouse.idNumber().value(), spouse.idNumber().masked(),
                spouse.idNumber().birthDate(), spouse.idNumber().sex().name());
    }

    /** Why this child is already registered (same mother, same birth order, a certificate issued), if it is. */
    private Optional<String> alreadyRegistered(String wifeIdNumber, int birthOrder, String exceptCaseId) {
        return registrations.registeredChild(wifeIdNumber, birthOrder).stream()
                .filter(r -> !r.getCaseId().equals(exceptCaseId)).findFirst()
                .map(r -> {
                    CaseFile earlier = caseFiles.byId(r.getCaseId());
                    String townName = organization.townBySlug(earlier.getTownSlug()).map(Town::name).orElse(earlier.getTownSlug());
                    return "该夫妻的第" + birthOrder + "个子女已由" + townName + "办理生育登记（案件编号" + earlier.getCaseNumber()
                            + "，《生育服务证》" + r.getCertificateNumber() + "），不重复登记";
                });
    }

    /** 镇（街道）登记: register, or refuse in writing with reasons. */
    public void decide(String caseNumber, String decision, String refusalReasons, String actor) {
        BirthRegistrationCase details = details(caseNumber);
        switch (decision == null ? "" : decision) {
            case "REGISTER" -> details.recordDecision(BirthRegistrationCase.Decision.REGISTERED, null, clock.today(), actor);
            case "REFUSE" -> {
                if (refusalReasons == null || refusalReasons.strip().length() < MIN_REASON_LENGTH) {
                    throw new InvalidInputException("refusalReasons", "请填写不予登记的理由，至少" + MIN_REASON_LENGTH + "个字");
                }
                if (refusalReasons.length() > MAX_REASON_LENGTH) {
                    throw new InvalidInputException("refusalReasons", "不予登记的理由不能超过" + MAX_REASON_LENGTH + "个字");
                }
                details.recordDecision(BirthRegistrationCase.Decision.REFUSED, refusalReasons.strip(), clock.today(), actor);
            }
            default -> throw new InvalidInputException("registrationDecision", "请选择登记意见：予以登记或不予登记");
        }
    }

    /**
     * Issues the 《生育服务证》: the next number of the year, unique. The registry is checked once more first: when the
     * same child was registered meanwhile (the two spouses' towns may register the same couple at the same time),
     * the registration is refused with that reason instead.
     *
     * @return the certificate number, or the conflict (recorded on the case as the refusal reason)
     */
    public Issue issueCertificate(String caseNumber, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        BirthRegistrationCase details = details(caseNumber);
        String wifeId = caseFile.getParties().stream().filter(p -> p.getRole() == CaseParty.Role.WIFE)
                .findFirst().orElseThrow().getIdNumber();
        Optional<String> conflict = alreadyRegistered(wifeId, details.getBirthOrder(), details.getCaseId());
        if (conflict.isPresent()) {
            details.recordDecision(BirthRegistrationCase.Decision.REFUSED, "系统核对：" + conflict.get(), clock.today(),
                    details.getDecidedBy());
            return new Issue(null, conflict.get());
        }
        int year = clock.today().getYear();
        String number = properties.certificateNumberFormat().formatted(year, caseFiles.drawNumber(CERTIFICATE_SERIES, year));
        details.assignCertificate(number);
        caseFiles.close(caseFile, CaseStatus.BIRTH_REGISTERED, "REGISTERED", actor,
                "准予生育登记，发放《生育服务证》，编号" + number);
        return new Issue(number, null);
    }

    /**
     * The written refusal: the reasons and the remedies, in the wording of the second-child refusal (行政许可法
     * art. 38 applied by analogy: a registration is not a licence, but a refusal is an administrative act open to
     * review). The case closes as refused.
     */
    public String refuse(String caseNumber, String actor) {
        BirthRegistrationCase details = details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        String town = organization.townBySlug(caseFile.getTownSlug()).map(Town::name).orElse(caseFile.getTownSlug());
        String notice = "不予生育登记。理由：" + details.getRefusalReasons() + "。作出机关：" + town
                + "。如不服本决定，可自收到本告知书之日起" + properties.reconsiderationDays() + "日内向"
                + properties.reconsiderationBody() + "申请行政复议，或者自收到之日起" + properties.lawsuitMonths()
                + "个月内向" + properties.court() + "提起行政诉讼。";
        details.recordRefusalNotice(notice);
        caseFiles.close(caseFile, CaseStatus.REGISTRATION_REFUSED, "REFUSED", actor, notice);
        return notice;
    }

    @Transactional(readOnly = true)
    public BirthRegistrationCase details(String caseNumber) {
        return registrations.findById(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new IllegalStateException("birth registration without its details: " + caseNumber));
    }
}
