package cn.gov.xinbei.pfp.assistance.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The amounts of the support schemes per scheme, sub-type and year. A year without an amount is an error
 * ({@link RateNotConfiguredException}), never zero: paying nothing by accident is as wrong as paying too much.
 */
public final class RateTable {

    private final List<Rate> rates;

    /**
     * @throws IllegalArgumentException (Chinese message) if two rates of one scheme and sub-type share a year, or one
     *                                  scheme and sub-type mixes units
     */
    public RateTable(List<Rate> rates) {
        Objects.requireNonNull(rates, "rates");
        List<Rate> sorted = new ArrayList<>(rates);
        if (sorted.contains(null)) {
            throw new IllegalArgumentException("扶助标准表含空条目");
        }
        sorted.sort(Comparator.comparing(Rate::scheme)
                .thenComparing(rate -> rate.subType() == null ? -1 : rate.subType().ordinal())
                .thenComparingInt(Rate::fromYear));
        for (int i = 1; i < sorted.size(); i++) {
            Rate previous = sorted.get(i - 1);
            Rate current = sorted.get(i);
            if (previous.scheme() == current.scheme() && previous.subType() == current.subType()) {
                String what = Rate.describe(current.scheme(), current.subType());
                if (current.fromYear() <= previous.toYear()) {
                    throw new IllegalArgumentException(what + "：年度范围重叠（" + previous.fromYear() + "—"
                            + previous.toYear() + " 与 " + current.fromYear() + "—" + current.toYear() + "）");
                }
                if (current.unit() != previous.unit()) {
                    throw new IllegalArgumentException(what + "：计发单位不一致（" + previous.unit().label() + " 与 "
                            + current.unit().label() + "）");
                }
            }
        }
        this.rates = List.copyOf(sorted);
    }

    /** The amount of a scheme without sub-types in a year. */
    public Rate rateFor(AssistanceScheme scheme, int year) {
        return rateFor(scheme, null, year);
    }

    /**
     * The amount of a scheme (and sub-type) in a calendar year.
     *
     * @throws IllegalArgumentException    (Chinese message) if the sub-type is missing or does not belong to the scheme
     * @throws RateNotConfiguredException if no amount is configured for that year
     */
    public Rate rateFor(AssistanceScheme scheme, AssistanceSubType subType, int year) {
        Objects.requireNonNull(scheme, "scheme");
        if (scheme.hasSubTypes() && subType == null) {
            throw new IllegalArgumentException(scheme.chineseName() + "的扶助标准须指明类别");
        }
        if (subType != null && !scheme.subTypes().contains(subType)) {
            throw new IllegalArgumentException(subType.label() + "不是" + scheme.chineseName() + "的类别");
        }
        return rates.stream()
                .filter(rate -> rate.scheme() == scheme && rate.subType() == subType && rate.covers(year))
                .findFirst()
                .orElseThrow(() -> new RateNotConfiguredException(scheme, subType, year, "未配置" + Rate.describe(scheme, subType) + year
                        + "年度的扶助标准，不能计发；请由局里确定标准后在扶助标准配置中补充"));
    }

    /** The unit the table pays a scheme (and sub-type) in, from any of its entries; empty when it has none. */
    public Optional<RateUnit> unitOf(AssistanceScheme scheme, AssistanceSubType subType) {
        return rates.stream().filter(rate -> rate.scheme() == scheme && rate.subType() == subType)
                .map(Rate::unit).findFirst();
    }

    public List<Rate> rates() {
        return rates;
    }
}
