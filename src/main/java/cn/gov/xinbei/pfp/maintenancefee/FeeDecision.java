package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeDeadlines;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.maintenancefee.domain.PaymentSchedule;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 征收决定 and 送达 of a fee case: one numbered decision per parent assessed (REFERENCE.md 5.2), each effective when
 * served on that parent (357号令 art. 6), from which day its payment and remedy deadlines run.
 */
@Service
@Transactional
public class FeeDecision {

    static final String DECISION_SERIES = "MF_DECISION";
    static final String DECISION_NUMBER_FORMAT = "新人口征决〔%d〕%05d号";

    private final CaseFileService caseFiles;
    private final FeeCaseRecords records;
    private final FeeDeadlines deadlines;
    private final EngineClock clock;

    public FeeDecision(CaseFileService caseFiles, FeeCaseRecords records, FeeDeadlines deadlines, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** 征收决定: one decision per parent assessed, each with its own number (REFERENCE.md 5.2: separate decisions). */
    public Map<Parent, String> decide(String caseNumber, LocalDate decidedOn, String actor) {
        MaintenanceFeeCase details = records.details(caseNumber);
        boolean waitedOut = Boolean.TRUE.equals(details.getStatementMade());
        LocalDate earliest = waitedOut ? details.getNoticeServedOn() : details.getStatementUntil().plusDays(1);
        String earliestLabel = waitedOut ? "告知书送达日期" : "陈述、申辩期满次日";
        if (details.hearingDue()) {
            if (details.getHearingHeldOn() == null) {
                throw new InvalidInputException("decidedOn", "当事人要求听证的，应在听证后作出征收决定（《行政处罚法》第四十二条）");
            }
            if (details.getHearingHeldOn().isAfter(earliest)) {
                earliest = details.getHearingHeldOn();
                earliestLabel = "听证日期";
            }
        }
        FeeInputs.between(decidedOn, "decidedOn", "征收决定日期", earliest, earliestLabel, clock.today());
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        Map<Parent, String> numbers = new EnumMap<>(Parent.class);
        for (FeeParent p : records.parents(caseNumber)) {
            if (p.getFee() != null && p.getFee().signum() > 0) {
                int year = decidedOn.getYear();
                String number = DECISION_NUMBER_FORMAT.formatted(year, caseFiles.drawNumber(DECISION_SERIES, year));
                p.assignDecisionNumber(number);
                numbers.put(p.getParent(), number);
            }
        }
        details.recordDecision(decidedOn);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_SERVICE, actor, "作出《社会抚养费征收决定书》"
                + String.join("、", numbers.values()) + "，合计" + details.getTotalFee().toPlainString() + "元");
        return numbers;
    }

    /**
     * 送达: each decision takes effect when served on its parent (357号令 art. 6); the payment, instalment, remedy and
     * enforcement deadlines run from that day. A decision not served cannot be collected.
     */
    public List<FeeParent> served(String caseNumber, Map<Parent, LocalDate> servedOn, String actor) {
        MaintenanceFeeCase details = records.details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        List<FeeParent> decided = records.decided(caseFile);
        Violations violations = new Violations();
        for (FeeParent p : decided) {
            String field = p.getParent().field() + "ServedOn";
            LocalDate on = servedOn.get(p.getParent());
            if (on == null) {
                violations.add(field, "请填写" + p.getParent().label() + "决定书（" + p.getDecisionNumber()
                        + "）的送达日期：决定书自送达之日起生效，未送达的不能要求缴纳");
            } else if (on.isBefore(details.getDecidedOn()) || on.isAfter(clock.today())) {
                violations.add(field, p.getParent().label() + "决定书送达日期应在决定日期（" + details.getDecidedOn()
                        + "）与今天之间");
            }
        }
        violations.throwIfAny();
        LocalDate latestDue = null;
        for (FeeParent p : decided) {
            PaymentSchedule schedule = deadlines.scheduleFor(servedOn.get(p.getParent()));
            p.recordService(schedule);
            latestDue = latestDue == null || schedule.paymentDue().date().isAfter(latestDue)
                    ? schedule.paymentDue().date() : latestDue;
        }
        caseFile.setDueOn(latestDue);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_PAYMENT, actor, decided.stream()
                .map(p -> p.getParent().label() + "决定书" + p.getServedOn() + "送达，缴款期限至" + p.getPaymentDue())
                .reduce((a, b) -> a + "；" + b).orElse(""));
        return decided;
    }
}
