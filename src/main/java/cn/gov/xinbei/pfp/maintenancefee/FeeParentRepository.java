package cn.gov.xinbei.pfp.maintenancefee;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FeeParentRepository extends JpaRepository<FeeParent, String> {

    List<FeeParent> findByCaseIdOrderByParent(String caseId);
}
