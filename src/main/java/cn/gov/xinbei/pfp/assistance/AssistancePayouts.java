package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.assistance.domain.Rate;
import cn.gov.xinbei.pfp.assistance.domain.RateUnit;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 扶助金发放名册: who is paid how much for one year, for finance. One row per entitlement that runs for at least one
 * day of the year (a one-off award only in the year it starts), with the year's amount from the rate table (the
 * amount copied into the entitlement for its own first year). ID numbers and bank accounts are masked.
 */
@Service
public class AssistancePayouts {

    /** Shown instead of a bank account the register does not hold. */
    public static final String NO_ACCOUNT = BankAccount.NOT_REGISTERED;

    private final EntitlementRecordRepository entitlements;
    private final AssistanceRates rates;
    private final Organization organization;
    private final AgentBankProperties banks;

    public AssistancePayouts(EntitlementRecordRepository entitlements, AssistanceRates rates, Organization organization,
                             AgentBankProperties banks) {
        this.entitlements = entitlements;
        this.rates = rates;
        this.organization = organization;
        this.banks = banks;
    }

    /**
     * @param account the account masked to its last four digits, or in full in the agent bank's copy (see
     *                {@link #list}); {@value #NO_ACCOUNT} when the register holds none
     */
    public record Row(String name, String idNumberMasked, String scheme, String schemeName, String subType,
                      String subTypeName, BigDecimal amount, boolean rateProvisional, String agentBank,
                      String agentBankName, String account, String town, String townName) {
    }

    /** One entitlement due in a year with that year's amount. */
    record Due(EntitlementRecord entitlement, BigDecimal amount, boolean provisional) {
    }

    public record TownSchemeTotal(String town, String townName, String scheme, String schemeName, int persons,
                                  BigDecimal amount) {
    }

    public record TownTotal(String town, String townName, int persons, BigDecimal amount) {
    }

    public record SchemeTotal(String scheme, String schemeName, int persons, BigDecimal amount) {
    }

    public record PayoutList(int year, String scheme, String town, List<Row> rows, List<TownSchemeTotal> byTownAndScheme,
                             List<TownTotal> byTown, List<SchemeTotal> byScheme, int persons, BigDecimal total) {
    }

    /** The payout list of a year with every account masked. */
    @Transactional(readOnly = true)
    public PayoutList list(int year, AssistanceScheme scheme, Set<String> towns, String townFilter) {
        return list(year, scheme, towns, townFilter, null, false);
    }

    /**
     * The payout list of a year.
     *
     * @param scheme       only this scheme, or all when null
     * @param towns        the town slugs whose rows to include, or null for all towns
     * @param bank         only accounts at this agent bank (code), or all when null
     * @param fullAccounts true only for the copy the agent bank credits from (finance's workbook): the full account
     *                     numbers; false everywhere else: masked to the last four digits
     * @throws InvalidInputException (field {@code year}) when the rate table has no amount for a row's scheme in that
     *                               year: a list with a missing amount must not go to finance
     */
    @Transactional(readOnly = true)
    public PayoutList list(int year, AssistanceScheme scheme, Set<String> towns, String townFilter, String bank,
                           boolean fullAccounts) {
        List<Due> due = due(year, scheme, towns, bank);
        List<Row> rows = new ArrayList<>();
        Map<String, Map<AssistanceScheme, BigDecimal[]>> matrix = new LinkedHashMap<>();
        for (Due d : due) {
            EntitlementRecord e = d.entitlement();
            BigDecimal amount = d.amount();
            String townName = townName(e.getTownSlug());
            String account = e.getBankAccount() == null ? NO_ACCOUNT
                    : fullAccounts ? e.getBankAccount() : BankAccount.mask(e.getBankAccount());
            rows.add(new Row(e.getFullName(), e.getIdNumberMasked(), e.getScheme().name(), e.getScheme().chineseName(),
                    e.getSubType() == null ? null : e.getSubType().name(),
                    e.getSubType() == null ? null : e.getSubType().label(), amount,
                    d.provisional(), e.getAgentBank(),
                    e.getAgentBank() == null ? NO_ACCOUNT : banks.nameOf(e.getAgentBank()),
                    account, e.getTownSlug(), townName));
            BigDecimal[] cell = matrix.computeIfAbsent(e.getTownSlug(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(e.getScheme(), s -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO.setScale(2)});
            cell[0] = cell[0].add(BigDecimal.ONE);
            cell[1] = cell[1].add(amount);
        }
        return totals(year, scheme, townFilter, rows, matrix);
    }

    /** The entitlements due in a year, in list order, with the year's amounts. */
    List<Due> due(int year, AssistanceScheme scheme, Set<String> towns, String bank) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Integer> townOrder = new LinkedHashMap<>();
        List<Town> allTowns = organization.towns();
        for (int i = 0; i < allTowns.size(); i++) {
            townOrder.put(allTowns.get(i).slug(), i);
        }
        List<EntitlementRecord> due = entitlements.findOverlapping(first, last).stream()
                .filter(e -> !e.getScheme().oneOff() || e.getFromDate().getYear() == year)
                .filter(e -> scheme == null || e.getScheme() == scheme)
                .filter(e -> towns == null || towns.contains(e.getTownSlug()))
                .filter(e -> bank == null || bank.equals(e.getAgentBank()))
                .sorted(Comparator.<EntitlementRecord>comparingInt(e -> townOrder.getOrDefault(e.getTownSlug(), Integer.MAX_VALUE))
                        .thenComparing(EntitlementRecord::getScheme)
                        .thenComparing(EntitlementRecord::getFullName)
                        .thenComparing(EntitlementRecord::getIdNumberMasked))
                .toList();
        List<Due> result = new ArrayList<>();
        // The rate table's amount is one per scheme and sub-type (a stored figure is a query): looked up once each.
        Map<String, YearRate> tableRates = new HashMap<>();
        for (EntitlementRecord e : due) {
            YearRate yearRate = ownAmountApplies(e, year) ? new YearRate(e.yearlyAmount(), e.isRateProvisional())
                    : tableRates.computeIfAbsent(e.getScheme() + "/" + e.getSubType(), k -> tableRate(e, year));
            result.add(new Due(e, yearRate.amount(), yearRate.provisional()));
        }
        return result;
    }

    private PayoutList totals(int year, AssistanceScheme scheme, String townFilter, List<Row> rows,
                              Map<String, Map<AssistanceScheme, BigDecimal[]>> matrix) {
        List<TownSchemeTotal> byTownAndScheme = new ArrayList<>();
        List<TownTotal> byTown = new ArrayList<>();
        Map<AssistanceScheme, BigDecimal[]> schemeSums = new java.util.EnumMap<>(AssistanceScheme.class);
        matrix.forEach((town, perScheme) -> {
            int persons = 0;
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (AssistanceScheme s : AssistanceScheme.values()) {
                BigDecimal[] cell = perScheme.get(s);
                if (cell == null) {
                    continue;
                }
                byTownAndScheme.add(new TownSchemeTotal(town, townName(town), s.name(), s.chineseName(),
                        cell[0].intValue(), cell[1]));
                persons += cell[0].intValue();
                sum = sum.add(cell[1]);
                BigDecimal[] schemeSum = schemeSums.computeIfAbsent(s,
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO.setScale(2)});
                schemeSum[0] = schemeSum[0].add(cell[0]);
                schemeSum[1] = schemeSum[1].add(cell[1]);
            }
            byTown.add(new TownTotal(town, townName(town), persons, sum));
        });
        List<SchemeTotal> byScheme = schemeSums.entrySet().stream()
                .map(en -> new SchemeTotal(en.getKey().name(), en.getKey().chineseName(), en.getValue()[0].intValue(),
                        en.getValue()[1]))
                .toList();
        BigDecimal total = rows.stream().map(Row::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new PayoutList(year, scheme == null ? null : scheme.name(), townFilter, List.copyOf(rows),
                List.copyOf(byTownAndScheme), List.copyOf(byTown), byScheme, rows.size(), total);
    }

    /** The entitlement's own amount is the year's in its first year, and a one-off award's always. */
    private static boolean ownAmountApplies(EntitlementRecord e, int year) {
        return e.getRateYear() == year || e.getScheme().oneOff();
    }

    /** The rate table's amount of the year for the entitlement's scheme and sub-type; monthly rates × 12. */
    private YearRate tableRate(EntitlementRecord e, int year) {
        Rate rate;
        try {
            rate = rates.rateFor(e.getScheme(), e.getSubType(), year);
        } catch (IllegalArgumentException ex) {
            // A missing amount (RateNotConfiguredException) is a configuration gap, not an input error: it goes on to
            // the API as 409 CONFIGURATION_GAP, naming the amount and who enters it.
            throw new InvalidInputException("year", ex.getMessage());
        }
        BigDecimal amount = rate.unit() == RateUnit.PER_PERSON_PER_MONTH
                ? rate.amount().multiply(BigDecimal.valueOf(12)) : rate.amount();
        return new YearRate(amount.setScale(2, RoundingMode.UNNECESSARY), rate.provisional());
    }

    private record YearRate(BigDecimal amount, boolean provisional) {
    }

    private String townName(String slug) {
        return organization.townBySlug(slug).map(Town::name).orElse(slug);
    }

    /** Every character but the last four digits masked; {@link #NO_ACCOUNT} when there is no account. */
    public static String maskAccount(String account) {
        return BankAccount.mask(account);
    }
}
