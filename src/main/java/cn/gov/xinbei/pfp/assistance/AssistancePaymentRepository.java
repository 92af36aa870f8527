package cn.gov.xinbei.pfp.assistance;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AssistancePaymentRepository extends JpaRepository<AssistancePayment, String> {

    Optional<AssistancePayment> findByEntitlementIdAndPayYear(String entitlementId, int payYear);
}
