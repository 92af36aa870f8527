package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The bureau head answers an extension request (行政许可法 art. 42: +10 working days, once, reasons told). */
@Component("extensionAnswered")
public class ExtensionAnsweredListener implements TaskListener {

    private final SecondChildService service;
    public ExtensionAnsweredListener(SecondChildService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = Variables.bool(task.getVariable("extensionApproved"));
        var due = service.answerExtension(SecondChildVariables.caseNumber(task), approved,
                Variables.text(task.getVariable("decisionReason")), ProcessActor.userId(task));
        task.setVariable("decisionDueOn", due.toString());
        // The decision task opens again: its choice must be made afresh.
        task.setVariable("decision", null);
    }
}
