package cn.gov.xinbei.pfp.migrantcertificate;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The town's time limit from config/migrant-certificate.yml, for {@code ${dueDates.of(execution, 'migrantCertificate.townIssue')}}. */
@Component
public class MigrantCertificateDueDates implements DueDateRules {

    private final MigrantCertificateProperties properties;

    public MigrantCertificateDueDates(MigrantCertificateProperties properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of("migrantCertificate.townIssue", DueDateRule.workingDays(properties::issueWorkingDays));
    }
}
