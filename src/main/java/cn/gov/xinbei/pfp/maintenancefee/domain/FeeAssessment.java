package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fee of one case: each parent's own assessment and the total for both. {@code lines} holds the whole
 * explanation in reading order (situation, each parent, the total).
 */
public record FeeAssessment(FeeSituation situation, LocalDate childBirthDate, int baseYear,
                            List<ParentAssessment> parents, BigDecimal total, List<String> lines) {

    public FeeAssessment {
        parents = List.copyOf(parents);
        lines = List.copyOf(lines);
    }

    public ParentAssessment parent(Parent which) {
        return parents.stream().filter(p -> p.parent() == which).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no assessment for the " + which));
    }
}
