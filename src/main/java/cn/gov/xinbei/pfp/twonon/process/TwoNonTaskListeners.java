package cn.gov.xinbei.pfp.twonon.process;

import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.twonon.TwoNonClosingService;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import cn.gov.xinbei.pfp.twonon.TwoNonPenaltyService;
import cn.gov.xinbei.pfp.twonon.TwoNonSupervisionService;
import cn.gov.xinbei.pfp.twonon.TwoNonTrackService;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import cn.gov.xinbei.pfp.twonon.domain.Findings;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The complete-listeners of the 两非 user tasks: each hands its form's fields to the 两非 services, which check
 * them against the case record; a refused input aborts the completion and the task stays open. Track steps take the
 * case number and agency from the track's business key, never from variables.
 */
@Configuration
public class TwoNonTaskListeners {

    private final TwoNonIntakeService intake;
    private final TwoNonTrackService tracks;
    private final TwoNonPenaltyService penalties;
    private final TwoNonClosingService closing;
    private final TwoNonSupervisionService supervision;
    private final EngineClock clock;

    public TwoNonTaskListeners(TwoNonIntakeService intake, TwoNonTrackService tracks, TwoNonPenaltyService penalties,
                               TwoNonClosingService closing, TwoNonSupervisionService supervision, EngineClock clock) {
        this.intake = intake;
        this.tracks = tracks;
        this.penalties = penalties;
        this.closing = closing;
        this.supervision = supervision;
        this.clock = clock;
    }

    @Bean("twoNonAccepted")
    TaskListener accepted() {
        return task -> {
            Map<String, String> reasons = new LinkedHashMap<>();
            for (Agency agency : Agency.values()) {
                reasons.put(agency.slug(), text(task, agency.slug() + "Reason"));
            }
            intake.accept(caseNumber(task), text(task, "acceptanceDecision"), reasons, text(task, "acceptanceReason"),
                    ProcessActor.userId(task), ProcessActor.groups(task.getExecution()));
        };
    }

    @Bean("twoNonInvestigated")
    TaskListener investigated() {
        return task -> {
            TwoNonRouting.Track t = track(task);
            tracks.investigated(t.caseNumber(), t.agency(), new Findings(text(task, "findings"),
                            text(task, "evidence"), text(task, "investigators"),
                            date(task, "evidencePreservedOn", "先行登记保存日期"), Variables.bool(task.getVariable("crimeSuspected")),
                            Variables.bool(task.getVariable("penaltyProposed")), amount(task, "illegalIncome", "违法所得")),
                    ProcessActor.userId(task), ProcessActor.groups(task.getExecution()));
        };
    }

    @Bean("twoNonEvidenceDecided")
    TaskListener evidenceDecided() {
        return task -> tracks.evidenceDecided(track(task).caseNumber(), track(task).agency(),
                date(task, "evidenceDecidedOn", "处理决定日期"), text(task, "evidenceDecision"),
                ProcessActor.userId(task), ProcessActor.groups(task.getExecution()));
    }

    @Bean("twoNonReferred")
    TaskListener referred() {
        return task -> tracks.referred(track(task).caseNumber(), track(task).agency(),
                date(task, "referredOn", "移送日期"), text(task, "referralNumber"),
                ProcessActor.userId(task), ProcessActor.groups(task.getExecution()));
    }

    @Bean("twoNonNoticeServed")
    TaskListener noticeServed() {
        return task -> task.setVariable("hearingRequestUntil", tracks.noticeServed(track(task).caseNumber(),
                track(task).agency(), date(task, "noticeServedOn", "告知书送达日期"), ProcessActor.userId(task),
                ProcessActor.groups(task.getExecution())).toString());
    }

    @Bean("twoNonHearingRequested")
    TaskListener hearingRequested() {
        return task -> tracks.hearingRequested(track(task).caseNumber(), track(task).agency(),
                Variables.bool(task.getVariable("hearingRequested")), ProcessActor.userId(task),
                ProcessActor.groups(task.getExecution()));
    }

    @Bean("twoNonHearingHeld")
    TaskListener hearingHeld() {
        return task -> tracks.hearingHeld(track(task).caseNumber(), track(task).agency(),
                date(task, "hearingNotifiedOn", "听证通知送达日期"), date(task, "hearingHeldOn", "听证日期"), text(task, "hearingSummary"), ProcessActor.userId(task),
                ProcessActor.groups(task.getExecution()));
    }

    @Bean("twoNonDecided")
    TaskListener decided() {
        return task -> task.setVariable("decisionNumber", penalties.decide(track(task).caseNumber(), track(task).agency(),
                date(task, "decidedOn", "处罚决定日期"), amount(task, "fine", "罚款数额"), ProcessActor.userId(task),
                ProcessActor.groups(task.getExecution())));
    }

    @Bean("twoNonDecisionServed")
    TaskListener decisionServed() {
        return task -> task.setVariable("paymentDue", penalties.decisionServed(track(task).caseNumber(),
                track(task).agency(), date(task, "servedOn", "决定书送达日期"), ProcessActor.userId(task),
                ProcessActor.groups(task.getExecution())).toString());
    }

    @Bean("twoNonFinePaid")
    TaskListener finePaid() {
        return task -> task.setVariable("lateSurcharge", penalties.finePaid(track(task).caseNumber(), track(task).agency(),
                date(task, "paidOn", "缴款日期"), amount(task, "amountPaid", "缴款数额"), ProcessActor.userId(task),
                ProcessActor.groups(task.getExecution())).toPlainString());
    }

    /** 结案; the ID number of a woman put on hold is masked in the variables once stored. */
    @Bean("twoNonClosed")
    TaskListener closed() {
        return task -> {
            closing.close(caseNumber(task), new TwoNonClosingService.Closure(Variables.bool(task.getVariable("reportVerified")),
                            text(task, "closingSummary"), text(task, "holdIdNumber"), text(task, "holdReason")),
                    ProcessActor.userId(task), ProcessActor.groups(task.getExecution()));
            if (task.getVariable("holdIdNumber") != null) {
                task.setVariable("holdIdNumber", ResidentIdNumber.mask(text(task, "holdIdNumber")));
            }
            task.setVariable("agencySummaries", String.join("\n", closing.agencySummaries(caseNumber(task))));
        };
    }

    @Bean("twoNonRewardPaid")
    TaskListener rewardPaid() {
        return task -> closing.rewardPaid(caseNumber(task), amount(task, "rewardAmount", "奖励金额"),
                date(task, "rewardPaidOn", "发放日期"), text(task, "rewardVoucher"), ProcessActor.userId(task),
                ProcessActor.groups(task.getExecution()));
    }

    @Bean("twoNonEscalationHandled")
    TaskListener escalationHandled() {
        return task -> supervision.escalationHandled(caseNumber(task), text(task, "supervisionInstruction"),
                ProcessActor.userId(task));
    }

    private static String caseNumber(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }

    private static TwoNonRouting.Track track(DelegateTask task) {
        return TwoNonRouting.track(task.getExecution());
    }

    private static String text(DelegateTask task, String name) {
        return Variables.text(task.getVariable(name));
    }

    private LocalDate date(DelegateTask task, String name, String label) {
        return Variables.date(task.getVariable(name), name, label, clock.zone());
    }

    private static BigDecimal amount(DelegateTask task, String name, String label) {
        Object value = task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, label + "应为数字（元）");
        }
    }
}
