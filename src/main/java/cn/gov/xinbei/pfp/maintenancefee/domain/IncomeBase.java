package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;

/** The base figure that applies to one parent: a published figure together with its area. */
public record IncomeBase(int year, IncomeArea area, IncomeBaseKind kind, BigDecimal amount, String source,
                         String marker) {

    /** For example "2011年常州市城镇居民人均可支配收入29,829元". */
    public String describe() {
        return year + "年" + area.name() + kind.label() + Yuan.plain(amount) + "元";
    }
}
