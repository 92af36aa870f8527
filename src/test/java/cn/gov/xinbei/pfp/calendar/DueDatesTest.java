package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.architecture.ProcessModelConventionsTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one due-date bean of the running application, against the keys the process models name. */
@SpringBootTest
@ActiveProfiles("test")
class DueDatesTest {

    @Autowired
    DueDates dueDates;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        RecentPeriods.forget();
    }

    @Test
    void everyKeyTheProcessModelsNameIsARuleAndEveryRuleIsUsed() throws IOException {
        assertThat(dueDates.keys()).isEqualTo(ProcessModelConventionsTest.dueDateKeys());
    }

    @Test
    void anUnknownKeyFailsWithItsName() {
        assertThatThrownBy(() -> dueDates.of(null, "secondChild.nothing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secondChild.nothing");
    }

    @Test
    void aConfiguredPeriodIsCountedFromNowOnTheWorkingDayCalendar() {
        // config/supervision.yml: 3 working days; 2012-01-21 is the make-up Saturday before Spring Festival.
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2012-01-18T10:00:00+08:00").toInstant()));
        assertThat(dueDates.of(null, "supervision.answer").toInstant())
                .isEqualTo(OffsetDateTime.parse("2012-01-21T23:59:59+08:00").toInstant());
        // config/second-child.yml: 7 calendar days for the posting, 01-25 falls in the Spring
        // Festival, so the period ends on the make-up Sunday 01-29.
        assertThat(dueDates.of(null, "secondChild.posting").toInstant())
                .isEqualTo(OffsetDateTime.parse("2012-01-29T23:59:59+08:00").toInstant());
    }
}
