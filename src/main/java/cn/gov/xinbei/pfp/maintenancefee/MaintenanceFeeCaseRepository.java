package cn.gov.xinbei.pfp.maintenancefee;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface MaintenanceFeeCaseRepository extends JpaRepository<MaintenanceFeeCase, String> {

    Optional<MaintenanceFeeCase> findByChildIdNumber(String childIdNumber);
}
