package cn.gov.xinbei.pfp.assistance;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AssistanceChangeRepository extends JpaRepository<AssistanceChange, String> {

    Optional<AssistanceChange> findByPendingKey(String entitlementId);
}
