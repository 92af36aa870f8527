package cn.gov.xinbei.pfp.twonon.domain;

import cn.gov.xinbei.pfp.shared.procedure.domain.HearingNotice;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The rules of one agency's track, each allowed and refused, with the message the user reads. */
class AgencyTrackTest {

    private static final LocalDate AUG_1 = LocalDate.of(2012, 8, 1);
    private static final LocalDate TODAY = LocalDate.of(2012, 8, 31);
    /** Plain calendar days: the moving off rest days is the calendar's business, tested there. */
    private static final AgencyTrack.Calendar PLAIN = LocalDate::plusDays;
    private static final HearingNotice SEVEN_DAYS = new HearingNotice(7);

    private static Findings findings(boolean crime, boolean penalty) {
        return new Findings(" 查明：为孕妇做胎儿性别鉴定 ", " 询问笔录2份 ", "王强、刘洋", null, crime, penalty, null);
    }

    private static AgencyTrack investigated(Agency agency, boolean crime, boolean penalty) {
        AgencyTrack track = new AgencyTrack(agency, TrackState.EMPTY);
        track.investigate(findings(crime, penalty), AUG_1);
        return track;
    }

    /** A health track with the prior notice served on 08-01 and the party's answer recorded. */
    private static AgencyTrack noticed(Boolean hearingRequested) {
        AgencyTrack track = investigated(Agency.HEALTH, false, true);
        track.serveNotice(AUG_1, TODAY);
        if (hearingRequested != null) {
            track.answerHearingRequest(hearingRequested);
        }
        return track;
    }

    private static AgencyTrack decided(String fine) {
        AgencyTrack track = noticed(false);
        track.decide(LocalDate.of(2012, 8, 5), new BigDecimal(fine), TODAY, () -> "新两非罚〔2012〕00001号");
        return track;
    }

    /** The single violation a call was refused with; the track must be unchanged by it. */
    private static FieldViolation refused(AgencyTrack track, ThrowingCallable call) {
        TrackState before = track.state();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(track.state()).as("a refused step changes nothing").isEqualTo(before);
        List<FieldViolation> violations = ((InvalidInputException) thrown).violations();
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    @Nested
    class Investigation {

        @Test
        void recordsTheFindingsStrippedAndTheRoutingAnswers() {
            AgencyTrack track = investigated(Agency.HEALTH, true, true);
            assertThat(track.state().investigation().findings()).isEqualTo("查明：为孕妇做胎儿性别鉴定");
            assertThat(track.state().investigation().evidence()).isEqualTo("询问笔录2份");
            assertThat(track.crimeSuspected()).isTrue();
            assertThat(track.penaltyProposed()).isTrue();
            assertThat(track.referralOpen()).isTrue();
        }

        @Test
        void listsEveryMissingAnswerAtOnce() {
            AgencyTrack track = new AgencyTrack(Agency.HEALTH, TrackState.EMPTY);
            FieldViolation v = refused(track, () -> track.investigate(new Findings(" ", null, null, null, null, null, null), AUG_1));
            assertThat(v.field()).isEqualTo("findings");
            assertThat(v.message()).isEqualTo("请填写调查查明的事实；请选择是否涉嫌犯罪；请选择是否拟作出行政处罚");
        }

        @Test
        void onlyAgenciesWithPenaltyPowersMayProposeAFine() {
            AgencyTrack police = new AgencyTrack(Agency.POLICE, TrackState.EMPTY);
            assertThat(refused(police, () -> police.investigate(findings(true, true), AUG_1)).message())
                    .isEqualTo("公安分局在两非案件中没有罚款职权");
            police.investigate(findings(true, false), AUG_1);
            assertThat(police.penaltyProposed()).isFalse();
            assertThat(refused(police, police::fineRange).message()).isEqualTo("公安分局在两非案件中没有罚款职权");
        }

        @Test
        void refusesNegativeIncomeAndAPreservationInTheFuture() {
            AgencyTrack track = new AgencyTrack(Agency.HEALTH, TrackState.EMPTY);
            assertThat(refused(track, () -> track.investigate(new Findings("x", null, null, null, false, true,
                    new BigDecimal("-1")), AUG_1)).message()).isEqualTo("违法所得不能为负数");
            assertThat(refused(track, () -> track.investigate(new Findings("x", null, null, AUG_1.plusDays(1), false, true,
                    null), AUG_1)).message()).isEqualTo("先行登记保存日期不能晚于今天");
        }

        @Test
        void cannotChangeOnceThePriorNoticeIsServed() {
            AgencyTrack track = noticed(null);
            assertThat(refused(track, () -> track.investigate(findings(false, true), TODAY)).message())
                    .isEqualTo("处罚告知书已送达，调查查明的事实不能再修改");
        }
    }

    @Nested
    class PreservedEvidence {

        private AgencyTrack preserved() {
            AgencyTrack track = new AgencyTrack(Agency.HEALTH, TrackState.EMPTY);
            track.investigate(new Findings("x", null, null, AUG_1, false, true, null), AUG_1);
            return track;
        }

        @Test
        void isDecidedWithinSevenDaysOrMarkedLate() {
            AgencyTrack track = preserved();
            assertThat(track.evidenceDecisionDue()).isEqualTo(LocalDate.of(2012, 8, 8));
            assertThat(track.decideOnEvidence(LocalDate.of(2012, 8, 8), " 扣押 ", TODAY)).isFalse();
            assertThat(track.state().evidenceDecision().decision()).isEqualTo("扣押");
            assertThat(preserved().decideOnEvidence(LocalDate.of(2012, 8, 9), "扣押", TODAY)).isTrue();
        }

        @Test
        void refusesAMissingDecisionADateOutsideTheWindowAndNothingPreserved() {
            AgencyTrack track = preserved();
            assertThat(refused(track, () -> track.decideOnEvidence(AUG_1, " ", TODAY)).message())
                    .isEqualTo("请填写登记保存证据的处理决定和日期");
            FieldViolation early = refused(track, () -> track.decideOnEvidence(AUG_1.minusDays(1), "扣押", TODAY));
            assertThat(early.field()).isEqualTo("evidenceDecidedOn");
            assertThat(early.message()).isEqualTo("处理决定日期应在登记保存日期（2012-08-01）至今天之间");
            assertThat(refused(track, () -> track.decideOnEvidence(TODAY.plusDays(1), "扣押", TODAY)).field())
                    .isEqualTo("evidenceDecidedOn");
            AgencyTrack nothing = investigated(Agency.HEALTH, false, true);
            assertThat(nothing.evidenceDecisionDue()).isNull();
            assertThat(refused(nothing, () -> nothing.decideOnEvidence(AUG_1, "扣押", TODAY)).message())
                    .isEqualTo("调查中未先行登记保存证据，无需作出处理决定");
        }
    }

    @Nested
    class Referral {

        @Test
        void closesTheOpenReferral() {
            AgencyTrack track = investigated(Agency.POLICE, true, false);
            track.refer(AUG_1, " 新卫移〔2012〕3号 ", TODAY);
            assertThat(track.state().referral().number()).isEqualTo("新卫移〔2012〕3号");
            assertThat(track.referralOpen()).isFalse();
        }

        @Test
        void needsADateNotInTheFutureAndTheDocumentNumber() {
            AgencyTrack track = investigated(Agency.POLICE, true, false);
            FieldViolation v = refused(track, () -> track.refer(AUG_1, " ", TODAY));
            assertThat(v.field()).isEqualTo("referralNumber");
            assertThat(v.message()).isEqualTo("请填写移送日期（不晚于今天）和移送书编号");
            assertThat(refused(track, () -> track.refer(TODAY.plusDays(1), "3号", TODAY)).field()).isEqualTo("referralNumber");
        }
    }

    @Nested
    class PriorNoticeAndHearing {

        @Test
        void theNoticeOpensThreeDaysToAskForAHearing() {
            AgencyTrack track = investigated(Agency.HEALTH, false, true);
            assertThat(track.hearingRequestDue(PLAIN)).isNull();
            track.serveNotice(LocalDate.of(2012, 8, 6), TODAY);
            assertThat(track.hearingRequestDue(PLAIN)).isEqualTo(LocalDate.of(2012, 8, 9));
        }

        @Test
        void theNoticeNeedsAProposedPenaltyADateNotInTheFutureAndNoDecisionYet() {
            AgencyTrack track = investigated(Agency.HEALTH, false, true);
            FieldViolation future = refused(track, () -> track.serveNotice(TODAY.plusDays(1), TODAY));
            assertThat(future.field()).isEqualTo("noticeServedOn");
            assertThat(future.message()).isEqualTo("请填写告知书送达日期（不晚于今天）");
            AgencyTrack none = investigated(Agency.HEALTH, false, false);
            assertThat(refused(none, () -> none.serveNotice(AUG_1, TODAY)).message())
                    .isEqualTo("调查结果未拟作出行政处罚，不能送达处罚告知书");
            AgencyTrack done = decided("20000");
            assertThat(refused(done, () -> done.serveNotice(TODAY, TODAY)).message()).isEqualTo("处罚决定已作出，不能再送达处罚告知书");
        }

        @Test
        void theHearingRequestIsAnsweredAfterTheNoticeAndBeforeTheDecision() {
            AgencyTrack track = noticed(null);
            assertThat(refused(track, () -> track.answerHearingRequest(null)).message()).isEqualTo("请选择当事人是否要求听证");
            track.answerHearingRequest(true);
            assertThat(track.hearingRequested()).isTrue();
            AgencyTrack early = investigated(Agency.HEALTH, false, true);
            assertThat(refused(early, () -> early.answerHearingRequest(false)).message())
                    .isEqualTo("处罚告知书送达后，才能登记当事人是否要求听证");
            AgencyTrack done = decided("20000");
            assertThat(refused(done, () -> done.answerHearingRequest(true)).message()).isEqualTo("处罚决定已作出，不能再登记听证申请");
        }

        @Test
        void aHearingIsHeldSevenDaysAfterThePartyWasToldOfIt() {
            AgencyTrack track = noticed(true);
            track.holdHearing(LocalDate.of(2012, 8, 6), LocalDate.of(2012, 8, 13), " 当事人承认 ", TODAY, SEVEN_DAYS);
            assertThat(track.state().hearing()).isEqualTo(new TrackState.Hearing(LocalDate.of(2012, 8, 6),
                    LocalDate.of(2012, 8, 13), "当事人承认"));
        }

        @Test
        void refusesAHearingNobodyAskedForANoticeOutsideItsWindowAndOneTooEarly() {
            AgencyTrack unasked = noticed(false);
            assertThat(refused(unasked, () -> unasked.holdHearing(AUG_1, TODAY, "x", TODAY, SEVEN_DAYS)).message())
                    .isEqualTo("当事人未要求听证，不能登记听证");
            AgencyTrack track = noticed(true);
            FieldViolation notified = refused(track, () -> track.holdHearing(null, TODAY, "x", TODAY, SEVEN_DAYS));
            assertThat(notified.field()).isEqualTo("hearingNotifiedOn");
            assertThat(notified.message()).isEqualTo("请填写听证通知送达日期（处罚告知书送达日期2012-08-01至今天之间）");
            assertThat(refused(track, () -> track.holdHearing(AUG_1.minusDays(1), TODAY, "x", TODAY, SEVEN_DAYS)).field())
                    .isEqualTo("hearingNotifiedOn");
            FieldViolation sameDay = refused(track, () -> track.holdHearing(AUG_1, AUG_1, "x", TODAY, SEVEN_DAYS));
            assertThat(sameDay.field()).isEqualTo("hearingHeldOn");
            assertThat(sameDay.message()).isEqualTo("请填写听证日期（告知书送达之后、不晚于今天）和听证意见");
            assertThat(refused(track, () -> track.holdHearing(AUG_1, TODAY, " ", TODAY, SEVEN_DAYS)).field())
                    .isEqualTo("hearingHeldOn");
            FieldViolation tooEarly = refused(track, () -> track.holdHearing(LocalDate.of(2012, 8, 7),
                    LocalDate.of(2012, 8, 13), "x", TODAY, SEVEN_DAYS));
            assertThat(tooEarly.message()).contains("7日前通知当事人", "不得早于2012-08-14", "第四十二条");
        }
    }

    @Nested
    class Decision {

        private final AtomicInteger drawn = new AtomicInteger();

        private String decide(AgencyTrack track, LocalDate on, String fine) {
            return track.decide(on, fine == null ? null : new BigDecimal(fine), TODAY,
                    () -> "新两非罚〔2012〕%05d号".formatted(drawn.incrementAndGet()));
        }

        @Test
        void isMadeAfterTheNoticeWithinTheRangeAndDrawsItsNumber() {
            AgencyTrack track = noticed(false);
            assertThat(decide(track, LocalDate.of(2012, 8, 2), "20000")).isEqualTo("新两非罚〔2012〕00001号");
            assertThat(track.state().decision().fine()).isEqualByComparingTo("20000");
            assertThat(track.serviceDue(PLAIN)).isEqualTo(LocalDate.of(2012, 8, 9));
        }

        @Test
        void isRefusedBeforeOrOnTheDayOfTheNoticeAndInTheFuture() {
            AgencyTrack before = investigated(Agency.HEALTH, false, true);
            assertThat(refused(before, () -> decide(before, AUG_1, "20000")).message()).contains("第三十一条、第四十一条");
            AgencyTrack track = noticed(false);
            FieldViolation sameDay = refused(track, () -> decide(track, AUG_1, "20000"));
            assertThat(sameDay.field()).isEqualTo("decidedOn");
            assertThat(sameDay.message()).startsWith("处罚决定不能早于或与处罚告知同日作出");
            assertThat(refused(track, () -> decide(track, TODAY.plusDays(1), "20000")).message())
                    .isEqualTo("请填写处罚决定日期（不晚于今天）");
            assertThat(drawn).hasValue(0);
        }

        @Test
        void waitsForTheAnswerToTheHearingRequestAndForTheHearing() {
            AgencyTrack unanswered = noticed(null);
            assertThat(refused(unanswered, () -> decide(unanswered, TODAY, "20000")).message())
                    .isEqualTo("请先登记当事人是否要求听证（《行政处罚法》第四十二条）");
            AgencyTrack track = noticed(true);
            assertThat(refused(track, () -> decide(track, TODAY, "20000")).message())
                    .isEqualTo("当事人要求听证的，应在听证后作出处罚决定（《行政处罚法》第四十二条）");
            track.holdHearing(LocalDate.of(2012, 8, 6), LocalDate.of(2012, 8, 13), "x", TODAY, SEVEN_DAYS);
            assertThat(refused(track, () -> decide(track, LocalDate.of(2012, 8, 12), "20000")).field()).isEqualTo("decidedOn");
            decide(track, LocalDate.of(2012, 8, 13), "20000");
            assertThat(track.state().decision().decidedOn()).isEqualTo(LocalDate.of(2012, 8, 13));
        }

        @Test
        void neverReplacesTheReferralOfASuspectedCrime() {
            AgencyTrack track = investigated(Agency.HEALTH, true, true);
            track.serveNotice(AUG_1, TODAY);
            track.answerHearingRequest(false);
            FieldViolation v = refused(track, () -> decide(track, TODAY, "20000"));
            assertThat(v.field()).isEqualTo("fine");
            assertThat(v.message()).isEqualTo("涉嫌犯罪的案件须先移送公安机关，不得以罚代刑（《行政处罚法》第三十八条、第六十一条）");
            track.refer(AUG_1, "新卫移〔2012〕4号", TODAY);
            decide(track, TODAY, "30000");
            assertThat(track.state().decision()).isNotNull();
        }

        @Test
        void keepsTheFineWithinTheLegalRangeAndIsMadeOnce() {
            AgencyTrack track = noticed(false);
            FieldViolation v = refused(track, () -> decide(track, TODAY, "35000"));
            assertThat(v.field()).isEqualTo("fine");
            assertThat(v.message()).isEqualTo("罚款数额35000元超出法定幅度：一万元以上三万元以下（《人口与计划生育法》第三十六条）");
            assertThat(refused(track, () -> decide(track, TODAY, null)).message()).startsWith("罚款数额未填写超出法定幅度");
            assertThat(drawn).hasValue(0);
            decide(track, TODAY, "30000");
            assertThat(refused(track, () -> decide(track, TODAY, "30000")).message())
                    .isEqualTo("已作出处罚决定新两非罚〔2012〕00001号，不能重复作出");
            assertThat(drawn).hasValue(1);
        }
    }

    @Nested
    class ServiceAndPayment {

        @Test
        void theServedDecisionStartsFifteenDaysToPay() {
            AgencyTrack track = decided("20000");
            assertThat(track.paymentDue()).isNull();
            assertThat(track.serveDecision(LocalDate.of(2012, 8, 13), TODAY, PLAIN)).isEqualTo(LocalDate.of(2012, 8, 28));
            assertThat(track.paymentDue()).isEqualTo(LocalDate.of(2012, 8, 28));
        }

        @Test
        void theDecisionIsServedAfterItIsMadeAndBeforePayment() {
            AgencyTrack none = noticed(false);
            assertThat(refused(none, () -> none.serveDecision(TODAY, TODAY, PLAIN)).message())
                    .isEqualTo("尚未作出处罚决定，不能登记决定书送达");
            AgencyTrack track = decided("20000");
            FieldViolation v = refused(track, () -> track.serveDecision(LocalDate.of(2012, 8, 4), TODAY, PLAIN));
            assertThat(v.field()).isEqualTo("servedOn");
            assertThat(v.message()).isEqualTo("送达日期应在处罚决定日期（2012-08-05）至今天之间");
            track.serveDecision(LocalDate.of(2012, 8, 5), TODAY, PLAIN);
            track.pay(LocalDate.of(2012, 8, 6), new BigDecimal("20000"), TODAY);
            assertThat(refused(track, () -> track.serveDecision(TODAY, TODAY, PLAIN)).message())
                    .isEqualTo("罚款已缴纳，不能再登记决定书送达");
        }

        @Test
        void paidInTimeIsTheFineAndFinishesTheTrack() {
            AgencyTrack track = decided("20000");
            track.serveDecision(LocalDate.of(2012, 8, 13), TODAY, PLAIN);
            assertThat(track.pay(LocalDate.of(2012, 8, 28), new BigDecimal("20000"), TODAY)).isEqualByComparingTo("0");
            assertThat(track.state().finished()).isTrue();
        }

        @Test
        void paidLateAddsThreePercentADay() {
            AgencyTrack track = decided("20000");
            track.serveDecision(LocalDate.of(2012, 8, 13), TODAY, PLAIN);
            assertThat(track.amountOwed(LocalDate.of(2012, 8, 30))).isEqualByComparingTo("21200");
            FieldViolation v = refused(track, () -> track.pay(LocalDate.of(2012, 8, 30), new BigDecimal("20000"), TODAY));
            assertThat(v.field()).isEqualTo("amountPaid");
            assertThat(v.message()).isEqualTo("应缴21200.00元（罚款20000元，逾期加处罚款1200.00元），登记的缴款数额不符");
            assertThat(track.pay(LocalDate.of(2012, 8, 30), new BigDecimal("21200"), TODAY)).isEqualByComparingTo("1200");
        }

        @Test
        void paymentIsRecordedAfterServiceAndNotInTheFuture() {
            AgencyTrack unserved = decided("20000");
            assertThat(refused(unserved, () -> unserved.pay(TODAY, new BigDecimal("20000"), TODAY)).message())
                    .isEqualTo("处罚决定书尚未送达，不能登记罚款缴纳");
            AgencyTrack track = decided("20000");
            track.serveDecision(LocalDate.of(2012, 8, 13), TODAY, PLAIN);
            FieldViolation before = refused(track, () -> track.pay(LocalDate.of(2012, 8, 12), new BigDecimal("20000"), TODAY));
            assertThat(before.field()).isEqualTo("paidOn");
            assertThat(before.message()).isEqualTo("缴款日期应在决定书送达之后、不晚于今天");
            assertThat(refused(track, () -> track.pay(TODAY.plusDays(1), new BigDecimal("20000"), TODAY)).field())
                    .isEqualTo("paidOn");
        }
    }

    @Nested
    class Closing {

        @Test
        void isRefusedWhileASuspectedCrimeIsNotReferredAndChangesNoTrack() {
            AgencyTrack police = investigated(Agency.POLICE, true, false);
            AgencyTrack drugs = investigated(Agency.DRUGS, false, false);
            TrackState drugsBefore = drugs.state();
            FieldViolation v = refused(police, () -> AgencyTrack.closeAll(List.of(drugs, police)));
            assertThat(v.field()).isEqualTo("summary");
            assertThat(v.message()).isEqualTo("涉嫌犯罪的线索尚未移送公安机关，不能结案");
            assertThat(drugs.state()).isEqualTo(drugsBefore);
        }

        @Test
        void finishesEveryTrackWithItsSummaryLine() {
            AgencyTrack police = investigated(Agency.POLICE, true, false);
            police.refer(AUG_1, "新卫移〔2012〕3号", TODAY);
            AgencyTrack health = decided("20000");
            health.serveDecision(LocalDate.of(2012, 8, 5), TODAY, PLAIN);
            health.pay(LocalDate.of(2012, 8, 6), new BigDecimal("20000.00"), TODAY);
            AgencyTrack drugs = investigated(Agency.DRUGS, false, false);
            AgencyTrack women = new AgencyTrack(Agency.WOMEN, TrackState.EMPTY);
            AgencyTrack.closeAll(List.of(police, health, drugs, women));
            assertThat(List.of(police, health, drugs, women)).allSatisfy(t -> assertThat(t.state().finished()).isTrue());
            assertThat(police.state().summary()).isEqualTo("公安分局：查明：为孕妇做胎儿性别鉴定；已移送公安机关（新卫移〔2012〕3号）");
            assertThat(health.state().summary()).isEqualTo("社会事业局（卫生）：查明：为孕妇做胎儿性别鉴定；新两非罚〔2012〕00001号罚款20000元，已缴纳20000.00元");
            assertThat(drugs.state().summary()).isEqualTo("药品监督管理局：查明：为孕妇做胎儿性别鉴定；不予行政处罚");
            assertThat(women.state().summary()).isEqualTo("妇联：未调查");
        }
    }
}
