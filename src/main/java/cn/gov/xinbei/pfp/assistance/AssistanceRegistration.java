package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplication;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplicationReader;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.Entitlement;
import cn.gov.xinbei.pfp.assistance.domain.EntitlementConflict;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Registration of an application for 奖励扶助 (process assistanceEligibility) at the applicant's hukou town, with the
 * eligibility evaluated on the declared facts. Runs in the engine's transaction of the start: a refused application
 * writes nothing and leaves no process behind.
 */
@Service
@Transactional
public class AssistanceRegistration {

    private final CaseFileService caseFiles;
    private final AssistanceCaseRecords records;
    private final AssistanceCaseRepository assistanceCases;
    private final AssistanceEligibilityService eligibilityService;
    private final Organization organization;
    private final WorkingDayCalendar calendar;
    private final AssistanceProcessProperties limits;
    private final EngineClock clock;
    private final AgentBankProperties banks;

    public AssistanceRegistration(CaseFileService caseFiles, AssistanceCaseRecords records,
                                  AssistanceCaseRepository assistanceCases,
                                  AssistanceEligibilityService eligibilityService, Organization organization,
                                  WorkingDayCalendar calendar, AssistanceProcessProperties limits, EngineClock clock,
                                  AgentBankProperties banks) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.assistanceCases = assistanceCases;
        this.eligibilityService = eligibilityService;
        this.organization = organization;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
        this.banks = banks;
    }

    public record Registration(CaseFile caseFile, AssistanceApplication application, AssistanceEligibility eligibility,
                               Town town) {
    }

    /**
     * Registers an application at the applicant's hukou town for its village/community. Refused here, naming the
     * reason: malformed facts, a rule of the scheme that fails (with its article), an entitlement the person already
     * holds under the scheme, an open application for the same person and scheme, a town the clerk does not belong to.
     *
     * @param actorGroups the acting user's groups, or null when the system itself acts
     */
    public Registration register(Map<String, Object> variables, String actor, Collection<String> actorGroups) {
        AssistanceApplication application = AssistanceApplicationReader.read(variables, clock.today(),
                slug -> organization.townBySlug(slug).isPresent(), banks.agentBanks());
        Town town = organization.townBySlug(application.townSlug()).orElseThrow();
        if (actorGroups != null && !UserScope.registersIn(actorGroups, town.slug())) {
            throw new InvalidInputException("townSlug", "您只能登记本镇（街道）的申请，申请人户籍在" + town.name());
        }
        AssistanceScheme scheme = application.scheme();
        ResidentIdNumber applicant = application.applicantIdNumber();
        List<EntitlementConflict> conflicts = records.entitlementRegister(applicant, scheme)
                .conflictsOf(new Entitlement(applicant, scheme, town.name(), application.applicationDate(), null));
        if (!conflicts.isEmpty()) {
            throw new InvalidInputException("applicantIdNumber", conflicts.get(0).message());
        }
        for (CaseFile open : caseFiles.openCasesOf(CaseKind.ASSISTANCE, applicant.value())) {
            if (records.details(open).getScheme() == scheme) {
                throw new InvalidInputException("applicantIdNumber", openApplicationRefusal(scheme, open.getCaseNumber()));
            }
        }
        AssistanceEligibility eligibility = eligibilityService.evaluate(scheme, application.applicationDate(),
                application.facts());
        if (eligibility.ineligible()) {
            throw new InvalidInputException("scheme", "不符合" + scheme.chineseName() + "条件：" + eligibility.reason()
                    + "（依据：" + eligibility.article() + "）");
        }
        List<CaseParty> parties = new ArrayList<>();
        parties.add(party(CaseParty.Role.BENEFICIARY, application.applicantName(), applicant));
        if (application.hasSpouse()) {
            ResidentIdNumber spouse = application.spouseIdNumber();
            parties.add(party(spouse.sex() == Sex.FEMALE ? CaseParty.Role.WIFE : CaseParty.Role.HUSBAND,
                    application.spouseName(), spouse));
        }
        // Re-read: the repository merges a new case file with an assigned id, so the managed copy is the one to change.
        CaseFile caseFile = caseFiles.byNumber(caseFiles.register(CaseKind.ASSISTANCE, town.slug(),
                application.applicantName() + " " + scheme.shortName() + "资格确认", application.applicationDate(),
                parties, actor).getCaseNumber());
        // The check above does not see an application another node is registering at this moment: the key does.
        caseFiles.claimOpen(caseFile, CaseFileService.claimKey(CaseKind.ASSISTANCE, scheme.name(), applicant.value()),
                "applicantIdNumber", openCase -> openApplicationRefusal(scheme, openCase));
        caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.villageReviewWorkingDays()));
        AssistanceCase details = new AssistanceCase(caseFile.getId(), scheme, application.village(),
                records.writeFacts(application.facts()));
        details.recordEligibility(eligibility);
        details.recordBankAccount(application.bankAccount());
        assistanceCases.save(details);
        caseFiles.changeStatus(caseFile, CaseStatus.UNDER_VILLAGE_REVIEW, actor,
                "登记" + scheme.chineseName() + "申请（" + application.village() + "），资格评估：" + eligibility.label()
                        + "；" + AssistanceAccounts.accountLabel(application.bankAccount()));
        return new Registration(caseFile, application, eligibility, town);
    }

    private static String openApplicationRefusal(AssistanceScheme scheme, String openCaseNumber) {
        return "申请人已有正在办理的" + scheme.chineseName() + "申请（案件编号" + openCaseNumber + "），不能重复申请";
    }

    private static CaseParty party(CaseParty.Role role, String name, ResidentIdNumber id) {
        return new CaseParty(role, name, id.value(), id.masked(), id.birthDate(), id.sex().name());
    }
}
