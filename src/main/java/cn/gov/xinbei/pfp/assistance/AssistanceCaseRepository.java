package cn.gov.xinbei.pfp.assistance;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssistanceCaseRepository extends JpaRepository<AssistanceCase, String> {
}
