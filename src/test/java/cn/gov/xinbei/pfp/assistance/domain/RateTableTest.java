package cn.gov.xinbei.pfp.assistance.domain;

import static cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.RETIREE_ONE_OFF_AWARD;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.RURAL_AWARD;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.SPECIAL_SUPPORT;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.SURGERY_COMPLICATION;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType.DEATH;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType.DISABILITY;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType.GRADE_1;
import static cn.gov.xinbei.pfp.assistance.domain.RateUnit.ONE_OFF_PER_PERSON;
import static cn.gov.xinbei.pfp.assistance.domain.RateUnit.PER_PERSON_PER_MONTH;
import static cn.gov.xinbei.pfp.assistance.domain.RateUnit.PER_PERSON_PER_YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class RateTableTest {

    private static Rate rate(AssistanceScheme scheme, AssistanceSubType subType, int from, int to, String amount,
                             RateUnit unit, SourceMarker marker) {
        return new Rate(scheme, subType, from, to, new BigDecimal(amount), unit, marker, "test source");
    }

    private final RateTable table = new RateTable(List.of(
            rate(RURAL_AWARD, null, 2004, 2011, "600", PER_PERSON_PER_YEAR, SourceMarker.S),
            rate(RURAL_AWARD, null, 2012, 2012, "960", PER_PERSON_PER_YEAR, SourceMarker.I),
            rate(SPECIAL_SUPPORT, DEATH, 2007, 2011, "100", PER_PERSON_PER_MONTH, SourceMarker.S),
            rate(SPECIAL_SUPPORT, DISABILITY, 2007, 2011, "80", PER_PERSON_PER_MONTH, SourceMarker.S),
            rate(SPECIAL_SUPPORT, DEATH, 2012, 2012, "135", PER_PERSON_PER_MONTH, SourceMarker.I),
            rate(RETIREE_ONE_OFF_AWARD, null, 2012, 2012, "3600.00", ONE_OFF_PER_PERSON, SourceMarker.BUREAU)));

    @Test
    void findsTheAmountOfTheYear() {
        assertThat(table.rateFor(RURAL_AWARD, 2012).amount()).isEqualByComparingTo("960");
        assertThat(table.rateFor(RURAL_AWARD, 2004).amount()).isEqualByComparingTo("600");
        assertThat(table.rateFor(RURAL_AWARD, 2011).amount()).isEqualByComparingTo("600");
        assertThat(table.rateFor(RURAL_AWARD, 2012).unit()).isEqualTo(PER_PERSON_PER_YEAR);
    }

    @Test
    void subTypesHaveTheirOwnAmounts() {
        assertThat(table.rateFor(SPECIAL_SUPPORT, DEATH, 2010).amount()).isEqualByComparingTo("100");
        assertThat(table.rateFor(SPECIAL_SUPPORT, DISABILITY, 2010).amount()).isEqualByComparingTo("80");
        assertThat(table.rateFor(SPECIAL_SUPPORT, DEATH, 2012).amount()).isEqualByComparingTo("135");
    }

    @Test
    void aMissingYearIsAChineseErrorNotZero() {
        assertThatThrownBy(() -> table.rateFor(RURAL_AWARD, 2013))
                .isInstanceOf(RateNotConfiguredException.class)
                .hasMessage("未配置农村部分计划生育家庭奖励扶助2013年度的扶助标准，不能计发；请由局里确定标准后在扶助标准配置中补充");
        assertThatThrownBy(() -> table.rateFor(RURAL_AWARD, 2003)).isInstanceOf(RateNotConfiguredException.class);
    }

    @Test
    void aMissingSubTypeYearNamesTheSubType() {
        assertThatThrownBy(() -> table.rateFor(SPECIAL_SUPPORT, DISABILITY, 2012))
                .isInstanceOf(RateNotConfiguredException.class)
                .hasMessageContaining("独生子女伤残死亡家庭特别扶助（独生子女伤残）2012年度");
    }

    @Test
    void aSchemeWithoutAnyRateIsAnError() {
        assertThatThrownBy(() -> table.rateFor(SURGERY_COMPLICATION, GRADE_1, 2012))
                .isInstanceOf(RateNotConfiguredException.class)
                .hasMessageContaining("计划生育手术并发症人员特别扶助（并发症一级）2012年度");
    }

    @Test
    void theSubTypeMustBeGivenAndBelongToTheScheme() {
        assertThatThrownBy(() -> table.rateFor(SPECIAL_SUPPORT, 2012))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("须指明类别");
        assertThatThrownBy(() -> table.rateFor(RURAL_AWARD, DEATH, 2012))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不是农村部分计划生育家庭奖励扶助的类别");
    }

    @Test
    void provisionalUnlessVerifiedOrSetByTheBureau() {
        assertThat(table.rateFor(RURAL_AWARD, 2012).provisional()).isTrue();
        assertThat(table.rateFor(RETIREE_ONE_OFF_AWARD, 2012).provisional()).isFalse();
    }

    @Test
    void overlappingYearsAreRejected() {
        assertThatThrownBy(() -> new RateTable(List.of(
                rate(RURAL_AWARD, null, 2004, 2012, "600", PER_PERSON_PER_YEAR, SourceMarker.S),
                rate(RURAL_AWARD, null, 2012, 2012, "960", PER_PERSON_PER_YEAR, SourceMarker.I))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("年度范围重叠");
    }

    @Test
    void sameYearsForDifferentSubTypesAreFine() {
        RateTable both = new RateTable(List.of(
                rate(SPECIAL_SUPPORT, DEATH, 2012, 2012, "135", PER_PERSON_PER_MONTH, SourceMarker.I),
                rate(SPECIAL_SUPPORT, DISABILITY, 2012, 2012, "110", PER_PERSON_PER_MONTH, SourceMarker.I)));
        assertThat(both.rates()).hasSize(2);
    }

    @Test
    void mixedUnitsWithinOneSchemeAreRejected() {
        assertThatThrownBy(() -> new RateTable(List.of(
                rate(RURAL_AWARD, null, 2004, 2011, "600", PER_PERSON_PER_YEAR, SourceMarker.S),
                rate(RURAL_AWARD, null, 2012, 2012, "80", PER_PERSON_PER_MONTH, SourceMarker.I))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("计发单位不一致");
    }

    @Test
    void invalidRatesAreRejected() {
        assertThatThrownBy(() -> rate(RURAL_AWARD, null, 2012, 2012, "0", PER_PERSON_PER_YEAR, SourceMarker.I))
                .hasMessageContaining("金额须大于零");
        assertThatThrownBy(() -> rate(RURAL_AWARD, null, 2012, 2012, "960.005", PER_PERSON_PER_YEAR, SourceMarker.I))
                .hasMessageContaining("最多两位小数");
        assertThatThrownBy(() -> rate(RURAL_AWARD, null, 2013, 2012, "960", PER_PERSON_PER_YEAR, SourceMarker.I))
                .hasMessageContaining("年度范围");
        assertThatThrownBy(() -> rate(SPECIAL_SUPPORT, null, 2012, 2012, "135", PER_PERSON_PER_MONTH, SourceMarker.I))
                .hasMessageContaining("须注明类别");
        assertThatThrownBy(() -> rate(SPECIAL_SUPPORT, GRADE_1, 2012, 2012, "135", PER_PERSON_PER_MONTH, SourceMarker.I))
                .hasMessageContaining("不属于该扶助项目");
        assertThatThrownBy(() -> rate(RETIREE_ONE_OFF_AWARD, null, 2012, 2012, "3600", PER_PERSON_PER_YEAR, SourceMarker.S))
                .hasMessageContaining("计发单位");
        assertThatThrownBy(() -> rate(RURAL_AWARD, null, 2012, 2012, "960", ONE_OFF_PER_PERSON, SourceMarker.S))
                .hasMessageContaining("计发单位");
        assertThatThrownBy(() -> new Rate(RURAL_AWARD, null, 2012, 2012, BigDecimal.TEN, PER_PERSON_PER_YEAR,
                SourceMarker.I, " ")).hasMessageContaining("来源");
    }

    @Test
    void schemesKnowTheirChineseNamesLegalBasisAndSubTypes() {
        assertThat(RURAL_AWARD.chineseName()).isEqualTo("农村部分计划生育家庭奖励扶助");
        assertThat(RURAL_AWARD.legalBasis()).contains("国办发〔2004〕21号", "国人口发〔2004〕39号");
        assertThat(SPECIAL_SUPPORT.legalBasis()).contains("第二十七条第四款");
        assertThat(SPECIAL_SUPPORT.subTypes()).containsExactlyInAnyOrder(DEATH, DISABILITY);
        assertThat(SURGERY_COMPLICATION.subTypes()).hasSize(3);
        assertThat(RETIREE_ONE_OFF_AWARD.oneOff()).isTrue();
        assertThat(RURAL_AWARD.oneOff()).isFalse();
    }
}
