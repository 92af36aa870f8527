package cn.gov.xinbei.pfp.casefile;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CaseStepRepository extends JpaRepository<CaseStep, String> {

    List<CaseStep> findByCaseIdOrderByCreatedAtAsc(String caseId);

    /** Open steps due at or after {@code from}: the ones a changed holiday arrangement of that year may move. */
    List<CaseStep> findByEndedAtIsNullAndDueAtGreaterThanEqualOrderByDueAtAsc(Instant from);

    long countByEndedAtIsNullAndDueAtGreaterThanEqual(Instant from);

    @Query("select max(s.dueAt) from CaseStep s where s.endedAt is null")
    Optional<Instant> latestOpenDueAt();

    /** An open step with its case file. */
    record OpenStep(CaseStep step, CaseFile caseFile) {
    }

    /**
     * Open steps with their case, filtered in the database by what a user may see and the simple filters; null
     * filters match everything; allTowns=false restricts to the given towns. The case number is a LIKE pattern
     * in upper case.
     */
    @Query("""
            select s, c
            from CaseStep s, CaseFile c
            where s.caseId = c.id and s.endedAt is null
              and (:allTowns = true or c.townSlug in :towns)
              and (:kind is null or c.kind = :kind)
              and (:town is null or c.townSlug = :town)
              and (:unit is null or s.responsibleUnit = :unit)
              and (:caseNumber is null or upper(c.caseNumber) like :caseNumber)
              and (:idNumber is null or exists (select p from CaseParty p where p.caseFile = c and p.idNumber = :idNumber))
            """)
    List<Object[]> findOpenRows(@Param("allTowns") boolean allTowns, @Param("towns") Collection<String> towns,
                                @Param("kind") CaseKind kind, @Param("town") String town, @Param("unit") String unit,
                                @Param("caseNumber") String caseNumberPattern, @Param("idNumber") String idNumber);

    default List<OpenStep> findOpen(boolean allTowns, Collection<String> towns, CaseKind kind, String town,
                                    String unit, String caseNumberPattern, String idNumber) {
        // An empty "in" list is not portable SQL: pass a value no town has when every town is allowed.
        Collection<String> townList = towns == null || towns.isEmpty() ? List.of("-") : towns;
        return findOpenRows(allTowns, townList, kind, town, unit, caseNumberPattern, idNumber).stream()
                .map(row -> new OpenStep((CaseStep) row[0], (CaseFile) row[1]))
                .toList();
    }
    /**
     * Steps a user completed between two instants (from inclusive, to exclusive) that had a due date, with their
     * case: what the timeliness indicators count (办理环节按期办结率, 及时公示率). Filters as in {@link #findOpenRows}.
     */
    @Query("""
            select s, c
            from CaseStep s, CaseFile c
            where s.caseId = c.id and s.endedAt is not null and s.endKind = 'COMPLETED' and s.dueAt is not null
              and s.endedAt >= :from and s.endedAt < :to
              and (:allTowns = true or c.townSlug in :towns)
              and (:kind is null or c.kind = :kind)
              and (:town is null or c.townSlug = :town)
              and (:unit is null or s.responsibleUnit = :unit)
              and (:caseNumber is null or upper(c.caseNumber) like :caseNumber)
              and (:idNumber is null or exists (select p from CaseParty p where p.caseFile = c and p.idNumber = :idNumber))
            """)
    List<Object[]> findCompletedRows(@Param("from") Instant from, @Param("to") Instant to,
                                     @Param("allTowns") boolean allTowns, @Param("towns") Collection<String> towns,
                                     @Param("kind") CaseKind kind, @Param("town") String town, @Param("unit") String unit,
                                     @Param("caseNumber") String caseNumberPattern, @Param("idNumber") String idNumber);

    default List<OpenStep> findCompleted(Instant from, Instant to, boolean allTowns, Collection<String> towns,
                                         CaseKind kind, String town, String unit, String caseNumberPattern,
                                         String idNumber) {
        Collection<String> townList = towns == null || towns.isEmpty() ? List.of("-") : towns;
        return findCompletedRows(from, to, allTowns, townList, kind, town, unit, caseNumberPattern, idNumber).stream()
                .map(row -> new OpenStep((CaseStep) row[0], (CaseFile) row[1]))
                .toList();
    }
}
