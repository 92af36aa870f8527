package cn.gov.xinbei.pfp.maintenancefee.process;

import cn.gov.xinbei.pfp.maintenancefee.FeeAssessor;
import cn.gov.xinbei.pfp.maintenancefee.FeeCollection;
import cn.gov.xinbei.pfp.maintenancefee.FeeDecision;
import cn.gov.xinbei.pfp.maintenancefee.FeeEnforcement;
import cn.gov.xinbei.pfp.maintenancefee.FeeHearing;
import cn.gov.xinbei.pfp.maintenancefee.FeeInvestigation;
import cn.gov.xinbei.pfp.maintenancefee.FeeReview;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The complete-listeners of the fee process's user tasks: each reads its form's fields, hands them to
 * the application service of its stage and puts what later steps show back into variables. A refused input aborts the
 * completion and the task stays open.
 */
@Configuration
public class FeeTaskListeners {

    private final FeeInvestigation investigation;
    private final FeeAssessor assessor;
    private final FeeHearing hearing;
    private final FeeDecision decision;
    private final FeeCollection collection;
    private final FeeEnforcement enforcement;
    private final FeeReview review;
    private final EngineClock clock;

    public FeeTaskListeners(FeeInvestigation investigation, FeeAssessor assessor, FeeHearing hearing,
                            FeeDecision decision, FeeCollection collection, FeeEnforcement enforcement,
                            FeeReview review, EngineClock clock) {
        this.investigation = investigation;
        this.assessor = assessor;
        this.hearing = hearing;
        this.decision = decision;
        this.collection = collection;
        this.enforcement = enforcement;
        this.review = review;
        this.clock = clock;
    }

    /** 立案. */
    @Bean("feeCaseConfirmed")
    TaskListener caseConfirmed() {
        return task -> investigation.confirm(FeeVariables.caseNumber(task), text(task, "registrationDecision"),
                text(task, "registrationReason"), ProcessActor.userId(task));
    }

    /** 调查. */
    @Bean("feeInvestigated")
    TaskListener investigated() {
        return task -> investigation.investigated(FeeVariables.caseNumber(task), new FeeInvestigation.Investigation(
                text(task, "investigationOutcome"), text(task, "investigator1"), text(task, "investigator2"),
                text(task, "marriageBirthHistory"),
                text(task, "confirmedFatherHukouType"), task.getVariable("fatherIncome"), text(task, "fatherIncomeEvidence"),
                text(task, "confirmedMotherHukouType"), task.getVariable("motherIncome"), text(task, "motherIncomeEvidence"),
                text(task, "closingReason")), ProcessActor.userId(task));
    }

    /** 确定征收倍数: the bureau clerk only. */
    @Bean("feeMultipleChosen")
    TaskListener multipleChosen() {
        return task -> FeeVariables.assessment(task, assessor.chooseMultiple(FeeVariables.caseNumber(task),
                new FeeAssessor.Choice(task.getVariable("multiple"), text(task, "multipleReason"),
                        task.getVariable("fatherTopUpMultiple"), text(task, "fatherTopUpReason"),
                        task.getVariable("motherTopUpMultiple"), text(task, "motherTopUpReason")),
                ProcessActor.userId(task), ProcessActor.groups(task.getExecution())));
    }

    /** 告知书送达: the statement period and, where the bureau offers hearings, the hearing request period. */
    @Bean("feeNoticeServed")
    TaskListener noticeServed() {
        return task -> {
            FeeHearing.NoticeTerms terms = hearing.noticeServed(FeeVariables.caseNumber(task),
                    date(task, "noticeServedOn", "告知书送达日期"), ProcessActor.userId(task));
            task.setVariable("statementUntil", terms.statementUntil().toString());
            task.setVariable("hearingOffered", terms.hearingRequestUntil() != null);
            task.setVariable("hearingRequestUntil",
                    terms.hearingRequestUntil() == null ? null : terms.hearingRequestUntil().toString());
        };
    }

    /** 陈述申辩复核, with the party's hearing request where one was offered. */
    @Bean("feeStatementRecorded")
    TaskListener statementRecorded() {
        return task -> task.setVariable("statementAccepted", hearing.recordStatement(FeeVariables.caseNumber(task),
                new FeeHearing.Statement(Variables.bool(task.getVariable("statementMade")),
                        Variables.bool(task.getVariable("statementAccepted")), text(task, "statementSummary"),
                        Variables.bool(task.getVariable("hearingRequested")),
                        date(task, "hearingRequestedOn", "听证申请日期")),
                ProcessActor.userId(task)));
    }

    /** 组织听证: the bureau clerk records the hearing; a change of facts or multiple is assessed again. */
    @Bean("feeHearingHeld")
    TaskListener hearingHeld() {
        return task -> task.setVariable("hearingChangesAssessment", hearing.hearingHeld(FeeVariables.caseNumber(task),
                new FeeHearing.Hearing(date(task, "hearingNotifiedOn", "听证通知送达日期"),
                        date(task, "hearingHeldOn", "听证日期"), text(task, "hearingOfficer"), text(task, "hearingRecord"),
                        Variables.bool(task.getVariable("hearingChangesAssessment"))),
                ProcessActor.userId(task)));
    }

    /** 征收决定: a decision number for each parent. */
    @Bean("feeDecided")
    TaskListener decided() {
        return task -> decision.decide(FeeVariables.caseNumber(task), date(task, "decidedOn", "征收决定日期"),
                        ProcessActor.userId(task))
                .forEach((parent, number) -> task.setVariable(parent.field() + "DecisionNumber", number));
    }

    /** 送达: each parent's service date; their deadlines follow. */
    @Bean("feeDecisionServed")
    TaskListener decisionServed() {
        return task -> {
            Map<Parent, LocalDate> served = new EnumMap<>(Parent.class);
            for (Parent parent : Parent.values()) {
                LocalDate on = date(task, parent.field() + "ServedOn", parent.label() + "送达日期");
                if (on != null) {
                    served.put(parent, on);
                }
            }
            decision.served(FeeVariables.caseNumber(task), served, ProcessActor.userId(task)).forEach(p -> {
                task.setVariable(p.getParent().field() + "PaymentDue", p.getPaymentDue().toString());
                task.setVariable(p.getParent().field() + "ReconsiderationUntil", p.getReconsiderationUntil().toString());
                task.setVariable(p.getParent().field() + "LawsuitUntil", p.getLawsuitUntil().toString());
                task.setVariable(p.getParent().field() + "Schedule", p.getScheduleLines());
            });
        };
    }

    @Bean("feeInstalmentApplied")
    TaskListener instalmentApplied() {
        return task -> task.setVariable("instalmentDecisionDue", collection.instalmentApplied(FeeVariables.caseNumber(task),
                date(task, "instalmentAppliedOn", "分期缴纳申请日期"), text(task, "instalmentReason"),
                ProcessActor.userId(task)).toString());
    }

    @Bean("feeInstalmentDecided")
    TaskListener instalmentDecided() {
        return task -> task.setVariable("lateFeeFrom", collection.instalmentDecided(FeeVariables.caseNumber(task),
                Variables.bool(task.getVariable("instalmentApproved")), date(task, "instalmentUntil", "分期缴纳最后期限"),
                text(task, "instalmentDecisionReason"), ProcessActor.userId(task)).plusDays(1).toString());
    }

    /** 缴入国库: one confirmed deposit per completion; the form is emptied for the next one. */
    @Bean("feeDepositRecorded")
    TaskListener depositRecorded() {
        return task -> {
            collection.depositRecorded(FeeVariables.caseNumber(task), text(task, "payer"), task.getVariable("depositAmount"),
                    date(task, "depositedOn", "缴款日期"), text(task, "treasuryReceiptNumber"),
                    Variables.bool(task.getVariable("treasuryConfirmed")), ProcessActor.userId(task));
            for (String field : new String[] {"payer", "depositAmount", "depositedOn", "treasuryReceiptNumber",
                    "treasuryConfirmed"}) {
                task.setVariable(field, null);
            }
        };
    }

    @Bean("feeReminderServed")
    TaskListener reminderServed() {
        return task -> task.setVariable("courtApplicationFrom", enforcement.reminderServed(FeeVariables.caseNumber(task),
                date(task, "reminderServedOn", "催告书送达日期"), ProcessActor.userId(task)).toString());
    }

    @Bean("feeCourtDecided")
    TaskListener courtDecided() {
        return task -> enforcement.courtDecided(FeeVariables.caseNumber(task), date(task, "courtAppliedOn", "申请强制执行日期"),
                text(task, "courtRuling"), text(task, "courtRulingNumber"), ProcessActor.userId(task));
    }

    @Bean("feeReviewRecorded")
    TaskListener reviewRecorded() {
        return task -> review.reviewRecorded(FeeVariables.caseNumber(task), text(task, "reviewBody"),
                text(task, "reviewOutcome"), date(task, "reviewDecidedOn", "复议或判决日期"),
                text(task, "reviewDecisionNumber"), task.getVariable("reviewMultiple"), text(task, "reviewReason"),
                ProcessActor.userId(task));
    }

    private static String text(DelegateTask task, String name) {
        return Variables.text(task.getVariable(name));
    }

    private LocalDate date(DelegateTask task, String name, String label) {
        return Variables.date(task.getVariable(name), name, label, clock.zone());
    }
}
