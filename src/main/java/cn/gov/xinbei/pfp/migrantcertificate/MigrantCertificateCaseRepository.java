package cn.gov.xinbei.pfp.migrantcertificate;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MigrantCertificateCaseRepository extends JpaRepository<MigrantCertificateCase, String> {
}
