package cn.gov.xinbei.pfp.casefile;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface CaseNumberSequenceRepository extends JpaRepository<CaseNumberSequence, CaseNumberSequence.Key> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CaseNumberSequence s where s.key = :key")
    Optional<CaseNumberSequence> lockByKey(@Param("key") CaseNumberSequence.Key key);
}
