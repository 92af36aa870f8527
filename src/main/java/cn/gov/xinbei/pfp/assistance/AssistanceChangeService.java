package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.assistance.domain.ChangeReason;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/**
 * 变更: the small case that stops an entitlement from a date. The town registers the request with its evidence, the
 * district bureau confirms it; the entitlement then ends the day before the effective date and no longer counts as
 * active (its unique key is released). Everything is recorded on the timeline of the case that granted it.
 * <p>
 * A new account at the agent bank ({@link ChangeReason#BANK_ACCOUNT_CHANGED}) does not stop the entitlement: the town
 * gives the new bank and account, checked exactly as at intake, and the register takes them at once, as with the
 * town's corrections at its review and at the annual re-verification (the full number is kept in the register only,
 * so it cannot wait in the engine for a second decision). The timeline shows the account masked.
 */
@Service
@Transactional
public class AssistanceChangeService {

    private final EntitlementRecordRepository entitlements;
    private final AssistanceChangeRepository changes;
    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final Organization organization;
    private final EngineClock clock;
    private final AgentBankProperties banks;

    /** Form fields of a new account (变更代发银行账户). */
    public static final String NEW_AGENT_BANK = "newAgentBank";
    public static final String NEW_BANK_ACCOUNT = "newBankAccount";

    public AssistanceChangeService(EntitlementRecordRepository entitlements, AssistanceChangeRepository changes,
                                   CaseFileService caseFiles, CaseFileRepository caseFileRepository,
                                   Organization organization, EngineClock clock, AgentBankProperties banks) {
        this.entitlements = entitlements;
        this.changes = changes;
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.organization = organization;
        this.clock = clock;
        this.banks = banks;
    }

    /** @param newAccount the new account of a {@link ChangeReason#BANK_ACCOUNT_CHANGED} change (already in the register), else null */
    public record ChangeRequest(AssistanceChange change, EntitlementRecord entitlement, CaseFile grantingCase,
                                BankAccount newAccount) {
    }

    /**
     * Registers a change request. Refused: no active entitlement of that person under that scheme, a reason that does
     * not apply to the scheme (the one-off award is never stopped), an effective date outside the entitlement, a second
     * open request, a town the clerk does not belong to. A new bank account is checked as at intake and, once the
     * request is accepted, written to the register at once (the entitlement keeps running); a refused one writes nothing.
     */
    public ChangeRequest request(Map<String, Object> variables, String actor, Collection<String> actorGroups) {
        Violations violations = new Violations();
        LocalDate today = clock.today();
        String rawId = FormValues.blankToNull(variables.get("holderIdNumber"));
        ResidentIdNumber idNumber = null;
        if (rawId == null) {
            violations.add("holderIdNumber", "请填写享受对象公民身份号码");
        } else {
            idNumber = ResidentIdNumber.parseInto(violations, "holderIdNumber", rawId, today).orElse(null);
        }
        AssistanceScheme scheme = FormValues.choice(AssistanceScheme.class, variables.get("scheme"), "scheme", "请选择扶助项目",
                "扶助项目的选项无法识别", violations);
        ChangeReason reason = FormValues.choice(ChangeReason.class, variables.get("changeReason"), "changeReason", "请选择变更原因",
                "变更原因的选项无法识别", violations);
        boolean accountChange = reason == ChangeReason.BANK_ACCOUNT_CHANGED;
        BankAccount newAccount = null;
        LocalDate effective = null;
        String rawDate = FormValues.blankToNull(variables.get("effectiveDate"));
        if (accountChange) {
            // The new account takes effect with the next transfer: the request's date is the day it is registered.
            effective = today;
            newAccount = BankAccount.read(violations, NEW_AGENT_BANK, variables.get(NEW_AGENT_BANK), NEW_BANK_ACCOUNT,
                    variables.get(NEW_BANK_ACCOUNT), banks.agentBanks()).orElse(null);
        } else if (rawDate == null) {
            violations.add("effectiveDate", "请填写停发日期");
        } else {
            try {
                effective = LocalDate.parse(rawDate);
            } catch (DateTimeParseException e) {
                violations.add("effectiveDate", "停发日期格式不正确，应为“年-月-日”");
            }
        }
        String evidence = FormValues.blankToNull(variables.get("changeEvidence"));
        if (evidence == null || evidence.length() < 4 || evidence.length() > 200) {
            violations.add("changeEvidence", "请填写证明材料名称及出具机关（4至200个字）");
        }
        if (scheme != null && reason != null && !reason.appliesTo(scheme)) {
            violations.add("changeReason", scheme.oneOff() ? scheme.chineseName() + "为一次性奖励，已发放的不作停发变更"
                    : "“" + reason.label() + "”不适用于" + scheme.chineseName());
        }
        violations.throwIfAny();
        EntitlementRecord entitlement = entitlements.findByActiveKey(EntitlementRecord.activeKey(idNumber, scheme))
                .filter(e -> e.getStatus() == EntitlementRecord.Status.ACTIVE)
                .orElseThrow(() -> new InvalidInputException("holderIdNumber", "身份证号" + ResidentIdNumber.mask(rawId)
                        + "在" + scheme.chineseName() + "下没有有效的享受资格"));
        if (actorGroups != null && !UserScope.registersIn(actorGroups, entitlement.getTownSlug())) {
            throw new InvalidInputException("holderIdNumber", "该享受对象不属于您所在的镇（街道）");
        }
        if (!accountChange && (!effective.isAfter(entitlement.getFromDate()) || effective.isAfter(today.plusYears(1)))) {
            throw new InvalidInputException("effectiveDate", "停发日期应晚于资格起始日期（" + entitlement.getFromDate()
                    + "），且不超过一年以后");
        }
        changes.findByPendingKey(entitlement.getId()).ifPresent(open -> {
            throw new InvalidInputException("holderIdNumber", "该享受对象已有待审核的变更申请，不能重复申请");
        });
        AssistanceChange change = new AssistanceChange(entitlement.getId(), reason, effective, evidence, actor, clock.now());
        if (accountChange) {
            // Nothing left to decide: the town's new account is recorded as it is registered.
            change.decide(true, null, today, actor);
        }
        try {
            changes.saveAndFlush(change);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("holderIdNumber", "该享受对象已有待审核的变更申请，不能重复申请");
        }
        CaseFile grantingCase = caseFileRepository.findById(entitlement.getCaseId()).orElseThrow();
        if (accountChange) {
            entitlement.changeBankAccount(newAccount);
            caseFiles.recordStep(grantingCase.getId(), actor, "ACCOUNT_CHANGED", "assistanceChange", "变更代发账户",
                    "自" + effective + "起变更为" + BankAccount.BANK_LABEL + "：" + newAccount.bank().name() + "，账号"
                            + newAccount.masked() + "（" + evidence + "）；享受资格继续有效", null);
            return new ChangeRequest(change, entitlement, grantingCase, newAccount);
        }
        caseFiles.recordStep(grantingCase.getId(), actor, "CHANGE_REQUESTED", "assistanceChange", "变更申请",
                "申请自" + effective + "起停发：" + reason.label() + "（" + evidence + "）", null);
        return new ChangeRequest(change, entitlement, grantingCase, null);
    }

    /**
     * The bureau answers the open request on the entitlement of that case (found from the case record, not from a
     * variable). Confirmed: the entitlement stops the day before the effective date. Rejected: with a reason.
     */
    public void decide(String grantingCaseNumber, String decision, String reason, String actor) {
        EntitlementRecord entitlement = entitlements.findByCaseId(caseFiles.byNumber(grantingCaseNumber).getId())
                .orElseThrow();
        AssistanceChange change = changes.findByPendingKey(entitlement.getId())
                .orElseThrow(() -> new IllegalStateException("no pending change for case " + grantingCaseNumber));
        String text = reason == null ? null : reason.strip();
        switch (decision == null ? "" : decision) {
            case "CONFIRM" -> {
                change.decide(true, text, clock.today(), actor);
                entitlement.stop(change.getEffectiveDate().minusDays(1));
                caseFiles.recordStep(entitlement.getCaseId(), actor, "ENTITLEMENT_STOPPED", "assistanceChange", "变更确认",
                        "区局确认变更：" + change.getReason().label() + "，自" + change.getEffectiveDate() + "起停发", null);
            }
            case "REJECT" -> {
                if (text == null || text.length() < 5) {
                    throw new InvalidInputException("changeDecisionReason", "请填写不予变更的理由，至少5个字");
                }
                change.decide(false, text, clock.today(), actor);
                caseFiles.recordStep(entitlement.getCaseId(), actor, "CHANGE_REJECTED", "assistanceChange", "变更不予确认",
                        "区局不予变更：" + text, null);
            }
            default -> throw new InvalidInputException("changeDecision", "请选择审核结果：确认变更或不予变更");
        }
    }
}
