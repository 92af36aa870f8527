package cn.gov.xinbei.pfp.migrantarrival;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MigrantArrivalCaseRepository extends JpaRepository<MigrantArrivalCase, String> {
}
