package cn.gov.xinbei.pfp.migrantarrival.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registration of an arriving migrant woman as other systems send it: the same fields, under the same names, as
 * the Tasklist start form (流入人口婚育证明查验). Sizes are checked here; everything else by the rules the start form
 * goes through ({@code ArrivalReader}), so the API and the form answer alike.
 */
@Schema(description = "流入人口婚育证明查验登记")
public record MigrantArrivalRequest(
        @Schema(description = "现居住镇（街道）代码", example = "chunjiang") @Size(max = 32) String townSlug,
        @Schema(description = "登记日期", example = "2026-03-02") @Size(max = 10) String registrationDate,
        @Schema(description = "到达现居住地日期", example = "2026-02-20") @Size(max = 10) String arrivalDate,
        @Schema(description = "姓名") @Size(max = 30) String migrantName,
        @Schema(description = "公民身份号码") @Size(max = 18) String migrantIdNumber,
        @Schema(description = "户籍所在地") @Size(max = 100) String hukouPlace,
        @Schema(description = "现居住地址") @Size(max = 100) String residenceAddress,
        @Schema(description = "用人单位（可不填）") @Size(max = 100) String employer,
        @Schema(description = "已提交《流动人口婚育证明》") Boolean certificatePresented,
        @Schema(description = "婚育证明出具地（已提交时）") @Size(max = 100) String certificateIssuer,
        @Schema(description = "婚育证明编号（已提交时）") @Size(max = 40) String certificateNumber,
        @Schema(description = "婚育证明有效期至（可不填）", example = "2029-01-31") @Size(max = 10) String certificateValidUntil,
        @Schema(description = "已告知现居住地的计划生育服务、奖励优待和义务（条例第八条第二款，必须为是）")
        Boolean servicesInformed,
        @Schema(description = "提供的服务（可不填）") @Size(max = 100) String servicesNote) {

    /** The process variables, as the start form would submit them; absent fields stay absent. */
    public Map<String, Object> toVariables() {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "townSlug", townSlug);
        put(v, "registrationDate", registrationDate);
        put(v, "arrivalDate", arrivalDate);
        put(v, "migrantName", migrantName);
        put(v, "migrantIdNumber", migrantIdNumber);
        put(v, "hukouPlace", hukouPlace);
        put(v, "residenceAddress", residenceAddress);
        put(v, "employer", employer);
        put(v, "certificatePresented", certificatePresented);
        put(v, "certificateIssuer", certificateIssuer);
        put(v, "certificateNumber", certificateNumber);
        put(v, "certificateValidUntil", certificateValidUntil);
        put(v, "servicesInformed", servicesInformed);
        put(v, "servicesNote", servicesNote);
        return v;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
