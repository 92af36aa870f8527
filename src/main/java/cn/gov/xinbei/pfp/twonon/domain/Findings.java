package cn.gov.xinbei.pfp.twonon.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an agency's investigation form submits (调查取证), before it is checked. */
public record Findings(String findings, String evidence, String investigators, LocalDate evidencePreservedOn,
                       Boolean crimeSuspected, Boolean penaltyProposed, BigDecimal illegalIncome) {
}
