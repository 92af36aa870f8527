package cn.gov.xinbei.pfp.birthregistration.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A birth registration as other systems send it: the same fields, under the same names, as the Tasklist start form.
 * Sizes are checked here; everything else by the same rules the start form goes through.
 */
@Schema(description = "生育登记")
public record BirthRegistrationRequest(
        @Schema(description = "登记镇（街道）代码", example = "chunjiang") @Size(max = 32) String townSlug,
        @Schema(description = "在该镇（街道）登记的依据", allowableValues = {"WIFE_HUKOU", "HUSBAND_HUKOU", "WIFE_RESIDENCE",
                "HUSBAND_RESIDENCE"}) @Size(max = 20) String townBasis,
        @Schema(description = "户籍地址或现居住地址") @Size(max = 100) String townBasisAddress,
        @Schema(description = "登记日期", example = "2016-03-01") @Size(max = 10) String registrationDate,
        @Schema(description = "结婚登记日期", example = "2012-10-01") @Size(max = 10) String marriageDate,
        @Size(max = 30) String wifeName,
        @Schema(description = "女方公民身份号码") @Size(max = 18) String wifeIdNumber,
        @Size(max = 30) String husbandName,
        @Schema(description = "男方公民身份号码") @Size(max = 18) String husbandIdNumber,
        @Schema(description = "登记的孩次（1至3；更高的孩次须申请再生育审批）") Integer birthOrder,
        @Schema(allowableValues = {"BEFORE_BIRTH", "AFTER_BIRTH"}) @Size(max = 16) String birthTiming,
        @Schema(description = "预产期（生育前登记）或出生日期（补登）") @Size(max = 10) String birthDate,
        @Schema(description = "已查验居民身份证或户口簿") Boolean docIdentity,
        @Schema(description = "已查验结婚证") Boolean docMarriageCertificate,
        @Schema(description = "当事人已签署个人承诺书（代替未能查验的证明）") Boolean commitmentGiven,
        @Size(max = 200) String commitmentItems,
        @Size(max = 20) String contactPhone) {

    /** The process variables, as the start form would submit them; absent fields stay absent. */
    public Map<String, Object> toVariables() {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "townSlug", townSlug);
        put(v, "townBasis", townBasis);
        put(v, "townBasisAddress", townBasisAddress);
        put(v, "registrationDate", registrationDate);
        put(v, "marriageDate", marriageDate);
        put(v, "wifeName", wifeName);
        put(v, "wifeIdNumber", wifeIdNumber);
        put(v, "husbandName", husbandName);
        put(v, "husbandIdNumber", husbandIdNumber);
        put(v, "birthOrder", birthOrder);
        put(v, "birthTiming", birthTiming);
        put(v, "birthDate", birthDate);
        put(v, "docIdentity", docIdentity);
        put(v, "docMarriageCertificate", docMarriageCertificate);
        put(v, "commitmentGiven", commitmentGiven);
        put(v, "commitmentItems", commitmentItems);
        put(v, "contactPhone", contactPhone);
        return v;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
