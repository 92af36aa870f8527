package cn.gov.xinbei.pfp.twonon.domain;

import cn.gov.xinbei.pfp.shared.procedure.domain.HearingNotice;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.twonon.domain.TrackState.DecisionService;
import cn.gov.xinbei.pfp.twonon.domain.TrackState.EvidenceDecision;
import cn.gov.xinbei.pfp.twonon.domain.TrackState.Hearing;
import cn.gov.xinbei.pfp.twonon.domain.TrackState.Investigation;
import cn.gov.xinbei.pfp.twonon.domain.TrackState.Payment;
import cn.gov.xinbei.pfp.twonon.domain.TrackState.PenaltyDecision;
import cn.gov.xinbei.pfp.twonon.domain.TrackState.Referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One agency's investigation and penalty in a 两非 case, under 《行政处罚法》(1996): investigation → (referral of a
 * suspected crime) → prior notice → hearing request / hearing → decision → service of the decision → payment. Each
 * step checks everything first and changes nothing when it refuses, with the message the user reads.
 */
public final class AgencyTrack {

    /** 当事人要求听证的，应当在行政机关告知后三日内提出 (行政处罚法 1996 art. 42). */
    public static final int HEARING_REQUEST_DAYS = 3;
    /** 先行登记保存的证据，应当在七日内及时作出处理决定 (art. 37). */
    public static final int EVIDENCE_DECISION_DAYS = 7;
    /** 当事人不在场的，决定书应当在七日内送达 (art. 40). */
    public static final int SERVICE_DAYS = 7;
    /** 当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款 (art. 46). */
    public static final int PAYMENT_DAYS = 15;

    /** The calendar the periods are counted on: the last day of an N-day period, moved off a rest day. */
    @FunctionalInterface
    public interface Calendar {
        LocalDate addCalendarDays(LocalDate start, int days);
    }

    private final Agency agency;
    private TrackState state;

    public AgencyTrack(Agency agency, TrackState state) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.state = Objects.requireNonNull(state, "state");
    }

    public Agency agency() {
        return agency;
    }

    public TrackState state() {
        return state;
    }

    // --- investigation and referral --------------------------------------------------------------------------------

    /** 调查取证: every missing or wrong answer at once, under the field "findings". */
    public void investigate(Findings f, LocalDate today) {
        // The prior notice tells the party the facts (art. 31); facts changed after it would make the notice void.
        if (state.noticeServedOn() != null) {
            throw new InvalidInputException("findings", "处罚告知书已送达，调查查明的事实不能再修改");
        }
        List<String> problems = new ArrayList<>();
        if (blank(f.findings())) {
            problems.add("请填写调查查明的事实");
        }
        if (f.crimeSuspected() == null) {
            problems.add("请选择是否涉嫌犯罪");
        }
        if (f.penaltyProposed() == null) {
            problems.add("请选择是否拟作出行政处罚");
        } else if (f.penaltyProposed() && agency.penaltyBasis().isEmpty()) {
            // Only health (PFPL art. 36) and drugs (JS 2005 item 14) may fine in a 两非 case.
            problems.add(agency.label() + "在两非案件中没有罚款职权");
        }
        if (f.illegalIncome() != null && f.illegalIncome().signum() < 0) {
            problems.add("违法所得不能为负数");
        }
        if (f.evidencePreservedOn() != null && f.evidencePreservedOn().isAfter(today)) {
            problems.add("先行登记保存日期不能晚于今天");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("findings", String.join("；", problems));
        }
        state = state.withInvestigation(new Investigation(f.findings().strip(), trim(f.evidence()),
                trim(f.investigators()), f.evidencePreservedOn(), f.crimeSuspected(), f.penaltyProposed(), f.illegalIncome()));
    }

    /** 先行登记保存的处理决定; returns whether it came after the 7 days of art. 37 (recorded, not refused). */
    public boolean decideOnEvidence(LocalDate decidedOn, String decision, LocalDate today) {
        if (decidedOn == null || blank(decision)) {
            throw new InvalidInputException("evidenceDecision", "请填写登记保存证据的处理决定和日期");
        }
        LocalDate preserved = state.investigation() == null ? null : state.investigation().evidencePreservedOn();
        if (preserved == null) {
            throw new InvalidInputException("evidenceDecision", "调查中未先行登记保存证据，无需作出处理决定");
        }
        if (decidedOn.isBefore(preserved) || decidedOn.isAfter(today)) {
            throw new InvalidInputException("evidenceDecidedOn", "处理决定日期应在登记保存日期（" + preserved + "）至今天之间");
        }
        state = state.withEvidenceDecision(new EvidenceDecision(decidedOn, decision.strip()));
        return decidedOn.isAfter(evidenceDecisionDue());
    }

    /** 移送公安机关 (刑法 art. 336): the date and the transfer document's number. */
    public void refer(LocalDate referredOn, String number, LocalDate today) {
        if (referredOn == null || blank(number) || referredOn.isAfter(today)) {
            throw new InvalidInputException("referralNumber", "请填写移送日期（不晚于今天）和移送书编号");
        }
        state = state.withReferral(new Referral(referredOn, number.strip()));
    }

    /** A suspected crime that has not been referred yet: no fine and no closing while it is open. */
    public boolean referralOpen() {
        return crimeSuspected() && state.referral() == null;
    }

    // --- prior notice and hearing -----------------------------------------------------------------------------------

    /** 处罚告知书送达: only for a penalty the investigation proposed, and not once the decision is made. */
    public void serveNotice(LocalDate servedOn, LocalDate today) {
        if (servedOn == null || servedOn.isAfter(today)) {
            throw new InvalidInputException("noticeServedOn", "请填写告知书送达日期（不晚于今天）");
        }
        if (!penaltyProposed()) {
            throw new InvalidInputException("noticeServedOn", "调查结果未拟作出行政处罚，不能送达处罚告知书");
        }
        if (state.decision() != null) {
            // The decision must follow the notice (art. 41); a later notice cannot precede a decision already made.
            throw new InvalidInputException("noticeServedOn", "处罚决定已作出，不能再送达处罚告知书");
        }
        state = state.withNoticeServedOn(servedOn);
    }

    /** The last day on which the party may ask for a hearing, or null before the prior notice. */
    public LocalDate hearingRequestDue(Calendar calendar) {
        return state.noticeServedOn() == null ? null
                : calendar.addCalendarDays(state.noticeServedOn(), HEARING_REQUEST_DAYS);
    }

    /** Whether the party asked for a hearing: the right arises with the prior notice (art. 42). */
    public void answerHearingRequest(Boolean requested) {
        if (requested == null) {
            throw new InvalidInputException("hearingRequested", "请选择当事人是否要求听证");
        }
        if (state.noticeServedOn() == null) {
            throw new InvalidInputException("hearingRequested", "处罚告知书送达后，才能登记当事人是否要求听证");
        }
        if (state.decision() != null) {
            throw new InvalidInputException("hearingRequested", "处罚决定已作出，不能再登记听证申请");
        }
        state = state.withHearingRequested(requested);
    }

    /**
     * 听证 (art. 42): only when the party asked for it; the party told of its time and place between the prior notice
     * and today, at least {@code notice.noticeDays()} days before it; held after the prior notice, not later than today.
     */
    public void holdHearing(LocalDate notifiedOn, LocalDate heldOn, String summary, LocalDate today, HearingNotice notice) {
        LocalDate served = state.noticeServedOn();
        if (!hearingRequested() || served == null) {
            throw new InvalidInputException("hearingHeldOn", "当事人未要求听证，不能登记听证");
        }
        if (state.decision() != null) {
            throw new InvalidInputException("hearingHeldOn", "处罚决定已作出，不能再登记听证");
        }
        if (notifiedOn == null || notifiedOn.isBefore(served) || notifiedOn.isAfter(today)) {
            throw new InvalidInputException("hearingNotifiedOn", "请填写听证通知送达日期（处罚告知书送达日期" + served
                    + "至今天之间）");
        }
        if (heldOn == null || blank(summary) || !heldOn.isAfter(served) || heldOn.isAfter(today)) {
            throw new InvalidInputException("hearingHeldOn", "请填写听证日期（告知书送达之后、不晚于今天）和听证意见");
        }
        notice.tooEarly(notifiedOn, heldOn).ifPresent(reason -> {
            throw new InvalidInputException("hearingHeldOn", reason);
        });
        state = state.withHearing(new Hearing(notifiedOn, heldOn, summary.strip()));
    }

    // --- decision, service, payment ---------------------------------------------------------------------------------

    /** The fine range open to this agency on the illegal income its investigation found. */
    public FineRange fineRange() {
        PenaltyBasis basis = agency.penaltyBasis().orElseThrow(() ->
                new InvalidInputException("fine", agency.label() + "在两非案件中没有罚款职权"));
        return basis.range(state.investigation() == null ? null : state.investigation().illegalIncome());
    }

    /**
     * 处罚决定: after the prior notice (arts. 31, 41), after the hearing when one was asked for (art. 42), a suspected
     * crime referred first (arts. 38, 61: a fine never replaces a referral), the fine within the legal range. The
     * decision number is drawn only once all of that holds; returns it.
     */
    public String decide(LocalDate decidedOn, BigDecimal fine, LocalDate today, Supplier<String> numbering) {
        if (decidedOn == null || decidedOn.isAfter(today)) {
            throw new InvalidInputException("decidedOn", "请填写处罚决定日期（不晚于今天）");
        }
        LocalDate notice = state.noticeServedOn();
        if (notice == null || !decidedOn.isAfter(notice)) {
            throw new InvalidInputException("decidedOn", "处罚决定不能早于或与处罚告知同日作出：未依法告知当事人事实、理由、依据和权利的，"
                    + "行政处罚决定不能成立（《行政处罚法》第三十一条、第四十一条）");
        }
        if (state.hearingRequested() == null) {
            throw new InvalidInputException("decidedOn", "请先登记当事人是否要求听证（《行政处罚法》第四十二条）");
        }
        if (hearingRequested() && (state.hearing() == null || decidedOn.isBefore(state.hearing().heldOn()))) {
            throw new InvalidInputException("decidedOn", "当事人要求听证的，应在听证后作出处罚决定（《行政处罚法》第四十二条）");
        }
        if (state.decision() != null) {
            throw new InvalidInputException("decidedOn", "已作出处罚决定" + state.decision().number() + "，不能重复作出");
        }
        if (referralOpen()) {
            throw new InvalidInputException("fine", "涉嫌犯罪的案件须先移送公安机关，不得以罚代刑（《行政处罚法》第三十八条、第六十一条）");
        }
        FineRange range = fineRange();
        if (!range.contains(fine)) {
            throw new InvalidInputException("fine", "罚款数额" + (fine == null ? "未填写" : fine.toPlainString() + "元")
                    + "超出法定幅度：" + range.text() + "（" + agency.penaltyBasis().orElseThrow().citation() + "）");
        }
        String number = numbering.get();
        state = state.withDecision(new PenaltyDecision(decidedOn, fine, number));
        return number;
    }

    /** The last day to serve the decision (art. 40), or null before the decision. */
    public LocalDate serviceDue(Calendar calendar) {
        return state.decision() == null ? null : calendar.addCalendarDays(state.decision().decidedOn(), SERVICE_DAYS);
    }

    /** 送达处罚决定书, between the decision and today; returns the payment deadline (art. 46). */
    public LocalDate serveDecision(LocalDate servedOn, LocalDate today, Calendar calendar) {
        if (state.decision() == null) {
            throw new InvalidInputException("servedOn", "尚未作出处罚决定，不能登记决定书送达");
        }
        LocalDate decided = state.decision().decidedOn();
        if (servedOn == null || servedOn.isBefore(decided) || servedOn.isAfter(today)) {
            throw new InvalidInputException("servedOn", "送达日期应在处罚决定日期（" + decided + "）至今天之间");
        }
        if (state.payment() != null) {
            throw new InvalidInputException("servedOn", "罚款已缴纳，不能再登记决定书送达");
        }
        LocalDate due = calendar.addCalendarDays(servedOn, PAYMENT_DAYS);
        state = state.withService(new DecisionService(servedOn, due));
        return due;
    }

    public LocalDate paymentDue() {
        return state.service() == null ? null : state.service().paymentDueOn();
    }

    /** What is owed if paid on that day: the fine plus the late surcharge (art. 51). */
    public BigDecimal amountOwed(LocalDate paidOn) {
        BigDecimal fine = state.decision().fine();
        return fine.add(LateSurcharge.of(fine, paymentDue(), paidOn));
    }

    /** 罚款缴纳: after the decision was served, not later than today, exactly what is owed; returns the surcharge. */
    public BigDecimal pay(LocalDate paidOn, BigDecimal amount, LocalDate today) {
        if (state.service() == null) {
            throw new InvalidInputException("paidOn", "处罚决定书尚未送达，不能登记罚款缴纳");
        }
        if (paidOn == null || paidOn.isAfter(today) || paidOn.isBefore(state.service().servedOn())) {
            throw new InvalidInputException("paidOn", "缴款日期应在决定书送达之后、不晚于今天");
        }
        BigDecimal fine = state.decision().fine();
        BigDecimal surcharge = LateSurcharge.of(fine, paymentDue(), paidOn);
        BigDecimal owed = fine.add(surcharge);
        if (amount == null || amount.compareTo(owed) != 0) {
            throw new InvalidInputException("amountPaid", "应缴" + owed.toPlainString() + "元（罚款" + fine.toPlainString()
                    + "元，逾期加处罚款" + surcharge.toPlainString() + "元），登记的缴款数额不符");
        }
        state = state.withPayment(new Payment(paidOn, amount, surcharge));
        return surcharge;
    }

    // --- closing -----------------------------------------------------------------------------------------------------

    /**
     * 结案 of the whole case: refused while any track holds a suspected crime not yet referred to the police (a case
     * cannot end with the crime left with the administration, 行政处罚法 art. 61); then every track is finished
     * with its summary line. Nothing changes when it is refused.
     */
    public static void closeAll(List<AgencyTrack> tracks) {
        if (tracks.stream().anyMatch(AgencyTrack::referralOpen)) {
            throw new InvalidInputException("summary", "涉嫌犯罪的线索尚未移送公安机关，不能结案");
        }
        tracks.forEach(t -> t.state = t.state.closed(t.summaryLine()));
    }

    /** The track in one line for the closing record, e.g. "药品监督管理局：…；新两非罚〔2012〕00001号罚款8000.00元，已缴纳…". */
    public String summaryLine() {
        StringBuilder s = new StringBuilder(agency.label()).append("：");
        s.append(state.investigation() == null ? "未调查" : state.investigation().findings());
        if (state.referral() != null) {
            s.append("；已移送公安机关（").append(state.referral().number()).append("）");
        }
        if (state.decision() != null) {
            s.append("；").append(state.decision().number()).append("罚款").append(state.decision().fine().toPlainString())
                    .append("元");
            s.append(state.payment() == null ? "，未缴纳" : "，已缴纳" + state.payment().amountPaid().toPlainString() + "元");
        } else if (agency.penaltyBasis().isPresent()) {
            s.append("；不予行政处罚");
        }
        return s.toString();
    }

    // --- routing facts ---------------------------------------------------------------------------------------------

    public boolean crimeSuspected() {
        return state.investigation() != null && state.investigation().crimeSuspected();
    }

    public boolean penaltyProposed() {
        return state.investigation() != null && state.investigation().penaltyProposed();
    }

    public boolean hearingRequested() {
        return Boolean.TRUE.equals(state.hearingRequested());
    }

    /** The day by which preserved evidence must be decided on (art. 37: 7 days, counted plainly), or null. */
    public LocalDate evidenceDecisionDue() {
        LocalDate preserved = state.investigation() == null ? null : state.investigation().evidencePreservedOn();
        return preserved == null ? null : preserved.plusDays(EVIDENCE_DECISION_DAYS);
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
