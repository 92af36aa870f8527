package cn.gov.xinbei.pfp.twonon;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TwoNonHoldRepository extends JpaRepository<TwoNonHold, String> {

    List<TwoNonHold> findByCaseNumberOrderByHeldFromAscIdAsc(String caseNumber);

    Optional<TwoNonHold> findFirstByIdNumberAndLiftedOnIsNullOrderByHeldFromAsc(String idNumber);
}
