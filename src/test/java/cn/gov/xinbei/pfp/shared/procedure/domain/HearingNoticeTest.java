package cn.gov.xinbei.pfp.shared.procedure.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HearingNoticeTest {

    private final HearingNotice sevenDays = new HearingNotice(7);

    @Test
    void aHearingNotifiedOnDayNIsHeldOnDayNPlusSevenAtTheEarliest() {
        // calendar days, no roll-over: notified Monday 2012-08-06 → Monday 08-13
        assertThat(sevenDays.earliestHearingDay(LocalDate.of(2012, 8, 6))).isEqualTo(LocalDate.of(2012, 8, 13));
        assertThat(sevenDays.tooEarly(LocalDate.of(2012, 8, 6), LocalDate.of(2012, 8, 13))).isEmpty();
        assertThat(sevenDays.tooEarly(LocalDate.of(2012, 8, 6), LocalDate.of(2012, 8, 20))).isEmpty();
    }

    @Test
    void aHearingSixDaysAfterTheNoticeIsTooEarlyAndTheReasonNamesTheArticle() {
        assertThat(sevenDays.tooEarly(LocalDate.of(2012, 8, 7), LocalDate.of(2012, 8, 13))).hasValueSatisfying(reason ->
                assertThat(reason).contains("7日前通知当事人", "2012-08-07", "不得早于2012-08-14", "第四十二条"));
    }

    @Test
    void theNoticePeriodIsAtLeastOneDay() {
        assertThatThrownBy(() -> new HearingNotice(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
