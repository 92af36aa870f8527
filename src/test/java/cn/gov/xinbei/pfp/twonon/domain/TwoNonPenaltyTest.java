package cn.gov.xinbei.pfp.twonon.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TwoNonPenaltyTest {

    private static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    @Test
    void pfplRangeIsTenToThirtyThousandBelowTenThousandIllegalIncome() {
        FineRange range = PenaltyBasis.PFPL_ART_36.range(null);
        assertThat(range.contains(yuan("10000"))).isTrue();
        assertThat(range.contains(yuan("30000"))).isTrue();
        assertThat(range.contains(yuan("9999.99"))).isFalse();
        assertThat(range.contains(yuan("30000.01"))).isFalse();
        assertThat(PenaltyBasis.PFPL_ART_36.range(yuan("9999")).max()).isEqualByComparingTo("30000");
    }

    @Test
    void pfplRangeIsTwoToSixTimesFromTenThousandIllegalIncome() {
        FineRange range = PenaltyBasis.PFPL_ART_36.range(yuan("15000"));
        assertThat(range.min()).isEqualByComparingTo("30000");
        assertThat(range.max()).isEqualByComparingTo("90000");
        assertThat(range.contains(yuan("29999"))).isFalse();
        assertThat(range.contains(yuan("90000"))).isTrue();
        assertThat(PenaltyBasis.PFPL_ART_36.range(yuan("10000")).min()).isEqualByComparingTo("20000");
    }

    @Test
    void drugSaleRangeIsFiveToThirtyThousand() {
        FineRange range = PenaltyBasis.JS_2005_ITEM_14.range(yuan("50000"));
        assertThat(range.contains(yuan("5000"))).isTrue();
        assertThat(range.contains(yuan("4999"))).isFalse();
        assertThat(range.contains(yuan("30001"))).isFalse();
        assertThat(Agency.DRUGS.penaltyBasis()).contains(PenaltyBasis.JS_2005_ITEM_14);
        assertThat(Agency.POLICE.penaltyBasis()).isEmpty();
    }

    @Test
    void lateSurchargeIsThreePercentADayCappedAtTheFine() {
        BigDecimal fine = yuan("20000");
        LocalDate due = LocalDate.of(2012, 10, 8);
        assertThat(LateSurcharge.of(fine, due, due)).isEqualByComparingTo("0");
        assertThat(LateSurcharge.of(fine, due, due.minusDays(3))).isEqualByComparingTo("0");
        assertThat(LateSurcharge.of(fine, due, due.plusDays(1))).isEqualByComparingTo("600");
        assertThat(LateSurcharge.of(fine, due, due.plusDays(10))).isEqualByComparingTo("6000");
        // 34 days = 102 % → capped at the fine (行政强制法 art. 45)
        assertThat(LateSurcharge.of(fine, due, due.plusDays(33))).isEqualByComparingTo("19800");
        assertThat(LateSurcharge.of(fine, due, due.plusDays(34))).isEqualByComparingTo("20000");
        assertThat(LateSurcharge.of(fine, due, due.plusDays(400))).isEqualByComparingTo("20000");
    }
}
