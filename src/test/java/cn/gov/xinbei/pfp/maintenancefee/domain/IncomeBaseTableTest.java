package cn.gov.xinbei.pfp.maintenancefee.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.CITY;
import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.HEHAI;
import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.MENGHE;
import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.XINBEI;
import static cn.gov.xinbei.pfp.maintenancefee.domain.TestBases.XINQIAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomeBaseTableTest {

    private final IncomeBaseTable table = TestBases.table();

    @Test
    void urbanParentOfAXinbeiTownshipGetsTheCityFigureOfTheYearBeforeTheBirth() {
        IncomeBase base = table.baseFor(HukouCategory.URBAN, HEHAI, LocalDate.parse("2012-03-15"));

        assertThat(base.year()).isEqualTo(2011);
        assertThat(base.area().code()).isEqualTo(CITY);
        assertThat(base.amount()).isEqualByComparingTo("29829");
        assertThat(base.describe()).isEqualTo("2011年常州市城镇居民人均可支配收入29,829元");
    }

    @Test
    void urbanParentMayBeGivenTheDistrictOrTheCityItself() {
        assertThat(table.baseArea(HukouCategory.URBAN, XINBEI).code()).isEqualTo(CITY);
        assertThat(table.baseArea(HukouCategory.URBAN, CITY).code()).isEqualTo(CITY);
    }

    @Test
    void ruralParentGetsTheTownshipFigure() {
        IncomeBase base = table.baseFor(HukouCategory.RURAL, MENGHE, LocalDate.parse("2012-07-01"));

        assertThat(base.area().name()).isEqualTo("孟河镇");
        assertThat(base.amount()).isEqualByComparingTo("15431.50");
    }

    @Test
    void baseYearFollowsTheBirthNotTheDecision() {
        // REFERENCE.md 5.5: born 2011-12-31, found in 2012 → the 2010 figures, which are not configured.
        assertThat(IncomeBaseTable.baseYearFor(LocalDate.parse("2011-12-31"))).isEqualTo(2010);
        assertThat(IncomeBaseTable.baseYearFor(LocalDate.parse("2012-01-01"))).isEqualTo(2011);
        assertThatThrownBy(() -> table.baseFor(HukouCategory.URBAN, HEHAI, LocalDate.parse("2011-12-31")))
                .isInstanceOf(MissingIncomeBaseException.class)
                .hasMessage("未配置2010年常州市城镇居民人均可支配收入，无法计算");
    }

    @Test
    void missingTownshipFigureNamesYearAreaAndKind() {
        assertThatThrownBy(() -> table.baseFor(HukouCategory.RURAL, MENGHE, LocalDate.parse("2011-06-01")))
                .isInstanceOf(MissingIncomeBaseException.class)
                .hasMessage("未配置2010年孟河镇农村居民人均纯收入，无法计算")
                .satisfies(e -> {
                    MissingIncomeBaseException m = (MissingIncomeBaseException) e;
                    assertThat(m.year()).isEqualTo(2010);
                    assertThat(m.area().code()).isEqualTo(MENGHE);
                    assertThat(m.kind()).isEqualTo(IncomeBaseKind.RURAL_NET_INCOME);
                });
    }

    @Test
    void ruralParentNeverFallsBackToTheCityAverage() {
        // The 2011 city-wide rural figure (14,838) is configured, but 新桥镇's is not: no fallback, an error.
        assertThatThrownBy(() -> table.baseFor(HukouCategory.RURAL, XINQIAO, LocalDate.parse("2012-05-01")))
                .isInstanceOf(MissingIncomeBaseException.class)
                .hasMessage("未配置2011年新桥镇农村居民人均纯收入，无法计算");
    }

    @Test
    void ruralBaseNeedsATownshipCode() {
        assertThatThrownBy(() -> table.baseFor(HukouCategory.RURAL, XINBEI, LocalDate.parse("2012-05-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("township");
    }

    @Test
    void unknownAreaIsRefused() {
        assertThatThrownBy(() -> table.baseFor(HukouCategory.URBAN, "320999", LocalDate.parse("2012-05-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("320999");
    }

    @Test
    void figureGivenTwiceIsRefused() {
        IncomeFigure figure = new IncomeFigure(2011, CITY, IncomeBaseKind.URBAN_DISPOSABLE_INCOME, BigDecimal.TEN, "x", "S");
        assertThatThrownBy(() -> new IncomeBaseTable(List.of(city()), List.of(figure, figure)))
                .hasMessageContaining("given twice");
    }

    @Test
    void figureOfAnUnknownAreaIsRefused() {
        IncomeFigure figure = new IncomeFigure(2011, "320411", IncomeBaseKind.URBAN_DISPOSABLE_INCOME, BigDecimal.TEN, "x", "S");
        assertThatThrownBy(() -> new IncomeBaseTable(List.of(city()), List.of(figure)))
                .hasMessageContaining("unknown area 320411");
    }

    @Test
    void areaWithoutCityOrCountyAboveIsRefused() {
        IncomeArea orphanDistrict = new IncomeArea(XINBEI, "新北区", AreaLevel.DISTRICT, null);
        assertThatThrownBy(() -> new IncomeBaseTable(List.of(orphanDistrict), List.of()))
                .hasMessageContaining("lies under no 设区的市 or 县（市）");
        IncomeArea lost = new IncomeArea(HEHAI, "河海街道", AreaLevel.TOWNSHIP, "320499");
        assertThatThrownBy(() -> new IncomeBaseTable(List.of(city(), lost), List.of()))
                .hasMessageContaining("unknown parent 320499");
    }

    @Test
    void figureMustBePositiveSourcedAndMarked() {
        assertThatThrownBy(() -> new IncomeFigure(2011, CITY, IncomeBaseKind.URBAN_DISPOSABLE_INCOME, BigDecimal.ZERO, "x", "S"))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new IncomeFigure(2011, CITY, IncomeBaseKind.URBAN_DISPOSABLE_INCOME, BigDecimal.TEN, " ", "S"))
                .hasMessageContaining("source");
        assertThatThrownBy(() -> new IncomeFigure(2011, CITY, IncomeBaseKind.URBAN_DISPOSABLE_INCOME, BigDecimal.TEN, "x", "NF"))
                .hasMessageContaining("left out");
        assertThatThrownBy(() -> new IncomeFigure(2011, CITY, IncomeBaseKind.URBAN_DISPOSABLE_INCOME,
                new BigDecimal("1.005"), "x", "S"))
                .hasMessageContaining("more than 2 decimals");
    }

    private static IncomeArea city() {
        return new IncomeArea(CITY, "常州市", AreaLevel.CITY, null);
    }
}
