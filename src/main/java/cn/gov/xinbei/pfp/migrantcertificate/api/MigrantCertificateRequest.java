package cn.gov.xinbei.pfp.migrantcertificate.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application for the 《流动人口婚育证明》 as other systems send it: the same fields, under the same names, as the
 * Tasklist start form. Sizes are checked here; everything else by the rules the start form goes through.
 */
@Schema(description = "流动人口婚育证明申请")
public record MigrantCertificateRequest(
        @Schema(description = "户籍所在镇（街道）代码", example = "chunjiang") @Size(max = 32) String townSlug,
        @Schema(description = "户籍地址") @Size(max = 100) String hukouAddress,
        @Schema(description = "申请日期", example = "2026-03-02") @Size(max = 10) String applicationDate,
        @Schema(description = "申请人（成年育龄妇女）姓名") @Size(max = 30) String applicantName,
        @Schema(description = "申请人公民身份号码") @Size(max = 18) String applicantIdNumber,
        @Schema(description = "婚姻状况", allowableValues = {"UNMARRIED", "MARRIED", "DIVORCED", "WIDOWED"})
        @Size(max = 16) String maritalStatus,
        @Schema(description = "结婚登记日期（已婚）") @Size(max = 10) String marriageDate,
        @Schema(description = "配偶姓名（已婚）") @Size(max = 30) String spouseName,
        @Schema(description = "配偶公民身份号码（已婚）") @Size(max = 18) String spouseIdNumber,
        @Schema(description = "生育子女数") Integer childrenCount,
        @Schema(description = "避孕节育情况") @Size(max = 100) String contraception,
        @Schema(description = "外出去向", allowableValues = {"OTHER_PROVINCE", "OTHER_CITY_IN_JIANGSU",
                "OTHER_DISTRICT_OF_CHANGZHOU"}) @Size(max = 32) String destination,
        @Schema(description = "拟前往地址") @Size(max = 100) String destinationAddress,
        @Schema(description = "外出日期", example = "2026-03-10") @Size(max = 10) String departureDate,
        @Schema(description = "已查验本人居民身份证") Boolean docIdentity,
        @Schema(description = "已查验结婚证（已婚）") Boolean docMarriageCertificate,
        @Size(max = 20) String contactPhone) {

    /** The process variables, as the start form would submit them; absent fields stay absent. */
    public Map<String, Object> toVariables() {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "townSlug", townSlug);
        put(v, "hukouAddress", hukouAddress);
        put(v, "applicationDate", applicationDate);
        put(v, "applicantName", applicantName);
        put(v, "applicantIdNumber", applicantIdNumber);
        put(v, "maritalStatus", maritalStatus);
        put(v, "marriageDate", marriageDate);
        put(v, "spouseName", spouseName);
        put(v, "spouseIdNumber", spouseIdNumber);
        put(v, "childrenCount", childrenCount);
        put(v, "contraception", contraception);
        put(v, "destination", destination);
        put(v, "destinationAddress", destinationAddress);
        put(v, "departureDate", departureDate);
        put(v, "docIdentity", docIdentity);
        put(v, "docMarriageCertificate", docMarriageCertificate);
        put(v, "contactPhone", contactPhone);
        return v;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
