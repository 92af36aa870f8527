package cn.gov.xinbei.pfp.twonon.process;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.twonon.TwoNonService;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Expressions of the 两非 processes, read from the case record. The main process's business key is the case number;
 * an agency track's is {@code <case number>/<agency>}, so no form can move a track to another agency.
 */
@Component("twoNonRouting")
public class TwoNonRouting {

    private final TwoNonService service;
    private final DeadlineCalculator deadlines;

    public TwoNonRouting(TwoNonService service, DeadlineCalculator deadlines) {
        this.service = service;
        this.deadlines = deadlines;
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
        return service.agencies(execution.getProcessBusinessKey());
    }

    public boolean accepted(DelegateExecution execution) {
        return service.accepted(execution.getProcessBusinessKey());
    }

    public Date supervisionDue(DelegateExecution execution) {
        return deadlines.endOfDay(service.supervisionDue(execution.getProcessBusinessKey()));
    }

    public boolean rewardDue(DelegateExecution execution) {
        return service.rewardDue(execution.getProcessBusinessKey());
    }

    public String liaisons(DelegateExecution execution) {
        return Agency.bySlug(track(execution).agency()).orElseThrow().liaisons();
    }

    public boolean evidencePreserved(DelegateExecution execution) {
        return service.evidenceDecisionDue(track(execution).caseNumber(), track(execution).agency()) != null;
    }

    public Date evidenceDecisionDue(DelegateExecution execution) {
        return end(service.evidenceDecisionDue(track(execution).caseNumber(), track(execution).agency()));
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

    public Date hearingRequestDue(DelegateExecution execution) {
        return end(service.hearingRequestDue(track(execution).caseNumber(), track(execution).agency()));
    }

    public Date serviceDue(DelegateExecution execution) {
        return end(service.serviceDue(track(execution).caseNumber(), track(execution).agency()));
    }

    public Date paymentDue(DelegateExecution execution) {
        return end(service.paymentDue(track(execution).caseNumber(), track(execution).agency()));
    }

    private boolean flag(DelegateExecution execution, String field) {
        Track t = track(execution);
        Map<String, Boolean> flags = service.trackFlags(t.caseNumber(), t.agency());
        return Boolean.TRUE.equals(flags.get(field));
    }

    private Date end(LocalDate date) {
        return date == null ? null : deadlines.endOfDay(date);
    }
}
