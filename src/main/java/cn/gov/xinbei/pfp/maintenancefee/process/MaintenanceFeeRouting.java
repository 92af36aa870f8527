package cn.gov.xinbei.pfp.maintenancefee.process;

import cn.gov.xinbei.pfp.maintenancefee.MaintenanceFeeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Gateway conditions of the fee process, decided by the case record (confirmed deposits, the hearing request), not by variables. */
@Component("maintenanceFeeRouting")
public class MaintenanceFeeRouting {

    private final MaintenanceFeeService service;

    public MaintenanceFeeRouting(MaintenanceFeeService service) {
        this.service = service;
    }

    /** Every decided parent has paid the fee and the late fee run up to today. */
    public boolean fullyPaid(DelegateExecution execution) {
        return service.fullyPaid(execution.getProcessBusinessKey());
    }

    /** The party asked for the hearing the notice offered, in time, and the statement did not already change the fee. */
    public boolean hearingRequested(DelegateExecution execution) {
        return service.details(execution.getProcessBusinessKey()).hearingDue();
    }
}
