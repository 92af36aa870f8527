package cn.gov.xinbei.pfp.assistance.api;

import cn.gov.xinbei.pfp.assistance.AssistancePayouts;
import cn.gov.xinbei.pfp.assistance.PayoutWorkbook;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 扶助金发放名册 for finance: as JSON and as an .xlsx download. The bureau and the finance liaison see every town; a
 * town's clerks and supervisors only their own town; everyone else is refused.
 */
@RestController
@RequestMapping("/api/assistance")
@Tag(name = "奖励扶助资格确认")
public class PayoutController {

    /** The first year of the rural award (国办发〔2004〕21号). */
    static final int FIRST_YEAR = 2004;
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String FINANCE = "finance";

    private final AssistancePayouts payouts;
    private final Organization organization;
    private final EngineClock clock;

    public PayoutController(AssistancePayouts payouts, Organization organization, EngineClock clock) {
        this.payouts = payouts;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping(value = "/payouts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "扶助金发放名册：某年度每人一行（姓名、脱敏身份证号、项目、金额、账号、镇），按镇和项目合计")
    public AssistancePayouts.PayoutList payouts(Authentication authentication,
                                                @Parameter(description = "发放年度") @RequestParam(required = false) String year,
                                                @Parameter(description = "扶助项目，如 RURAL_AWARD") @RequestParam(required = false) String scheme,
                                                @Parameter(description = "镇（街道）代码") @RequestParam(required = false) String town) {
        return list(authentication, year, scheme, town);
    }

    @GetMapping("/payouts.xlsx")
    @Operation(summary = "扶助金发放名册下载（Excel：发放名册、汇总两个工作表）")
    public ResponseEntity<byte[]> payoutsWorkbook(Authentication authentication,
                                                  @RequestParam(required = false) String year,
                                                  @RequestParam(required = false) String scheme,
                                                  @RequestParam(required = false) String town) {
        AssistancePayouts.PayoutList list = list(authentication, year, scheme, town);
        StringBuilder name = new StringBuilder(organization.districtName()).append("计划生育扶助金发放名册-")
                .append(list.year()).append("年");
        if (list.town() != null) {
            organization.townBySlug(list.town()).ifPresent(t -> name.append('-').append(t.name()));
        }
        if (list.scheme() != null) {
            name.append('-').append(AssistanceScheme.valueOf(list.scheme()).shortName());
        }
        name.append(".xlsx");
        String asciiName = "payouts-" + list.year() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + rfc5987(name.toString()))
                .body(PayoutWorkbook.write(list));
    }

    private AssistancePayouts.PayoutList list(Authentication authentication, String year, String scheme, String town) {
        Set<String> visibleTowns = visibleTowns(CurrentUser.of(authentication));
        Violations violations = new Violations();
        int payYear = 0;
        int lastYear = clock.today().getYear() + 1;
        if (year == null || year.isBlank()) {
            violations.add("year", "请填写发放年度");
        } else if (!year.strip().matches("\\d{4}")) {
            violations.add("year", "发放年度应为4位数字年份");
        } else {
            payYear = Integer.parseInt(year.strip());
            if (payYear < FIRST_YEAR || payYear > lastYear) {
                violations.add("year", "发放年度应在" + FIRST_YEAR + "至" + lastYear + "年之间");
            }
        }
        AssistanceScheme payScheme = null;
        if (scheme != null && !scheme.isBlank()) {
            payScheme = Arrays.stream(AssistanceScheme.values()).filter(s -> s.name().equals(scheme.strip()))
                    .findFirst().orElse(null);
            if (payScheme == null) {
                violations.add("scheme", "扶助项目不存在，应为 " + String.join("、",
                        Arrays.stream(AssistanceScheme.values()).map(Enum::name).toList()) + " 之一");
            }
        }
        String townSlug = town == null || town.isBlank() ? null : town.strip();
        if (townSlug != null && organization.townBySlug(townSlug).isEmpty()) {
            violations.add("town", "不是本区的镇（街道）");
        }
        violations.throwIfAny();
        if (townSlug != null && visibleTowns != null && !visibleTowns.contains(townSlug)) {
            throw new AccessDeniedException("town outside the user's scope");
        }
        Set<String> towns = townSlug != null ? Set.of(townSlug) : visibleTowns;
        return payouts.list(payYear, payScheme, towns, townSlug);
    }

    /** The towns the user may see, null for all; refuses users without a payout list. */
    private Set<String> visibleTowns(CurrentUser user) {
        if (organization.isDistrictWide(user.groups())
                || user.groups().contains(Organization.group(FINANCE, Organization.LIAISON))) {
            return null;
        }
        List<Town> towns = organization.townsOf(user.groups());
        if (towns.isEmpty()) {
            throw new AccessDeniedException("no payout list for these groups");
        }
        return new HashSet<>(towns.stream().map(Town::slug).toList());
    }

    /** RFC 5987 ext-value: UTF-8 bytes, attr-chars as they are, everything else percent-encoded. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
