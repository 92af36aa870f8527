package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceAccounts;
import cn.gov.xinbei.pfp.assistance.AssistanceDecision;
import cn.gov.xinbei.pfp.assistance.AssistanceDisbursement;
import cn.gov.xinbei.pfp.assistance.AssistancePostings;
import cn.gov.xinbei.pfp.assistance.AssistanceVerification;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplicationReader;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The user tasks of assistanceEligibility: each listener reads the form's values and hands them to the application
 * service, which checks them on the server and refuses the completion (writing nothing) if one is wrong.
 */
@Configuration
public class AssistanceTaskListeners {

    private static String text(DelegateTask task, String name) {
        return Variables.text(task.getVariable(name));
    }

    /** 村（居）审议并张榜公示. */
    @Bean("villageReviewed")
    TaskListener villageReviewed(AssistancePostings postings) {
        return task -> postings.villageReviewed(AssistanceVariables.caseNumber(task), text(task, "villageOpinion"),
                text(task, "villagePostingPlace"), ProcessActor.userId(task));
    }

    /** 镇（街道）初审并张榜公示. */
    @Bean("townReviewed")
    TaskListener townReviewed(AssistancePostings postings) {
        return task -> {
            String caseNumber = AssistanceVariables.caseNumber(task);
            BankAccount corrected = postings.townReviewed(caseNumber, text(task, "townOpinion"),
                    text(task, "townPostingPlace"), text(task, "disabilityCertificateNumber"),
                    text(task, AssistanceAccounts.CORRECTED_AGENT_BANK),
                    text(task, AssistanceAccounts.CORRECTED_BANK_ACCOUNT), ProcessActor.userId(task));
            // The typed number must not stay in the variables (nor, at history level audit, in their history).
            task.setVariable(AssistanceAccounts.CORRECTED_AGENT_BANK, null);
            task.setVariable(AssistanceAccounts.CORRECTED_BANK_ACCOUNT, null);
            if (corrected != null) {
                task.setVariable("agentBankName", corrected.bank().name());
                task.setVariable(AssistanceApplicationReader.BANK_ACCOUNT, corrected.masked());
            }
        };
    }

    /** 派出所: 户口性质证明 and 死亡证明 (SEED annex 3). */
    @Bean("policeChecked")
    TaskListener policeChecked(AssistanceVerification verification) {
        return task -> verification.policeChecked(AssistanceVariables.caseNumber(task), text(task, "confirmedApplicantHukou"),
                text(task, "confirmedSpouseHukou"), text(task, "hukouCertificateNumber"),
                text(task, "deathCertificateNumber"), ProcessActor.userId(task));
    }

    /** 人社局: retirement and pension facts of the one-off award (SEED annex 3). */
    @Bean("hrChecked")
    TaskListener hrChecked(AssistanceVerification verification, EngineClock clock) {
        return task -> verification.hrChecked(AssistanceVariables.caseNumber(task), text(task, "hrConfirmation"),
                Variables.date(task.getVariable("hrRetirementDate"), "hrRetirementDate", "退休日期", clock.zone()),
                ProcessActor.userId(task));
    }

    /** 区人口计生局审核确认并公布. */
    @Bean("bureauDecided")
    TaskListener bureauDecided(AssistanceDecision decision) {
        return task -> decision.bureauDecide(AssistanceVariables.caseNumber(task), text(task, "bureauDecision"),
                text(task, "bureauReason"), ProcessActor.userId(task));
    }

    /** 财政拨付: the year and amount are shown from the register when the task opens; the transfer is recorded on completion. */
    @Bean("transferRecorded")
    TaskListener transferRecorded(AssistanceDisbursement disbursement, EngineClock clock) {
        return task -> {
            String caseNumber = AssistanceVariables.caseNumber(task);
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                AssistanceDisbursement.PaymentDue due = disbursement.paymentDue(caseNumber);
                task.setVariable("payYear", String.valueOf(due.year()));
                task.setVariable("payAmount", due.amount().toPlainString());
                return;
            }
            disbursement.recordTransfer(caseNumber, text(task, "transferReference"),
                    Variables.date(task.getVariable("transferredOn"), "transferredOn", "拨付日期", clock.zone()),
                    ProcessActor.userId(task));
        };
    }

    /** 发放机构入账. */
    @Bean("creditRecorded")
    TaskListener creditRecorded(AssistanceDisbursement disbursement, EngineClock clock) {
        return task -> disbursement.recordCredit(AssistanceVariables.caseNumber(task),
                Variables.date(task.getVariable("creditedOn"), "creditedOn", "入账日期", clock.zone()),
                text(task, "bankReference"), ProcessActor.userId(task));
    }
}
