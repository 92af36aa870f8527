package cn.gov.xinbei.pfp.maintenancefee.process;

import cn.gov.xinbei.pfp.maintenancefee.domain.FeeAssessment;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the fee process that more than one step reads or writes. */
final class FeeVariables {

    private FeeVariables() {
    }

    /** The case number is the business key, which no form can change. */
    static String caseNumber(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }

    /** The assessment as the forms show it: the text read out to the person and the amounts. */
    static void assessment(VariableScope scope, FeeAssessment assessment) {
        scope.setVariable("assessmentText", String.join("\n", assessment.lines()));
        scope.setVariable("totalFee", assessment.total().toPlainString());
        assessment.parents().forEach(p -> scope.setVariable(p.parent().field() + "Fee", p.total().toPlainString()));
    }
}
