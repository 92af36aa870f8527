package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The bureau head answers an extension request (行政许可法 art. 42: +10 working days, once, reasons told). */
@Component("extensionAnswered")
public class ExtensionAnsweredListener implements TaskListener {

    private final SecondChildService service;
    private final EngineClock clock;

    public ExtensionAnsweredListener(SecondChildService service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = Variables.bool(task.getVariable("extensionApproved"));
        var currentDue = Variables.date(task.getVariable("decisionDueDate"), "decisionDueDate", "审批期限", clock.zone());
        var due = service.answerExtension(SecondChildVariables.caseNumber(task), approved,
                Variables.text(task.getVariable("decisionReason")), currentDue, ProcessActor.userId(task));
        task.setVariable("decisionDueDate", Variables.endOfDay(due, clock.zone()));
        if (Boolean.TRUE.equals(approved)) {
            task.setVariable("extensionGranted", true);
        }
        // The decision task opens again: its choice must be made afresh.
        task.setVariable("decision", null);
    }
}
