package cn.gov.xinbei.pfp.birthregistration.process;

import cn.gov.xinbei.pfp.birthregistration.BirthRegistrationService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 镇（街道）登记 completed: register, or refuse with reasons (checked here, so a bad choice keeps the task open). */
@Component("birthRegistrationDecided")
public class TownDecisionListener implements TaskListener {

    private final BirthRegistrationService service;

    public TownDecisionListener(BirthRegistrationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.decide(task.getExecution().getProcessBusinessKey(),
                Variables.text(task.getVariable("registrationDecision")),
                Variables.text(task.getVariable("refusalReasons")), ProcessActor.userId(task));
    }
}
