package cn.gov.xinbei.pfp.twonon.process;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import cn.gov.xinbei.pfp.twonon.domain.ReportChannel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Start of a 两非 case, from the Tasklist's start form (举报登记) or from POST /api/two-non/reports: checks and
 * registers the report through {@link TwoNonIntakeService#register} in the same transaction as the start, so a refused
 * report leaves no process and no case behind. The case number becomes the business key. The reporter's name and
 * contact go to two_non_reporter only: the variables the form submitted are emptied, then removed, before anything is
 * written, so neither the runtime nor the history (level audit keeps a variable's last value only) holds them.
 */
@Component("registerTwoNonReport")
public class RegisterTwoNonReportListener implements ExecutionListener {

    private final TwoNonIntakeService service;

    public RegisterTwoNonReportListener(TwoNonIntakeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        TwoNonIntakeService.Intake intake = new TwoNonIntakeService.Intake(text(execution, "channel"),
                Variables.bool(execution.getVariable("anonymous")), text(execution, "reporterName"),
                text(execution, "reporterContact"), text(execution, "facts"));
        forgetReporter(execution);
        CaseFile caseFile = service.register(intake, execution.getProcessInstanceId(), ProcessActor.userId(execution),
                ProcessActor.groups(execution));
        execution.setProcessBusinessKey(caseFile.getCaseNumber());
        execution.setVariable("caseNumber", caseFile.getCaseNumber());
        execution.setVariable("caseTitle", caseFile.getTitle());
        execution.setVariable("channel", ReportChannel.valueOf(intake.channel().strip()).label());
        execution.setVariable("anonymous", Boolean.TRUE.equals(intake.anonymous()));
        execution.setVariable("facts", intake.facts().strip());
    }

    /** Empties (history keeps the last value) and removes the reporter's fields; transient ones are only removed. */
    private static void forgetReporter(DelegateExecution execution) {
        for (String name : TwoNonIntakeService.REPORTER_VARIABLES) {
            TypedValue value = execution.getVariableTyped(name);
            if (value == null) {
                continue;
            }
            if (!value.isTransient()) {
                execution.setVariable(name, null);
            }
            execution.removeVariable(name);
        }
    }

    private static String text(DelegateExecution execution, String name) {
        return Variables.text(execution.getVariable(name));
    }
}
