package cn.gov.xinbei.pfp.maintenancefee;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FeeDepositRepository extends JpaRepository<FeeDeposit, String> {

    List<FeeDeposit> findByCaseIdOrderByDepositedOn(String caseId);

    boolean existsByTreasuryReceiptNumber(String receipt);
}
