package cn.gov.xinbei.pfp.migrantcertificate.process;

import cn.gov.xinbei.pfp.migrantcertificate.MigrantCertificateService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks after the town's step: issue the 《流动人口婚育证明》, or write the refusal. */
@Configuration
public class CertificateOutcomeDelegates {

    /** 出具婚育证明: number and validity on the case and in the variables. */
    @Bean("issueMigrantCertificate")
    JavaDelegate issueMigrantCertificate(MigrantCertificateService service) {
        return execution -> {
            MigrantCertificateService.Issued issued = service.issueCertificate(execution.getProcessBusinessKey(),
                    ProcessActor.userId(execution));
            execution.setVariable("certificateNumber", issued.certificateNumber());
            execution.setVariable("certificateValidUntil", issued.validUntil().toString());
        };
    }

    /** 制作不予出具告知书: reasons and remedies in writing; the case closes as refused. */
    @Bean("refuseMigrantCertificate")
    JavaDelegate refuseMigrantCertificate(MigrantCertificateService service) {
        return execution -> execution.setVariable("refusalNotice",
                service.refuse(execution.getProcessBusinessKey(), ProcessActor.userId(execution)));
    }
}
