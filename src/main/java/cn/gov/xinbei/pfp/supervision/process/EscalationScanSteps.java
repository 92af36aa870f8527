package cn.gov.xinbei.pfp.supervision.process;

import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.supervision.SupervisionService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The steps of supervisionEscalationScan: the overdue steps to escalate (the multi-instance collection, evaluated in
 * the scan's first job) and one escalation per job.
 */
@Configuration
public class EscalationScanSteps {

    /** The element variable of the multi-instance escalation: the overdue step's task id. */
    static final String OVERDUE_TASK = "overdueTaskId";

    private final SupervisionService service;
    private final EngineClock clock;

    public EscalationScanSteps(SupervisionService service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** {@code ${escalationScanSteps.overdueStepIds()}}: the steps overdue now without a supervision item. */
    public List<String> overdueStepIds() {
        return service.overdueStepIds(clock.now());
    }

    @Bean("escalateOverdueStep")
    JavaDelegate escalateOverdueStep() {
        return execution -> service.escalateStep(Variables.text(execution.getVariable(OVERDUE_TASK)));
    }
}
