package cn.gov.xinbei.pfp.assistance.api;

import cn.gov.xinbei.pfp.assistance.AgentBankProperties;
import cn.gov.xinbei.pfp.assistance.AssistancePayouts;
import cn.gov.xinbei.pfp.assistance.AssistanceTransfers;
import cn.gov.xinbei.pfp.assistance.PayoutWorkbook;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Reach;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 扶助金发放名册 for finance: as JSON and as an .xlsx download. The bureau and the finance liaison see every town; a
 * town's clerks and supervisors only their own town; everyone else is refused.
 * <p>
 * Bank accounts: masked to the last four digits in the JSON list for everyone and in every workbook but one: the
 * finance liaison's workbook carries the full account numbers, because finance hands that list to the agent bank,
 * which credits each account from it (SEED annex 3). That is the only view with full numbers.
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
    static final String YEAR_MESSAGE = "发放年度应为4位数字年份";
    static final String SCHEME_MESSAGE = "扶助项目不存在，应为 RURAL_AWARD、SPECIAL_SUPPORT、SURGERY_COMPLICATION、"
            + "RETIREE_ONE_OFF_AWARD 之一";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PayoutController.class);

    private final AssistancePayouts payouts;
    private final Organization organization;
    private final UserScope userScope;
    private final EngineClock clock;
    private final AgentBankProperties banks;
    private final AssistanceTransfers transfers;

    public PayoutController(AssistancePayouts payouts, Organization organization, UserScope userScope,
                            EngineClock clock, AgentBankProperties banks, AssistanceTransfers transfers) {
        this.userScope = userScope;
        this.transfers = transfers;
        this.payouts = payouts;
        this.organization = organization;
        this.clock = clock;
        this.banks = banks;
    }

    @GetMapping(value = "/payouts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "扶助金发放名册：某年度每人一行（姓名、脱敏身份证号、项目、金额、账号、镇），按镇和项目合计")
    public AssistancePayouts.PayoutList payouts(Authentication authentication,
                                                @Parameter(description = "发放年度") @InvalidMessage(YEAR_MESSAGE)
                                                @RequestParam(required = false) Integer year,
                                                @Parameter(description = "扶助项目，如 RURAL_AWARD") @InvalidMessage(SCHEME_MESSAGE)
                                                @RequestParam(required = false) AssistanceScheme scheme,
                                                @Parameter(description = "镇（街道）代码") @RequestParam(required = false) String town,
                                                @Parameter(description = "代发银行代码，如 JNRCB") @RequestParam(required = false) String bank) {
        return list(authentication, year, scheme, town, bank, false);
    }

    @GetMapping("/payouts.xlsx")
    @Operation(summary = "扶助金发放名册下载（Excel：发放名册、汇总两个工作表；财政联络员下载的名册含完整银行账号，供代发银行入账）")
    public ResponseEntity<byte[]> payoutsWorkbook(Authentication authentication,
                                                  @InvalidMessage(YEAR_MESSAGE) @RequestParam(required = false) Integer year,
                                                  @InvalidMessage(SCHEME_MESSAGE)
                                                  @RequestParam(required = false) AssistanceScheme scheme,
                                                  @RequestParam(required = false) String town,
                                                  @RequestParam(required = false) String bank) {
        boolean forAgentBank = userScope.of(CurrentUser.of(authentication).groups()).isLiaisonOf(FINANCE);
        AssistancePayouts.PayoutList list = list(authentication, year, scheme, town, bank, forAgentBank);
        if (forAgentBank) {
            // Who took the copy with full account numbers, and of what (never the numbers themselves).
            log.info("Payout workbook with full account numbers for {} (town {}, scheme {}, bank {}, {} rows) by {}",
                    list.year(), list.town(), list.scheme(), bank, list.persons(), CurrentUser.of(authentication).id());
        }
        StringBuilder name = new StringBuilder(organization.districtName()).append("计划生育扶助金发放名册-")
                .append(list.year()).append("年");
        if (list.town() != null) {
            organization.townBySlug(list.town()).ifPresent(t -> name.append('-').append(t.name()));
        }
        if (list.scheme() != null) {
            name.append('-').append(AssistanceScheme.valueOf(list.scheme()).shortName());
        }
        if (bank != null && !bank.isBlank()) {
            name.append('-').append(banks.nameOf(bank.strip()));
        }
        name.append(".xlsx");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name.toString(), StandardCharsets.UTF_8).build().toString())
                .body(PayoutWorkbook.write(list));
    }

    private AssistancePayouts.PayoutList list(Authentication authentication, Integer year, AssistanceScheme scheme, String town,
                                              String bank, boolean fullAccounts) {
        Filters f = filters(authentication, year, scheme, town, bank, new Violations());
        return payouts.list(f.year(), f.scheme(), f.towns(), f.town(), f.bank(), fullAccounts);
    }

    /** A payout list's scope: year, scheme (null: all), town (null: all visible) and agent bank (null: all). */
    private record Filters(int year, AssistanceScheme scheme, String town, Set<String> towns, String bank) {
    }

    /**
     * The transfer's body carries its year and scheme as text: read them as the list's typed parameters are read, with
     * the same messages, then checked by {@link #filters}.
     */
    private Filters filters(Authentication authentication, String year, String scheme, String town, String bank,
                            Violations violations) {
        Integer payYear = null;
        boolean yearRead = true;
        if (year != null && !year.isBlank()) {
            if (year.strip().matches("\\d{1,9}")) {
                payYear = Integer.parseInt(year.strip());
            } else {
                violations.add("year", YEAR_MESSAGE);
                yearRead = false;
            }
        }
        AssistanceScheme payScheme = null;
        if (scheme != null && !scheme.isBlank()) {
            payScheme = Arrays.stream(AssistanceScheme.values()).filter(s -> s.name().equals(scheme.strip()))
                    .findFirst().orElse(null);
            if (payScheme == null) {
                violations.add("scheme", SCHEME_MESSAGE);
            }
        }
        return filters(authentication, payYear, yearRead, payScheme, town, bank, violations);
    }

    private Filters filters(Authentication authentication, Integer year, AssistanceScheme scheme, String town,
                            String bank, Violations violations) {
        return filters(authentication, year, true, scheme, town, bank, violations);
    }

    /** The year must be given and in range (the last year moves with the clock, so it is checked here). */
    private Filters filters(Authentication authentication, Integer year, boolean yearRead, AssistanceScheme scheme,
                            String town, String bank, Violations violations) {
        Set<String> visibleTowns = visibleTowns(CurrentUser.of(authentication));
        int lastYear = clock.today().getYear() + 1;
        if (year == null) {
            if (yearRead) {
                violations.add("year", "请填写发放年度");
            }
        } else if (year < FIRST_YEAR || year > lastYear) {
            violations.add("year", "发放年度应在" + FIRST_YEAR + "至" + lastYear + "年之间");
        }
        String townSlug = FormValues.blankToNull(town);
        if (townSlug != null && organization.townBySlug(townSlug).isEmpty()) {
            violations.add("town", "不是本区的镇（街道）");
        }
        String bankCode = FormValues.blankToNull(bank);
        if (bankCode != null && banks.byCode(bankCode).isEmpty()) {
            violations.add("bank", "代发银行不在本区委托发放机构名单中");
        }
        violations.throwIfAny();
        if (townSlug != null && visibleTowns != null && !visibleTowns.contains(townSlug)) {
            throw new AccessDeniedException("town outside the user's scope");
        }
        Set<String> towns = townSlug != null ? Set.of(townSlug) : visibleTowns;
        return new Filters(year, scheme, townSlug, towns, bankCode);
    }

    /** Finance's transfer of a whole payout list to the agent bank. */
    public record TransferRequest(String year, String town, String scheme, String bank, String transferReference,
                                  String transferredOn, BigDecimal amount) {
    }

    @PostMapping(value = "/payouts/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "财政按发放名册整批拨付至代发银行（年度，全区或某镇，可按项目、代发银行）：为名册中尚未拨付的每人登记拨付，"
            + "金额须与名册合计一致；重复拨付不予登记")
    @PreAuthorize("@userScope.isLiaisonOf(authentication, 'finance')")
    public ResponseEntity<AssistanceTransfers.Transfer> recordTransfer(Authentication authentication,
                                                                       @RequestBody TransferRequest request) {
        CurrentUser user = CurrentUser.of(authentication);
        Violations violations = new Violations();
        LocalDate on = null;
        if (request.transferredOn() != null && !request.transferredOn().isBlank()) {
            try {
                on = LocalDate.parse(request.transferredOn().strip());
            } catch (DateTimeParseException e) {
                violations.add("transferredOn", "拨付日期格式不正确，应为“年-月-日”，如2012-06-30");
            }
        }
        Filters f = filters(authentication, request.year(), request.scheme(), request.town(), request.bank(), violations);
        if (on == null && violations.isEmpty()) {
            violations.add("transferredOn", "请填写拨付日期");
            violations.throwIfAny();
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(transfers.record(f.year(), f.scheme(), f.towns(), f.town(),
                f.bank(), request.transferReference(), on, request.amount(), user.id()));
    }

    @GetMapping(value = "/payouts/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "某年度财政按发放名册整批拨付的记录")
    @PreAuthorize("@userScope.isLiaisonOf(authentication, 'finance') or @userScope.isBureauStaff(authentication)")
    public List<AssistanceTransfers.Transfer> transfers(Authentication authentication,
                                                        @InvalidMessage(YEAR_MESSAGE)
                                                        @RequestParam(required = false) Integer year) {
        Filters f = filters(authentication, year, (AssistanceScheme) null, null, null, new Violations());
        return transfers.transfers(f.year());
    }

    /** The towns the user may see, null for all; refuses users without a payout list. */
    private Set<String> visibleTowns(CurrentUser user) {
        Reach reach = userScope.of(user.groups());
        if (reach.bureauWide() || reach.isLiaisonOf(FINANCE)) {
            return null;
        }
        if (reach.towns().isEmpty()) {
            throw new AccessDeniedException("no payout list for these groups");
        }
        return new HashSet<>(reach.towns());
    }
}
