package cn.gov.xinbei.pfp.twonon;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TwoNonReporterRepository extends JpaRepository<TwoNonReporter, String> {
}
