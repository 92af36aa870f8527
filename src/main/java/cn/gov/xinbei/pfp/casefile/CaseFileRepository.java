package cn.gov.xinbei.pfp.casefile;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.Optional;

public interface CaseFileRepository extends JpaRepository<CaseFile, String> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    /**
     * The stored case with this number, without flushing the transaction's pending changes first: a number never
     * changes its case, so only a case registered in this transaction and not yet written can be missed (then ask
     * {@link #findByCaseNumber}). Hibernate's flush before a query checks every entity of the transaction for
     * changes, which made a batch of 50 task starts quadratic.
     */
    @Query("select c from CaseFile c where c.caseNumber = :caseNumber")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<CaseFile> findStoredByCaseNumber(@Param("caseNumber") String caseNumber);

    /** {@link #findStoredByCaseNumber} for many numbers in one query. */
    @Query("select c from CaseFile c where c.caseNumber in :caseNumbers")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    java.util.List<CaseFile> findStoredByCaseNumberIn(@Param("caseNumbers") Collection<String> caseNumbers);

    Optional<CaseFile> findByProcessInstanceId(String processInstanceId);

    /** Open cases whose current deadline is on or after {@code from}. */
    java.util.List<CaseFile> findByClosedOnIsNullAndDueOnGreaterThanEqual(java.time.LocalDate from);

    @Query("""
            select distinct c from CaseFile c join c.parties p
            where c.kind = :kind and p.idNumber = :idNumber and c.status not in :finalStatuses
            """)
    java.util.List<CaseFile> findOpenByKindAndParty(@Param("kind") CaseKind kind, @Param("idNumber") String idNumber,
                                                    @Param("finalStatuses") Collection<CaseStatus> finalStatuses);

    @Query("select distinct c from CaseFile c join c.parties p where c.kind = :kind and p.idNumber = :idNumber")
    java.util.List<CaseFile> findByKindAndParty(@Param("kind") CaseKind kind, @Param("idNumber") String idNumber);

    /** Cases a user may see, filtered; null filters match everything. */
    @Query("""
            select distinct c from CaseFile c left join c.parties p
            where (:allTowns = true or c.townSlug in :towns)
              and (:kind is null or c.kind = :kind)
              and (:status is null or c.status = :status)
              and (:town is null or c.townSlug = :town)
              and (:caseNumber is null or c.caseNumber = :caseNumber)
              and (:idNumber is null or p.idNumber = :idNumber)
            """)
    Page<CaseFile> search(@Param("allTowns") boolean allTowns, @Param("towns") Collection<String> towns,
                          @Param("kind") CaseKind kind, @Param("status") CaseStatus status,
                          @Param("town") String town, @Param("caseNumber") String caseNumber,
                          @Param("idNumber") String idNumber, Pageable pageable);
}
