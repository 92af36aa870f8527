package cn.gov.xinbei.pfp.targets.domain;

import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2012, 4, 15);

    @Test
    void defaultIsTheYearSoFar() {
        ReportPeriod p = ReportPeriod.parse(2012, null, "", TODAY, new Violations());
        assertThat(p.from()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(p.to()).isEqualTo(TODAY);
        assertThat(p.wholeYear()).isFalse();
    }

    @Test
    void aPastYearDefaultsToTheWholeYear() {
        ReportPeriod p = ReportPeriod.parse(2012, null, null, LocalDate.of(2013, 1, 20), new Violations());
        assertThat(p.to()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(p.wholeYear()).isTrue();
    }

    @Test
    void chosenDatesAreKept() {
        ReportPeriod p = ReportPeriod.parse(2012, "2012-03-01", "2012-03-31", TODAY, new Violations());
        assertThat(p.from()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2012, 3, 31));
    }

    @Test
    void datesOutsideTheYearOrReversedOrMalformedAreRefusedByField() {
        assertThatThrownBy(() -> ReportPeriod.parse(2012, "2011-12-31", null, TODAY, new Violations()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("from")));
        assertThatThrownBy(() -> ReportPeriod.parse(2012, "2012-05-01", "2012-04-30", TODAY, new Violations()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.message()).isEqualTo("截止日期不能早于起始日期")));
        assertThatThrownBy(() -> ReportPeriod.parse(2012, "1.5.2012", null, TODAY, new Violations()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.message()).contains("起始日期格式不正确")));
    }

    @Test
    void datesAlreadyReadDefaultWhenNotGivenAndAreCheckedAlike() {
        ReportPeriod p = ReportPeriod.of(2012, null, null, TODAY, new Violations());
        assertThat(p.from()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(p.to()).isEqualTo(TODAY);
        assertThatThrownBy(() -> ReportPeriod.of(2012, LocalDate.of(2012, 5, 1), LocalDate.of(2012, 4, 30), TODAY,
                new Violations()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.message()).isEqualTo("截止日期不能早于起始日期")));
    }
}
