package cn.gov.xinbei.pfp.secondchild.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application as other systems send it: the same fields, under the same names, as the Tasklist start form.
 * Sizes are checked here; everything else by the same rules the start form goes through.
 */
@Schema(description = "照顾再生育一孩申请")
public record SecondChildApplicationRequest(
        @Schema(description = "女方户籍所在镇（街道）代码", example = "chunjiang") @Size(max = 32) String townSlug,
        @Schema(description = "申请日期", example = "2012-03-01") @Size(max = 10) String applicationDate,
        @Schema(description = "结婚登记日期", example = "2010-10-01") @Size(max = 10) String marriageDate,
        @Size(max = 30) String wifeName,
        @Schema(description = "女方公民身份号码") @Size(max = 18) String wifeIdNumber,
        @Schema(allowableValues = {"RURAL", "URBAN"}) @Size(max = 8) String wifeHukouType,
        @Size(max = 10) String wifeRuralToUrbanOn,
        @Schema(allowableValues = {"NONE", "DIVORCED", "WIDOWED"}) @Size(max = 10) String wifePriorStatus,
        Integer wifeChildrenEver,
        Boolean wifeOnlyChild,
        Boolean wifeTwoGenerationOnlyChild,
        @Size(max = 30) String husbandName,
        @Size(max = 18) String husbandIdNumber,
        @Size(max = 8) String husbandHukouType,
        @Size(max = 10) String husbandRuralToUrbanOn,
        @Size(max = 10) String husbandPriorStatus,
        Integer husbandChildrenEver,
        Boolean husbandOnlyChild,
        Boolean husbandTwoGenerationOnlyChild,
        Integer childrenTogether,
        Integer girlsTogether,
        @Schema(description = "申请依据的条件，如 ART22_6") @Size(max = 16) String conditionCode,
        Boolean specialCircumstanceProven,
        @Size(max = 200) String specialCircumstanceEvidence,
        Boolean docApplicationForm,
        Boolean docIdCards,
        Boolean docHukouBooklets,
        Boolean docMarriageCertificate,
        Boolean docChildBirthCertificate,
        Boolean docOnlyChildProof,
        Boolean docDivorceOrDeathProof,
        Boolean docSpecialEvidence) {

    /** The process variables, as the start form would submit them; absent fields stay absent. */
    public Map<String, Object> toVariables() {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "townSlug", townSlug);
        put(v, "applicationDate", applicationDate);
        put(v, "marriageDate", marriageDate);
        put(v, "wifeName", wifeName);
        put(v, "wifeIdNumber", wifeIdNumber);
        put(v, "wifeHukouType", wifeHukouType);
        put(v, "wifeRuralToUrbanOn", wifeRuralToUrbanOn);
        put(v, "wifePriorStatus", wifePriorStatus);
        put(v, "wifeChildrenEver", wifeChildrenEver);
        put(v, "wifeOnlyChild", wifeOnlyChild);
        put(v, "wifeTwoGenerationOnlyChild", wifeTwoGenerationOnlyChild);
        put(v, "husbandName", husbandName);
        put(v, "husbandIdNumber", husbandIdNumber);
        put(v, "husbandHukouType", husbandHukouType);
        put(v, "husbandRuralToUrbanOn", husbandRuralToUrbanOn);
        put(v, "husbandPriorStatus", husbandPriorStatus);
        put(v, "husbandChildrenEver", husbandChildrenEver);
        put(v, "husbandOnlyChild", husbandOnlyChild);
        put(v, "husbandTwoGenerationOnlyChild", husbandTwoGenerationOnlyChild);
        put(v, "childrenTogether", childrenTogether);
        put(v, "girlsTogether", girlsTogether);
        put(v, "conditionCode", conditionCode);
        put(v, "specialCircumstanceProven", specialCircumstanceProven);
        put(v, "specialCircumstanceEvidence", specialCircumstanceEvidence);
        put(v, "docApplicationForm", docApplicationForm);
        put(v, "docIdCards", docIdCards);
        put(v, "docHukouBooklets", docHukouBooklets);
        put(v, "docMarriageCertificate", docMarriageCertificate);
        put(v, "docChildBirthCertificate", docChildBirthCertificate);
        put(v, "docOnlyChildProof", docOnlyChildProof);
        put(v, "docDivorceOrDeathProof", docDivorceOrDeathProof);
        put(v, "docSpecialEvidence", docSpecialEvidence);
        return v;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
