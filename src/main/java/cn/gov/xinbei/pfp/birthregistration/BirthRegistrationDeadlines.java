package cn.gov.xinbei.pfp.birthregistration;

import org.springframework.stereotype.Component;

/**
 * The time limit of the town's step as the due-date text the working-day business calendar reads ("10 working
 * days"). BPMN refers to this bean as {@code birthRegistrationDeadlines}, so the limit stays in configuration.
 */
@Component("birthRegistrationDeadlines")
public class BirthRegistrationDeadlines {

    private final BirthRegistrationProperties properties;

    public BirthRegistrationDeadlines(BirthRegistrationProperties properties) {
        this.properties = properties;
    }

    public String getTownDecision() {
        return properties.townDecisionWorkingDays() + " working days";
    }
}
