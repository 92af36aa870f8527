package cn.gov.xinbei.pfp.birthregistration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface BirthRegistrationCaseRepository extends JpaRepository<BirthRegistrationCase, String> {

    /** The registrations of a child already registered (a certificate issued) for this mother and birth order. */
    @Query(value = "select r.* from birth_registration_case r join case_party p on p.case_id = r.case_id"
            + " where p.id_number = :wifeIdNumber and p.party_role = 'WIFE' and r.birth_order = :birthOrder"
            + " and r.certificate_number is not null", nativeQuery = true)
    List<BirthRegistrationCase> registeredChild(@Param("wifeIdNumber") String wifeIdNumber,
                                                @Param("birthOrder") int birthOrder);
}
