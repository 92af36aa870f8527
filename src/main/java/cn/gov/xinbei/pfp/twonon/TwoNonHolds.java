package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.BUREAU_CLERKS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.BUREAU_SUPERVISORS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.blank;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.requireGroup;

/**
 * Holds on second-child approvals: a woman found in a 两非 case to have had a non-medical termination at 14 weeks or
 * more gets no approval for another birth until the facts are cleared (2002 规定 art. 7). Read by the second-child
 * registration; written by the closure of a 两非 case; lifted by a bureau supervisor.
 */
@Component
@Transactional
public class TwoNonHolds {

    /** The rule quoted when an application is refused. */
    public static final String RULE = "《关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠的规定》（2002年）第七条："
            + "未经批准擅自终止中期以上妊娠的，查清事实前不予批准再生育";

    private final TwoNonHoldRepository repository;
    private final TwoNonRecords records;
    private final CaseFileService caseFiles;
    private final EngineClock clock;
    private final TwoNonProperties properties;

    public TwoNonHolds(TwoNonHoldRepository repository, TwoNonRecords records, CaseFileService caseFiles,
                       EngineClock clock, TwoNonProperties properties) {
        this.repository = repository;
        this.records = records;
        this.caseFiles = caseFiles;
        this.clock = clock;
        this.properties = properties;
    }

    public record Hold(String id, String idNumberMasked, String caseNumber, LocalDate heldFrom, String reason,
                       LocalDate liftedOn, String liftedBy, String liftReason) {
    }

    /** The case number of an active (not lifted) hold on this ID number, if any. */
    @Transactional(readOnly = true)
    public Optional<String> activeHold(String idNumber) {
        return repository.findFirstByIdNumberAndLiftedOnIsNullOrderByHeldFromAsc(idNumber).map(TwoNonHold::getCaseNumber);
    }

    /** A hold registered at a case's closing, from today, on the woman's ID number (checked). */
    void hold(CaseFile caseFile, String idNumber, String reason, String actor) {
        ResidentIdNumber woman = ResidentIdNumber.parse(idNumber, clock.today());
        repository.save(new TwoNonHold(woman.value(), caseFile.getCaseNumber(), clock.today(),
                blank(reason) ? "非医学需要终止中期以上妊娠" : reason.strip()));
        caseFiles.recordStep(caseFile.getId(), actor, "HOLD", null, "暂停再生育审批",
                ResidentIdNumber.mask(woman.value()), null);
    }

    /** The holds a case registered (ID numbers masked): bureau clerks and supervisors. */
    @Transactional(readOnly = true)
    public List<Hold> holds(String caseNumber, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人和领导可以查看暂停再生育审批的登记", BUREAU_CLERKS, BUREAU_SUPERVISORS);
        records.caseFile(caseNumber);
        return repository.findByCaseNumberOrderByHeldFromAscIdAsc(caseNumber).stream().map(TwoNonHolds::view).toList();
    }

    /**
     * Lifts a hold once the facts are cleared (2002 规定 art. 7: no approval "查清事实前"): bureau supervisors only,
     * with a reason of at least {@code app.two-non.hold-lift-reason-min-length} characters, on today's date; written
     * to the case timeline with the user. From then on the woman may apply for a second child again.
     */
    public Hold liftHold(String holdId, String reason, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局领导可以解除暂停再生育审批", BUREAU_SUPERVISORS);
        TwoNonHold hold = repository.findForUpdateById(holdId)
                .orElseThrow(() -> new NotFoundException("暂停再生育审批的登记不存在：" + holdId));
        if (hold.getLiftedOn() != null) {
            throw new InvalidInputException("holdId", "该暂停已于" + hold.getLiftedOn() + "解除");
        }
        int minimum = properties.holdLiftReasonMinLength();
        if (blank(reason) || reason.strip().codePointCount(0, reason.strip().length()) < minimum) {
            throw new InvalidInputException("reason", "请填写解除暂停的理由（查清的事实），至少" + minimum + "个字");
        }
        hold.lift(clock.today(), actor, reason.strip());
        caseFiles.recordStep(records.caseFile(hold.getCaseNumber()).getId(), actor, "HOLD_LIFTED", null,
                "解除暂停再生育审批", ResidentIdNumber.mask(hold.getIdNumber()) + "：" + reason.strip(), null);
        return view(hold);
    }

    private static Hold view(TwoNonHold hold) {
        return new Hold(hold.getId(), ResidentIdNumber.mask(hold.getIdNumber()), hold.getCaseNumber(), hold.getHeldFrom(),
                hold.getReason(), hold.getLiftedOn(), hold.getLiftedBy(), hold.getLiftReason());
    }
}
