package cn.gov.xinbei.pfp.maintenancefee.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report or a case opened by a clerk, as other systems send it: the same fields, under the same names, as the
 * Tasklist start form. Sizes are checked here; everything else by the same rules the start form goes through.
 */
@Schema(description = "社会抚养费案件登记（派出所通报、举报或检查发现）")
public record MaintenanceFeeCaseRequest(
        @Schema(description = "孩子户籍或出生所在镇（街道）代码", example = "chunjiang") @Size(max = 32) String townSlug,
        @Schema(description = "案件来源；派出所联络员登记的一律为派出所通报", allowableValues = {"POLICE_REPORT", "REPORT", "INSPECTION"})
        @Size(max = 16) String reportSource,
        @Schema(description = "违法生育情形", allowableValues = {"ONE_EXTRA_CHILD", "TWO_OR_MORE_EXTRA_CHILDREN",
                "NON_MARITAL_ONE_CHILD", "NON_MARITAL_TWO_OR_MORE_CHILDREN", "BIGAMY"}) @Size(max = 40) String situation,
        @Schema(description = "情况说明") @Size(max = 1000) String situationDescription,
        @Size(max = 30) String fatherName,
        @Schema(description = "男方公民身份号码") @Size(max = 18) String fatherIdNumber,
        @Schema(allowableValues = {"URBAN", "RURAL"}) @Size(max = 8) String fatherHukouType,
        @Size(max = 30) String motherName,
        @Schema(description = "女方公民身份号码") @Size(max = 18) String motherIdNumber,
        @Schema(allowableValues = {"URBAN", "RURAL"}) @Size(max = 8) String motherHukouType,
        @Size(max = 30) String childName,
        @Schema(description = "孩子出生日期", example = "2012-01-15") @Size(max = 10) String childBirthDate,
        @Schema(description = "孩子公民身份号码或出生医学证明编号") @Size(max = 20) String childIdNumber) {

    /** The process variables, as the start form would submit them; absent fields stay absent. */
    public Map<String, Object> toVariables() {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "townSlug", townSlug);
        put(v, "reportSource", reportSource);
        put(v, "situation", situation);
        put(v, "situationDescription", situationDescription);
        put(v, "fatherName", fatherName);
        put(v, "fatherIdNumber", fatherIdNumber);
        put(v, "fatherHukouType", fatherHukouType);
        put(v, "motherName", motherName);
        put(v, "motherIdNumber", motherIdNumber);
        put(v, "motherHukouType", motherHukouType);
        put(v, "childName", childName);
        put(v, "childBirthDate", childBirthDate);
        put(v, "childIdNumber", childIdNumber);
        return v;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
