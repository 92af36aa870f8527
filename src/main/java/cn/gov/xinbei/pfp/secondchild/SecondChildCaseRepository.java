package cn.gov.xinbei.pfp.secondchild;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecondChildCaseRepository extends JpaRepository<SecondChildCase, String> {
}
