package cn.gov.xinbei.pfp.birthregistration.process;

import cn.gov.xinbei.pfp.birthregistration.BirthRegistrationService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks after the town's step: issue the 《生育服务证》, or write the refusal. */
@Configuration
public class RegistrationOutcomeDelegates {

    /**
     * 发放生育服务证. When the same child was registered meanwhile, the business error REGISTRATION_CONFLICT leads the
     * diagram to the written refusal (boundary event on the task); the reason is already recorded on the case.
     */
    @Bean("issueServiceCertificate")
    JavaDelegate issueServiceCertificate(BirthRegistrationService service) {
        return execution -> {
            BirthRegistrationService.Issue issue = service.issueCertificate(execution.getProcessBusinessKey(),
                    ProcessActor.userId(execution));
            if (!issue.issued()) {
                throw new BpmnError(BirthRegistrationService.CONFLICT_ERROR, issue.conflict());
            }
            execution.setVariable("certificateNumber", issue.certificateNumber());
        };
    }

    /** 制作不予登记告知书: reasons and remedies in writing; the case closes as refused. */
    @Bean("refuseBirthRegistration")
    JavaDelegate refuseBirthRegistration(BirthRegistrationService service) {
        return execution -> execution.setVariable("refusalNotice",
                service.refuse(execution.getProcessBusinessKey(), ProcessActor.userId(execution)));
    }
}
