package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import cn.gov.xinbei.pfp.twonon.domain.AgencyTrack;
import cn.gov.xinbei.pfp.twonon.domain.FineRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.FINANCE_LIAISONS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.agency;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.requireGroup;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.requireLiaison;

/**
 * An agency's penalty: the decision with its number, the service of the decision and the payment of the fine. The rules
 * (order of the steps, legal range, late surcharge) are {@link AgencyTrack}'s; decisions are made by the agency's
 * liaisons, payments confirmed by the finance liaison.
 */
@Service
@Transactional
public class TwoNonPenaltyService {

    /** The numbering series of 两非 penalty decisions, per year: 新两非罚〔2012〕00001号. */
    static final String DECISION_SERIES = "TWO_NON_DECISION";

    private final TwoNonRecords records;
    private final CaseFileService caseFiles;
    private final DeadlineCalculator deadlines;
    private final EngineClock clock;

    public TwoNonPenaltyService(TwoNonRecords records, CaseFileService caseFiles, DeadlineCalculator deadlines,
                                EngineClock clock) {
        this.records = records;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The fine range open to this agency on the illegal income its investigation found. */
    @Transactional(readOnly = true)
    public FineRange fineRange(String caseNumber, String slug) {
        return track(caseNumber, slug).fineRange();
    }

    /**
     * 处罚决定: only after the prior notice (行政处罚法 1996 art. 41) and, where requested, the hearing; the fine within
     * the legal range; a suspected crime referred first (a fine never replaces a referral). Returns the decision number,
     * drawn only when the decision is allowed.
     */
    public String decide(String caseNumber, String slug, LocalDate decidedOn, BigDecimal fine, String actor,
                         Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        String number = records.onTrack(caseNumber, agency, track -> track.decide(decidedOn, fine, clock.today(),
                () -> "新两非罚〔" + decidedOn.getYear() + "〕" + "%05d".formatted(
                        caseFiles.drawNumber(DECISION_SERIES, decidedOn.getYear())) + "号"));
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "PENALTY_DECIDED", agency.slug(),
                agency.label() + "处罚决定", number + "，罚款" + fine.toPlainString() + "元", null);
        return number;
    }

    /** 送达处罚决定书, due within 7 days of the decision (art. 40); returns the payment deadline (15 days, art. 46). */
    public LocalDate decisionServed(String caseNumber, String slug, LocalDate servedOn, String actor,
                                    Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        return records.onTrack(caseNumber, agency,
                track -> track.serveDecision(servedOn, clock.today(), deadlines::addCalendarDays));
    }

    @Transactional(readOnly = true)
    public LocalDate serviceDue(String caseNumber, String slug) {
        return track(caseNumber, slug).serviceDue(deadlines::addCalendarDays);
    }

    @Transactional(readOnly = true)
    public LocalDate paymentDue(String caseNumber, String slug) {
        return track(caseNumber, slug).paymentDue();
    }

    /** What is owed if paid on that day: the fine plus the late surcharge. */
    @Transactional(readOnly = true)
    public BigDecimal amountOwed(String caseNumber, String slug, LocalDate paidOn) {
        return track(caseNumber, slug).amountOwed(paidOn);
    }

    /** The finance liaison confirms the payment: the fine plus 3 % a day after the deadline, at most the fine again. */
    public BigDecimal finePaid(String caseNumber, String slug, LocalDate paidOn, BigDecimal amount, String actor,
                               Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有财政联络员可以登记罚款缴纳", FINANCE_LIAISONS);
        Agency agency = agency(slug);
        AgencyTrack paid = records.onTrack(caseNumber, agency, track -> {
            track.pay(paidOn, amount, clock.today());
            return track;
        });
        BigDecimal surcharge = paid.state().payment().lateSurcharge();
        BigDecimal owed = paid.state().decision().fine().add(surcharge);
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "FINE_PAID", agency.slug(),
                agency.label() + "罚款已缴纳", owed.toPlainString() + "元", null);
        return surcharge;
    }

    private AgencyTrack track(String caseNumber, String slug) {
        return records.track(caseNumber, agency(slug)).track();
    }
}
