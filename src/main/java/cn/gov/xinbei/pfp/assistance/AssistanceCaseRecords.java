package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.EntitlementRegister;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the record of an assistance case (its details, the facts registered, the entitlement, the register) and keeps
 * the one JSON form of the registered facts.
 */
@Component
@Transactional(readOnly = true)
public class AssistanceCaseRecords {

    /** Certificate numbers, transfer and bank references. */
    static final int MAX_REFERENCE_LENGTH = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseFileService caseFiles;
    private final AssistanceCaseRepository assistanceCases;
    private final EntitlementRecordRepository entitlements;
    private final Organization organization;

    public AssistanceCaseRecords(CaseFileService caseFiles, AssistanceCaseRepository assistanceCases,
                                 EntitlementRecordRepository entitlements, Organization organization) {
        this.caseFiles = caseFiles;
        this.assistanceCases = assistanceCases;
        this.entitlements = entitlements;
        this.organization = organization;
    }

    public AssistanceCase details(String caseNumber) {
        return details(caseFiles.byNumber(caseNumber));
    }

    public AssistanceCase details(CaseFile caseFile) {
        return assistanceCases.findById(caseFile.getId())
                .orElseThrow(() -> new IllegalStateException("assistance case without its details: " + caseFile.getCaseNumber()));
    }

    public EntitlementRecord entitlementOf(String caseNumber) {
        return entitlements.findByCaseId(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new InvalidInputException("caseNumber", "案件" + caseNumber + "尚未登记享受资格"));
    }

    /** The facts as registered (the declared ones; confirmed ones are kept beside them). */
    public Map<String, Object> facts(AssistanceCase details) {
        try {
            return JSON.readValue(details.getRegisteredFacts(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts cannot be read", e);
        }
    }

    /** The person's active entitlements under the scheme. */
    public EntitlementRegister entitlementRegister(ResidentIdNumber idNumber, AssistanceScheme scheme) {
        return new EntitlementRegister(entitlements.findByIdNumberAndScheme(idNumber.value(), scheme).stream()
                .filter(e -> e.getActiveKey() != null)
                .map(e -> e.toDomain(townName(e.getTownSlug())))
                .toList());
    }

    public String townName(String slug) {
        return organization.townBySlug(slug).map(Town::name).orElse(slug);
    }

    /** The facts of the application as they are stored on the case record. */
    public String writeFacts(Map<String, Object> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts cannot be written", e);
        }
    }
}
