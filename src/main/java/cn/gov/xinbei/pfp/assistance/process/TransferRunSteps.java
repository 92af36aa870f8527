package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceTransfers;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The steps of assistanceTransferRun: the transfer's waiting cases (the multi-instance collection, evaluated in the
 * run's first job) and one case moved on per job.
 */
@Configuration
public class TransferRunSteps {

    /** The element variable of the multi-instance step: the waiting case's number. */
    static final String WAITING_CASE = "waitingCaseNumber";

    private final AssistanceTransfers transfers;

    public TransferRunSteps(AssistanceTransfers transfers) {
        this.transfers = transfers;
    }

    /** {@code ${transferRunSteps.waitingCases(execution)}}. */
    public List<String> waitingCases(DelegateExecution execution) {
        return transfers.waitingCaseNumbers(Variables.text(execution.getVariable(AssistanceTransfers.TRANSFER_ID)));
    }

    @Bean("moveCaseOnTransfer")
    JavaDelegate moveCaseOnTransfer() {
        return execution -> transfers.moveWaitingCase(
                Variables.text(execution.getVariable(AssistanceTransfers.TRANSFER_ID)),
                Variables.text(execution.getVariable(WAITING_CASE)));
    }
}
