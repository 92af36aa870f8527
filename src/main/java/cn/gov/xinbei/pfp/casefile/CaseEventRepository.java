package cn.gov.xinbei.pfp.casefile;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CaseEventRepository extends JpaRepository<CaseEvent, String> {

    List<CaseEvent> findByCaseIdOrderByOccurredAtAsc(String caseId);
}
