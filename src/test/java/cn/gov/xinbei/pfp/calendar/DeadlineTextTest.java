package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.DeadlineUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTextTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "20 working days   | 20 | WORKING_DAYS",
            "1 working day     | 1  | WORKING_DAYS",
            "' 5 Working Days '| 5  | WORKING_DAYS",
            "30 calendar days  | 30 | CALENDAR_DAYS",
            "60 CALENDAR DAYS  | 60 | CALENDAR_DAYS",
            "20个工作日         | 20 | WORKING_DAYS",
            "20 个工作日        | 20 | WORKING_DAYS",
            "30日              | 30 | CALENDAR_DAYS"
    })
    void understoodForms(String text, int days, DeadlineUnit unit) {
        assertThat(DeadlineText.parse(text)).contains(new DeadlineText(days, unit));
    }

    @ParameterizedTest(name = "\"{0}\" is left to Camunda")
    @ValueSource(strings = {"P5D", "PT1H", "2012-02-16T23:59:59", "R3/PT10M", "5 days", "-5 working days",
            "1.5 working days", "twenty working days", "5 working days later", "5工作日", ""})
    void otherTextsAreNotClaimed(String text) {
        assertThat(DeadlineText.parse(text)).isEmpty();
    }

    @Test
    void nullIsNotClaimed() {
        assertThat(DeadlineText.parse(null)).isEmpty();
    }

    @Test
    void periodsLongerThanTheLimitAreRefused() {
        assertThat(DeadlineText.parse(DeadlineCalculator.MAX_PERIOD_DAYS + " working days")).isPresent();
        assertThatThrownBy(() -> DeadlineText.parse((DeadlineCalculator.MAX_PERIOD_DAYS + 1) + " working days"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("期限天数");
    }
}
