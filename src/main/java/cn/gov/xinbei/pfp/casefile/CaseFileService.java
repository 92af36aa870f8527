package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** Case numbers whose ids are remembered (the cases being worked on now); the least recently used go first. */
    private static final int REMEMBERED_NUMBERS = 10_000;

    private final CaseFileRepository cases;
    private final CaseEventRepository events;
    private final CaseNumberSequenceRepository sequences;
    private final EngineClock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final Map<String, String> idsByNumber = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED_NUMBERS;
                }
            });

    public CaseFileService(CaseFileRepository cases, CaseEventRepository events,
                           CaseNumberSequenceRepository sequences, EngineClock clock, JdbcTemplate jdbc,
                           PlatformTransactionManager transactionManager) {
        this.cases = cases;
        this.events = events;
        this.sequences = sequences;
        this.clock = clock;
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public CaseFile register(CaseKind kind, String townSlug, String title, LocalDate appliedOn,
                             List<CaseParty> parties, String actor) {
        Instant now = clock.now();
        CaseFile caseFile = new CaseFile(nextCaseNumber(kind, clock.today().getYear()), kind, townSlug, title,
                appliedOn, actor, now);
        parties.forEach(caseFile::addParty);
        cases.save(caseFile);
        idsByNumber.put(caseFile.getCaseNumber(), caseFile.getId());
        events.save(new CaseEvent(caseFile.getId(), now, actor, "REGISTERED", null, null,
                kind.displayName() + "：" + title, null, RequestSource.current()));
        return caseFile;
    }

    String nextCaseNumber(CaseKind kind, int year) {
        return NUMBER_FORMAT.formatted(kind.numberPrefix(), year, drawNumber(kind.name(), year));
    }

    /**
     * The next number of a yearly series (case numbers, certificate numbers). The row is locked while drawn, and a
     * rolled-back transaction gives its number back, so numbers run without gaps. A year's first number: the row is
     * created in a transaction of its own (a node that loses the race to create it finds the other's row) and then
     * locked like any other, so two nodes drawing the first number at once get 1 and 2, not a duplicate key.
     */
    public long drawNumber(String series, int year) {
        CaseNumberSequence.Key key = new CaseNumberSequence.Key(series, year);
        return sequences.lockByKey(key).orElseGet(() -> {
            createSequence(series, year);
            return sequences.lockByKey(key).orElseThrow();
        }).draw();
    }

    private void createSequence(String series, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into case_number_sequence (case_kind, case_year, next_value) values (?, ?, 1)",
                    series, year));
        } catch (DuplicateKeyException createdByAnotherTransaction) {
            // Another node or thread created it first: draw from its row.
        }
    }

    /**
     * Claims "one open case of this kind for this person" for the case ({@code case_open_claim}, V20): refused by
     * the database's key when another open case holds it, also when that case is being registered at this moment on
     * another node (this transaction then waits for the other's outcome). Refused with the field and the message the
     * registering service's own check gives; the caller's transaction, and with it the case, is rolled back.
     */
    public void claimOpen(CaseFile caseFile, String claimKey, String field,
                          java.util.function.Function<String, String> refusalNamingTheOpenCase) {
        try {
            jdbc.update("insert into case_open_claim (claim_key, case_id) values (?, ?)", claimKey, caseFile.getId());
        } catch (DuplicateKeyException taken) {
            String openCase = jdbc.query("select f.case_number from case_open_claim c join case_file f on f.id = c.case_id"
                    + " where c.claim_key = ?", rs -> rs.next() ? rs.getString(1) : "", claimKey);
            throw new InvalidInputException(field, refusalNamingTheOpenCase.apply(openCase));
        }
    }

    /** The key of "one open case of a kind per person": the kind, a qualifier (e.g. the scheme) and the ID number. */
    public static String claimKey(CaseKind kind, String qualifier, String idNumber) {
        return kind.name() + ":" + (qualifier == null ? "" : qualifier + ":") + idNumber;
    }

    private void releaseClaims(CaseFile caseFile) {
        jdbc.update("delete from case_open_claim where case_id = ?", caseFile.getId());
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

    /**
     * The case with this number. Every task event of a case asks for it (the timeline, the step, the due date): the
     * id a number was last found under is remembered, so that within a transaction the case comes from the
     * persistence context instead of one query each (8 for one acceptance). A number never changes its case; a
     * remembered id that no longer holds that number (a registration rolled back, its number drawn again) is looked up
     * afresh.
     */
    public CaseFile byNumber(String caseNumber) {
        return findByNumber(caseNumber).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNumber));
    }

    /** {@link #byNumber}, empty when no case has this number. */
    public Optional<CaseFile> findByNumber(String caseNumber) {
        String id = idsByNumber.get(caseNumber);
        if (id != null) {
            var remembered = cases.findById(id).filter(c -> c.getCaseNumber().equals(caseNumber));
            if (remembered.isPresent()) {
                return remembered;
            }
        }
        Optional<CaseFile> found = cases.findStoredByCaseNumber(caseNumber)
                .or(() -> cases.findByCaseNumber(caseNumber));
        found.ifPresent(c -> idsByNumber.put(caseNumber, c.getId()));
        return found;
    }

    /**
     * Reads the cases with these numbers into the transaction in one query, for work that starts a process for each
     * (a batch of the annual re-verification): every task event that follows finds its case there.
     */
    public void preload(Collection<String> caseNumbers) {
        if (!caseNumbers.isEmpty()) {
            cases.findStoredByCaseNumberIn(caseNumbers).forEach(c -> idsByNumber.put(c.getCaseNumber(), c.getId()));
        }
    }

    public CaseFile byProcessInstance(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new NotFoundException("流程实例没有对应的案件"));
    }

    public void changeStatus(CaseFile caseFile, CaseStatus status, String actor, String detail) {
        Instant now = clock.now();
        caseFile.moveTo(status, now);
        if (CaseStatus.FINAL.contains(status)) {
            releaseClaims(caseFile);
        }
        events.save(new CaseEvent(caseFile.getId(), now, actor, "STATUS", status.name(), status.label(), detail, null,
                RequestSource.current()));
    }

    public void close(CaseFile caseFile, CaseStatus finalStatus, String outcome, String actor, String detail) {
        Instant now = clock.now();
        caseFile.close(finalStatus, outcome, clock.today(), now);
        releaseClaims(caseFile);
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
