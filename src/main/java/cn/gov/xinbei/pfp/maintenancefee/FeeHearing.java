package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.procedure.domain.HearingNotice;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * 告知, 陈述申辩 and 听证 of a fee case: the prior notice and its periods, the review of what the party said (with the
 * party's hearing request, where the bureau offers hearings) and the hearing itself (《行政处罚法》1996 第四十二条).
 */
@Service
@Transactional
public class FeeHearing {

    private final CaseFileService caseFiles;
    private final FeeCaseRecords records;
    private final WorkingDayCalendar calendar;
    private final MaintenanceFeeProperties properties;
    private final EngineClock clock;

    public FeeHearing(CaseFileService caseFiles, FeeCaseRecords records, WorkingDayCalendar calendar,
                      MaintenanceFeeProperties properties, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the prior notice offers a hearing ({@code app.maintenance-fee.hearing-offered}). */
    public boolean hearingOffered() {
        return properties.hearingOffered();
    }

    /** Calendar days to ask for an offered hearing after the notice is served. */
    public int hearingRequestDays() {
        return properties.hearingRequestDays();
    }

    /**
     * What the prior notice gives the person: the last day to state their case and, where the bureau offers hearings,
     * the last day to ask for one (null when none is offered).
     */
    public record NoticeTerms(LocalDate statementUntil, LocalDate hearingRequestUntil) {
    }

    /**
     * The prior notice (告知) was served: the person has the configured working days to state their case and, where
     * the bureau offers hearings ({@code app.maintenance-fee.hearing-offered}), {@code hearing-request-days} calendar
     * days to ask for one (《行政处罚法》1996 第四十二条: 3 days). The statement step waits for the later of the two.
     */
    public NoticeTerms noticeServed(String caseNumber, LocalDate servedOn, String actor) {
        MaintenanceFeeCase details = records.details(caseNumber);
        FeeInputs.between(servedOn, "noticeServedOn", "告知书送达日期", details.getCalculatedOn(), "计算征收数额的日期", clock.today());
        LocalDate until = calendar.addWorkingDays(servedOn, properties.statementWorkingDays());
        boolean hearing = properties.hearingOffered();
        LocalDate hearingUntil = hearing ? calendar.addCalendarDays(servedOn, properties.hearingRequestDays()) : null;
        details.recordNotice(servedOn, until, hearing, hearingUntil);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(hearing && hearingUntil.isAfter(until) ? hearingUntil : until);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_STATEMENT, actor, "《社会抚养费征收告知书》于" + servedOn
                + "送达，当事人可在" + properties.statementWorkingDays() + "个工作日内（至" + until + "）陈述、申辩"
                + (hearing ? "，可在" + properties.hearingRequestDays() + "日内（至" + hearingUntil + "）要求听证" : ""));
        return new NoticeTerms(until, hearingUntil);
    }

    /** What the bureau recorded at 陈述申辩复核: the statement and, where a hearing was offered, the party's request. */
    public record Statement(Boolean made, Boolean accepted, String summary, Boolean hearingRequested,
                            LocalDate hearingRequestedOn) {
    }

    /**
     * 陈述申辩复核. Where the notice offered a hearing, whether the party asked for one and on which day: a request
     * after {@code hearing-request-days} calendar days from the notice's service is refused (《行政处罚法》1996 第四十二条)
     * and nothing is written.
     *
     * @return whether the statement was accepted, so the fee is assessed again
     */
    public boolean recordStatement(String caseNumber, Statement in, String actor) {
        Boolean made = in.made();
        if (made == null) {
            throw new InvalidInputException("statementMade", "请选择当事人是否在期限内陈述、申辩");
        }
        MaintenanceFeeCase details = records.details(caseNumber);
        Violations violations = new Violations();
        boolean isAccepted = false;
        String text = null;
        if (made) {
            if (in.accepted() == null) {
                violations.add("statementAccepted", "请选择陈述、申辩的理由是否成立（采纳或不予采纳）");
            }
            text = FormValues.writtenText(in.summary(), "statementSummary", "陈述、申辩的内容及复核意见", violations);
            isAccepted = Boolean.TRUE.equals(in.accepted());
        }
        boolean hearingRequested = hearingRequest(details, in, violations);
        violations.throwIfAny();
        details.recordStatement(made, isAccepted, text);
        if (Boolean.TRUE.equals(details.getHearingOffered())) {
            details.recordHearingRequest(hearingRequested, hearingRequested ? in.hearingRequestedOn() : null);
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(null);
        String hearingText = !hearingRequested ? ""
                : isAccepted ? "；当事人于" + in.hearingRequestedOn() + "要求听证，因重新核定后将重新告知，本次不再组织听证"
                : "；当事人于" + in.hearingRequestedOn() + "要求听证，由区局组织听证后作出决定";
        caseFiles.changeStatus(caseFile, isAccepted ? CaseStatus.AWAITING_FEE_ASSESSMENT : CaseStatus.AWAITING_FEE_DECISION,
                actor, (!made ? "当事人在期限内未陈述、申辩" : (isAccepted ? "陈述、申辩理由成立，予以采纳，重新核定：" : "陈述、申辩理由不成立，不予采纳：") + text)
                        + hearingText);
        return isAccepted;
    }

    /** Checks the hearing request against the notice; @return whether a hearing was asked for in time. */
    private boolean hearingRequest(MaintenanceFeeCase details, Statement in, Violations violations) {
        if (!Boolean.TRUE.equals(details.getHearingOffered())) {
            if (Boolean.TRUE.equals(in.hearingRequested())) {
                violations.add("hearingRequested", "本案告知书未告知听证权利（区局未提供听证），不能登记听证申请");
            }
            return false;
        }
        if (in.hearingRequested() == null) {
            violations.add("hearingRequested", "请选择当事人是否要求听证");
            return false;
        }
        if (!in.hearingRequested()) {
            return false;
        }
        LocalDate on = in.hearingRequestedOn();
        if (on == null) {
            violations.add("hearingRequestedOn", "请填写听证申请日期");
        } else if (on.isBefore(details.getNoticeServedOn()) || on.isAfter(clock.today())) {
            violations.add("hearingRequestedOn", "听证申请日期应在告知书送达日期（" + details.getNoticeServedOn()
                    + "）与今天之间");
        } else if (on.isAfter(details.getHearingRequestUntil())) {
            violations.add("hearingRequestedOn", "听证申请日期" + on + "已超过期限：当事人应在告知书送达之日起"
                    + properties.hearingRequestDays() + "日内（至" + details.getHearingRequestUntil() + "）要求听证"
                    + "（《行政处罚法》第四十二条），逾期的不予组织听证");
        }
        return true;
    }

    /** What the hearing recorded (组织听证, the bureau clerk). */
    public record Hearing(LocalDate notifiedOn, LocalDate heldOn, String officer, String record, Boolean changed) {
    }

    /**
     * 组织听证: the party was told the time and place at least {@code hearing-notice-days} (7) calendar days before the
     * hearing, which was chaired by someone who did not investigate the case, and recorded (《行政处罚法》1996 第四十二条).
     * A refused input writes nothing.
     *
     * @return whether the hearing changed the facts or the multiple, so the fee is assessed again
     */
    public boolean hearingHeld(String caseNumber, Hearing in, String actor) {
        MaintenanceFeeCase details = records.details(caseNumber);
        if (!details.hearingDue()) {
            throw new InvalidInputException("hearingHeldOn", "当事人未在期限内要求听证，本案不组织听证");
        }
        LocalDate today = clock.today();
        Violations violations = new Violations();
        LocalDate notified = in.notifiedOn();
        if (notified == null) {
            violations.add("hearingNotifiedOn", "请填写听证通知送达日期");
        } else if (notified.isBefore(details.getHearingRequestedOn()) || notified.isAfter(today)) {
            violations.add("hearingNotifiedOn", "听证通知送达日期应在听证申请日期（" + details.getHearingRequestedOn()
                    + "）与今天之间");
            notified = null;
        }
        LocalDate held = in.heldOn();
        if (held == null) {
            violations.add("hearingHeldOn", "请填写听证日期");
        } else if (held.isAfter(today)) {
            violations.add("hearingHeldOn", "听证日期不能晚于今天");
        } else if (notified != null) {
            new HearingNotice(properties.hearingNoticeDays()).tooEarly(notified, held)
                    .ifPresent(reason -> violations.add("hearingHeldOn", reason));
        }
        String officer = FormValues.required(in.officer(), "hearingOfficer", "听证主持人", 30, violations);
        if (officer != null && details.getInvestigators() != null
                && List.of(details.getInvestigators().split("、")).contains(officer)) {
            violations.add("hearingOfficer", "听证主持人" + officer + "是本案调查人员：听证由行政机关指定的非本案调查人员主持"
                    + "（《行政处罚法》第四十二条）");
        }
        String record = FormValues.writtenText(in.record(), "hearingRecord", "听证笔录摘要", violations);
        if (in.changed() == null) {
            violations.add("hearingChangesAssessment", "请选择听证后认定的事实或征收倍数是否变更");
        }
        violations.throwIfAny();
        boolean changed = in.changed();
        details.recordHearing(notified, held, officer, record, changed);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.changeStatus(caseFile, changed ? CaseStatus.AWAITING_FEE_ASSESSMENT : CaseStatus.AWAITING_FEE_DECISION,
                actor, "听证通知" + notified + "送达，" + held + "举行听证（主持人" + officer + "）：" + record
                        + (changed ? "。听证后事实或征收倍数变更，重新核定" : "。听证后维持告知的征收数额"));
        return changed;
    }
}
