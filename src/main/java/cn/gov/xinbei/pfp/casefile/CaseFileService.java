package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes case records and their timelines. Every method joins the caller's transaction, which is the engine's
 * when called from a process: a failing step rolls back the case record with it, so nothing is written half.
 * Every timeline entry records where the change came from ({@link RequestSource}: the HTTP request's client, or
 * "system" for engine jobs).
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
public class CaseFileService {

    private static final String NUMBER_FORMAT = "%s-%d-%05d";

    private final CaseFileRepository cases;
    private final CaseEventRepository events;
    private final CaseNumberSequenceRepository sequences;
    private final EngineClock clock;

    public CaseFileService(CaseFileRepository cases, CaseEventRepository events,
                           CaseNumberSequenceRepository sequences, EngineClock clock) {
        this.cases = cases;
        this.events = events;
        this.sequences = sequences;
        this.clock = clock;
    }

    public CaseFile register(CaseKind kind, String townSlug, String title, LocalDate appliedOn,
                             List<CaseParty> parties, String actor) {
        Instant now = clock.now();
        CaseFile caseFile = new CaseFile(nextCaseNumber(kind, clock.today().getYear()), kind, townSlug, title,
                appliedOn, actor, now);
        parties.forEach(caseFile::addParty);
        cases.save(caseFile);
        events.save(new CaseEvent(caseFile.getId(), now, actor, "REGISTERED", null, null,
                kind.displayName() + "：" + title, null, RequestSource.current()));
        return caseFile;
    }

    String nextCaseNumber(CaseKind kind, int year) {
        return NUMBER_FORMAT.formatted(kind.numberPrefix(), year, drawNumber(kind.name(), year));
    }

    /**
     * The next number of a yearly series (case numbers, certificate numbers). The row is locked while drawn, and a
     * rolled-back transaction gives its number back, so numbers run without gaps.
     */
    public long drawNumber(String series, int year) {
        CaseNumberSequence.Key key = new CaseNumberSequence.Key(series, year);
        CaseNumberSequence sequence = sequences.lockByKey(key)
                .orElseGet(() -> sequences.saveAndFlush(new CaseNumberSequence(key)));
        return sequence.draw();
    }

    /** Open cases of a kind in which the person with this ID number is a party. */
    @Transactional(readOnly = true)
    public List<CaseFile> openCasesOf(CaseKind kind, String idNumber) {
        return cases.findOpenByKindAndParty(kind, idNumber, CaseStatus.FINAL);
    }

    /** Cases of a kind, open or closed, in which the person with this ID number is a party. */
    @Transactional(readOnly = true)
    public List<CaseFile> casesOf(CaseKind kind, String idNumber) {
        return cases.findByKindAndParty(kind, idNumber);
    }

    public CaseFile byId(String id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("案件不存在"));
    }

    public CaseFile byNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException("案件不存在：" + caseNumber));
    }

    public CaseFile byProcessInstance(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("流程实例没有对应的案件"));
    }

    public void changeStatus(CaseFile caseFile, CaseStatus status, String actor, String detail) {
        Instant now = clock.now();
        caseFile.moveTo(status, now);
        events.save(new CaseEvent(caseFile.getId(), now, actor, "STATUS", status.name(), status.label(), detail, null,
                RequestSource.current()));
    }

    public void close(CaseFile caseFile, CaseStatus finalStatus, String outcome, String actor, String detail) {
        Instant now = clock.now();
        caseFile.close(finalStatus, outcome, clock.today(), now);
        events.save(new CaseEvent(caseFile.getId(), now, actor, "CLOSED", finalStatus.name(), finalStatus.label(),
                detail, null, RequestSource.current()));
    }

    public void recordStep(String caseId, String actor, String eventType, String stepKey, String stepName,
                           String detail, Instant dueAt) {
        events.save(new CaseEvent(caseId, clock.now(), actor, eventType, stepKey, stepName, detail, dueAt,
                RequestSource.current()));
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(CaseFile caseFile) {
        return events.findByCaseIdOrderByOccurredAtAsc(caseFile.getId());
    }
}
