package cn.gov.xinbei.pfp.twonon.process;

import cn.gov.xinbei.pfp.twonon.TwoNonClosingService;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import cn.gov.xinbei.pfp.twonon.TwoNonTrackService;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Expressions of the 两非 processes, read from the case record (their due dates: {@link TwoNonDueDates}). The main
 * process's business key is the case number; an agency track's is {@code <case number>/<agency>}, so no form can move
 * a track to another agency.
 */
@Component("twoNonRouting")
public class TwoNonRouting {

    private final TwoNonIntakeService intake;
    private final TwoNonTrackService tracks;
    private final TwoNonClosingService closing;

    public TwoNonRouting(TwoNonIntakeService intake, TwoNonTrackService tracks, TwoNonClosingService closing) {
        this.intake = intake;
        this.tracks = tracks;
        this.closing = closing;
    }

    /** Case number and agency of a track execution. */
    public record Track(String caseNumber, String agency) {
        static Track of(String businessKey) {
            int slash = businessKey.lastIndexOf('/');
            if (slash < 0) {
                throw new IllegalStateException("not an agency track: " + businessKey);
            }
            return new Track(businessKey.substring(0, slash), businessKey.substring(slash + 1));
        }
    }

    public static Track track(DelegateExecution execution) {
        return Track.of(execution.getProcessBusinessKey());
    }

    public String trackKey(DelegateExecution execution) {
        return execution.getProcessBusinessKey() + "/" + execution.getVariable("agency");
    }

    public List<String> agencies(DelegateExecution execution) {
        return intake.agencies(execution.getProcessBusinessKey());
    }

    public boolean accepted(DelegateExecution execution) {
        return intake.accepted(execution.getProcessBusinessKey());
    }

    public boolean rewardDue(DelegateExecution execution) {
        return closing.rewardDue(execution.getProcessBusinessKey());
    }

    public String liaisons(DelegateExecution execution) {
        return Agency.bySlug(track(execution).agency()).orElseThrow().liaisons();
    }

    public boolean evidencePreserved(DelegateExecution execution) {
        return tracks.evidenceDecisionDue(track(execution).caseNumber(), track(execution).agency()) != null;
    }

    public boolean crimeSuspected(DelegateExecution execution) {
        return flag(execution, "crimeSuspected");
    }

    public boolean penaltyProposed(DelegateExecution execution) {
        return flag(execution, "penaltyProposed");
    }

    public boolean hearingRequested(DelegateExecution execution) {
        return flag(execution, "hearingRequested");
    }

    private boolean flag(DelegateExecution execution, String field) {
        Track t = track(execution);
        Map<String, Boolean> flags = tracks.trackFlags(t.caseNumber(), t.agency());
        return Boolean.TRUE.equals(flags.get(field));
    }
}
