package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 受理: accept a complete application, or give the one correction notice. */
@Component("acceptanceCompleted")
public class AcceptanceCompletedListener implements TaskListener {

    private final SecondChildService service;
    private final EngineClock clock;

    public AcceptanceCompletedListener(SecondChildService service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = SecondChildVariables.caseNumber(task);
        String actor = ProcessActor.userId(task);
        String decision = Variables.text(task.getVariable("acceptanceDecision"));
        if ("ACCEPT".equals(decision)) {
            var missing = service.missingDocuments(caseNumber, SecondChildVariables.documentsOnFile(task));
            service.accept(caseNumber, missing, actor);
            task.setVariable("acceptedOn", clock.today().toString());
            task.setVariable("missingDocuments", "");
        } else if ("REQUEST_CORRECTION".equals(decision)) {
            service.requestCorrection(caseNumber, Variables.text(task.getVariable("correctionItems")), actor);
        } else {
            throw new InvalidInputException("acceptanceDecision", "请选择受理意见：予以受理或一次性告知补正");
        }
    }
}
