package cn.gov.xinbei.pfp.twonon;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TwoNonCaseRepository extends JpaRepository<TwoNonCase, String> {
}
