package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;

import java.util.List;
import java.util.Optional;

public interface EntitlementRecordRepository extends JpaRepository<EntitlementRecord, String> {

    List<EntitlementRecord> findByIdNumberAndScheme(String idNumber, AssistanceScheme scheme);

    Optional<EntitlementRecord> findByCaseId(String caseId);

    Optional<EntitlementRecord> findByActiveKey(String activeKey);

    /**
     * Entitlements that run for at least one day between {@code first} and {@code last}, read-only (for payout lists
     * and transfers: a city's 100,000 are neither copied for change detection nor checked at commit).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("select e from EntitlementRecord e where e.fromDate <= :last and (e.untilDate is null or e.untilDate >= :first)")
    List<EntitlementRecord> findOverlapping(@Param("first") LocalDate first, @Param("last") LocalDate last);
}
