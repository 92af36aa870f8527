package cn.gov.xinbei.pfp.twonon.process;

import cn.gov.xinbei.pfp.calendar.DueDateRule;
import cn.gov.xinbei.pfp.calendar.DueDateRules;
import cn.gov.xinbei.pfp.twonon.TwoNonPenaltyService;
import cn.gov.xinbei.pfp.twonon.TwoNonSupervisionService;
import cn.gov.xinbei.pfp.twonon.TwoNonTrackService;
import org.springframework.stereotype.Component;

import java.util.Map;

import static cn.gov.xinbei.pfp.calendar.DueDateRule.recordedDay;

/**
 * The due dates of the 两非 processes, read from the case record: the joint case's deadline (督办 may move it) and
 * the dates each agency's track counted when it recorded the step before (evidence preserved, penalty notice served,
 * decision made). An agency track's business key is {@code <case number>/<agency>}.
 */
@Component
public class TwoNonDueDates implements DueDateRules {

    private final TwoNonTrackService tracks;
    private final TwoNonPenaltyService penalties;
    private final TwoNonSupervisionService supervision;

    public TwoNonDueDates(TwoNonTrackService tracks, TwoNonPenaltyService penalties,
                          TwoNonSupervisionService supervision) {
        this.tracks = tracks;
        this.penalties = penalties;
        this.supervision = supervision;
    }

    @Override
    public Map<String, DueDateRule> dueDateRules() {
        return Map.of(
                "twoNon.supervision", recordedDay(execution -> supervision.supervisionDue(execution.getProcessBusinessKey())),
                "twoNon.evidenceDecision", recordedDay(execution -> {
                    TwoNonRouting.Track t = TwoNonRouting.track(execution);
                    return tracks.evidenceDecisionDue(t.caseNumber(), t.agency());
                }),
                "twoNon.hearingRequest", recordedDay(execution -> {
                    TwoNonRouting.Track t = TwoNonRouting.track(execution);
                    return tracks.hearingRequestDue(t.caseNumber(), t.agency());
                }),
                "twoNon.service", recordedDay(execution -> {
                    TwoNonRouting.Track t = TwoNonRouting.track(execution);
                    return penalties.serviceDue(t.caseNumber(), t.agency());
                }),
                "twoNon.payment", recordedDay(execution -> {
                    TwoNonRouting.Track t = TwoNonRouting.track(execution);
                    return penalties.paymentDue(t.caseNumber(), t.agency());
                }));
    }
}
