package cn.gov.xinbei.pfp.assistance.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

import java.time.LocalDate;
import java.util.Map;

/**
 * An application for one support scheme as registered at the town: who applies (and the spouse, if any), where, and
 * the declared facts, already in the shape of the eligibility decisions' inputs ({@link #facts()}).
 *
 * @param spouseIdNumber null when the applicant has no spouse (widowed, divorced, unmarried)
 * @param facts          the declared facts as the scheme's DMN reads them (dates as ISO text)
 * @param bankAccount    the account at the agent bank the support is credited to; never part of {@code facts}
 */
public record AssistanceApplication(AssistanceScheme scheme, String townSlug, String village, LocalDate applicationDate,
                                    String applicantName, ResidentIdNumber applicantIdNumber, String spouseName,
                                    ResidentIdNumber spouseIdNumber, Map<String, Object> facts,
                                    BankAccount bankAccount) {

    public AssistanceApplication {
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    public boolean hasSpouse() {
        return spouseIdNumber != null;
    }
}
