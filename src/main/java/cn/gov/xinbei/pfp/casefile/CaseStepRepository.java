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
}
