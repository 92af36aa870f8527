package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;

/**
 * What the bureau found and chose for one parent.
 *
 * @param parent        which parent
 * @param name          the name as on the decision
 * @param category      the resident category the parent is assessed at (see {@link HukouCategory} for mixed couples)
 * @param areaCode      the area whose standard applies (hukou or residence township, 357号令 art. 5): a township code;
 *                      for urban parents a district or city code is accepted too
 * @param actualIncome  the parent's proven actual annual income in 元, or null when it could not be proven — then
 *                      no top-up is charged (REFERENCE.md 5.5: income not provable → no 2× top-up)
 * @param multiple      the multiple of the base; for the fixed 4× it may be null
 * @param topUpMultiple the 1–2× on the income above the base; required when the income is at least twice the base,
 *                      and must be null otherwise
 */
public record ParentFeeInput(Parent parent, String name, HukouCategory category, String areaCode,
                             BigDecimal actualIncome, ChosenMultiple multiple, ChosenMultiple topUpMultiple) {
}
