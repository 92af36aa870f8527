package cn.gov.xinbei.pfp.twonon;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.List;
import java.util.Optional;

public interface TwoNonHoldRepository extends JpaRepository<TwoNonHold, String> {

    /** The hold, locked until the transaction ends: two supervisors lifting it at once cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<TwoNonHold> findForUpdateById(String id);

    List<TwoNonHold> findByCaseNumberOrderByHeldFromAscIdAsc(String caseNumber);

    Optional<TwoNonHold> findFirstByIdNumberAndLiftedOnIsNullOrderByHeldFromAsc(String idNumber);
}
