package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface EntitlementRecordRepository extends JpaRepository<EntitlementRecord, String> {

    List<EntitlementRecord> findByIdNumberAndScheme(String idNumber, AssistanceScheme scheme);

    Optional<EntitlementRecord> findByCaseId(String caseId);

    Optional<EntitlementRecord> findByActiveKey(String activeKey);
}
