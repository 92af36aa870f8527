package cn.gov.xinbei.pfp.twonon;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TwoNonAgencyTrackRepository extends JpaRepository<TwoNonAgencyTrack, String> {

    Optional<TwoNonAgencyTrack> findByCaseIdAndAgency(String caseId, String agency);

    /** The agencies in the order they joined: those of the acceptance first, then those added later. */
    List<TwoNonAgencyTrack> findByCaseIdOrderByAddedLateAscAddedOnAscAgencyAsc(String caseId);

    /** The order of the closing summary. */
    List<TwoNonAgencyTrack> findByCaseIdOrderByAddedLateAscAgencyAsc(String caseId);
}
