package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 补正: the applicant brought the missing documents, or withdrew the application. */
@Component("correctionCompleted")
public class CorrectionCompletedListener implements TaskListener {

    private final SecondChildService service;

    public CorrectionCompletedListener(SecondChildService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = SecondChildVariables.caseNumber(task);
        String actor = ProcessActor.userId(task);
        switch (String.valueOf(Variables.text(task.getVariable("correctionOutcome")))) {
            case "SUBMITTED" -> {
                var stillMissing = service.missingDocuments(caseNumber, SecondChildVariables.documentsOnFile(task));
                task.setVariable("missingDocuments", SecondChildService.describe(stillMissing));
                service.correctionSubmitted(caseNumber, actor);
            }
            case "WITHDRAWN" -> service.withdraw(caseNumber, actor);
            default -> throw new InvalidInputException("correctionOutcome", "请选择：申请人已补正材料，或申请人撤回申请");
        }
    }
}
