package cn.gov.xinbei.pfp.maintenancefee.process;

import cn.gov.xinbei.pfp.configuration.ConfigurationGapWait;
import cn.gov.xinbei.pfp.maintenancefee.MaintenanceFeeCase;
import cn.gov.xinbei.pfp.maintenancefee.FeeAssessor;
import cn.gov.xinbei.pfp.maintenancefee.FeeCaseRecords;
import cn.gov.xinbei.pfp.maintenancefee.FeeCollection;
import cn.gov.xinbei.pfp.maintenancefee.FeeEnforcement;
import cn.gov.xinbei.pfp.maintenancefee.FeeHearing;
import cn.gov.xinbei.pfp.maintenancefee.FeeReview;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the fee process. Each reads the case record by business key, never editable variables. */
@Configuration
public class FeeDelegates {

    /** The error code the diagram catches on 执行复议、诉讼结果 when the decision is quashed. */
    public static final String DECISION_QUASHED = "FEE_DECISION_QUASHED";

    /**
     * 核对征收基数: before the bureau chooses the multiple, the base figures both parents need must be configured.
     * A missing one holds the case at this step (configuration gap) until the bureau's administrators enter it.
     */
    @Bean("checkIncomeBase")
    JavaDelegate checkIncomeBase(FeeAssessor assessor, ConfigurationGapWait gapWait) {
        return execution -> {
            String caseNumber = execution.getProcessBusinessKey();
            gapWait.holdIfMissing(execution, caseNumber, assessor.missingBases(caseNumber));
        };
    }

    /** 计算征收数额 with {@code FeeCalculator}, on the facts and choices recorded. */
    @Bean("calculateFee")
    JavaDelegate calculateFee(FeeAssessor assessor, FeeHearing hearing) {
        return execution -> {
            FeeVariables.assessment(execution, assessor.calculate(execution.getProcessBusinessKey()));
            // what the prior notice offers, for the forms of 告知 and 陈述申辩复核
            execution.setVariable("hearingOffered", hearing.hearingOffered());
            execution.setVariable("hearingRequestDays", hearing.hearingRequestDays());
        };
    }

    /** 加收滞纳金 with {@code LateFeeCalculator}, as of today. */
    @Bean("assessLateFee")
    JavaDelegate assessLateFee(FeeEnforcement enforcement) {
        return execution -> execution.setVariable("lateFeeText",
                String.join("\n", enforcement.assessLateFee(execution.getProcessBusinessKey())));
    }

    /** A recorded 复议/court result: quashed → business error; changed → recalculated; upheld → nothing. */
    @Bean("applyFeeReview")
    JavaDelegate applyFeeReview(FeeCaseRecords records, FeeReview review) {
        return execution -> {
            String caseNumber = execution.getProcessBusinessKey();
            MaintenanceFeeCase details = records.details(caseNumber);
            switch (details.getReviewOutcome()) {
                case QUASHED -> throw new BpmnError(DECISION_QUASHED, "征收决定被" + details.getReviewBody() + "撤销");
                case CHANGED -> FeeVariables.assessment(execution, review.applyChange(caseNumber));
                case UPHELD -> { }
            }
        };
    }

    @Bean("closeQuashedFeeCase")
    JavaDelegate closeQuashed(FeeReview review) {
        return execution -> review.closeQuashed(execution.getProcessBusinessKey());
    }

    @Bean("closePaidFeeCase")
    JavaDelegate closePaid(FeeCollection collection) {
        return execution -> collection.closePaid(execution.getProcessBusinessKey());
    }
}
