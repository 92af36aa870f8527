package cn.gov.xinbei.pfp.maintenancefee.process;

import cn.gov.xinbei.pfp.maintenancefee.FeeCaseRecords;
import cn.gov.xinbei.pfp.maintenancefee.FeeCollection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Gateway conditions of the fee process, decided by the case record (confirmed deposits, the hearing request), not by variables. */
@Component("maintenanceFeeRouting")
public class MaintenanceFeeRouting {

    private final FeeCollection collection;
    private final FeeCaseRecords records;

    public MaintenanceFeeRouting(FeeCollection collection, FeeCaseRecords records) {
        this.collection = collection;
        this.records = records;
    }

    /** Every decided parent has paid the fee and the late fee run up to today. */
    public boolean fullyPaid(DelegateExecution execution) {
        return collection.fullyPaid(execution.getProcessBusinessKey());
    }

    /** The party asked for the hearing the notice offered, in time, and the statement did not already change the fee. */
    public boolean hearingRequested(DelegateExecution execution) {
        return records.details(execution.getProcessBusinessKey()).hearingDue();
    }
}
