package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dates that follow from serving the fee decision on one parent (REFERENCE.md 5.3, 5.4), computed by
 * {@link FeeDeadlines}. Each parent has their own schedule, from the day the decision was served on them.
 * The court-enforcement window runs from {@code enforcementWindowOpens} to {@code enforcementWindowCloses}, both
 * included; within it the court may be asked only after a 催告 has run ({@link FeeDeadlines#earliestCourtApplication}).
 */
public record PaymentSchedule(LocalDate served, ScheduledDeadline paymentDue, ScheduledDeadline instalmentApplication,
                              ScheduledDeadline reconsideration, ScheduledDeadline lawsuit,
                              ScheduledDeadline enforcementWindowOpens, ScheduledDeadline enforcementWindowCloses) {

    public List<ScheduledDeadline> deadlines() {
        return List.of(paymentDue, instalmentApplication, reconsideration, lawsuit, enforcementWindowOpens,
                enforcementWindowCloses);
    }

    /** The schedule as lines for the decision and the case file, headed by the service date. */
    public List<String> lines() {
        return Stream.concat(
                Stream.of("决定书送达日期：" + served + "（期间开始之日不计算在期间内，期间届满的最后一日是节假日的，以节假日后的第一日为期间届满日期，"
                        + LegalBasis.PERIOD_RULE + "）"),
                deadlines().stream().map(ScheduledDeadline::line)).toList();
    }
}
