package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads the record of a fee case by its case number: the details, the two parents and the deposits. */
@Component
@Transactional(readOnly = true)
public class FeeCaseRecords {

    private final CaseFileService caseFiles;
    private final MaintenanceFeeCaseRepository feeCases;
    private final FeeParentRepository parents;
    private final FeeDepositRepository deposits;

    public FeeCaseRecords(CaseFileService caseFiles, MaintenanceFeeCaseRepository feeCases,
                          FeeParentRepository parents, FeeDepositRepository deposits) {
        this.caseFiles = caseFiles;
        this.feeCases = feeCases;
        this.parents = parents;
        this.deposits = deposits;
    }

    /** The fee details, if the case has them (a case file moved in from elsewhere may not). */
    public Optional<MaintenanceFeeCase> detailsIfAny(String caseNumber) {
        return feeCases.findById(caseFiles.byNumber(caseNumber).getId());
    }

    public MaintenanceFeeCase details(String caseNumber) {
        return feeCases.findById(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new IllegalStateException("maintenance-fee case without its details: " + caseNumber));
    }

    public List<FeeParent> parents(String caseNumber) {
        return parents.findByCaseIdOrderByParent(caseFiles.byNumber(caseNumber).getId());
    }

    public List<FeeDeposit> deposits(String caseNumber) {
        return deposits.findByCaseIdOrderByDepositedOn(caseFiles.byNumber(caseNumber).getId());
    }

    public FeeParent parent(CaseFile caseFile, Parent which) {
        return parents.findByCaseIdOrderByParent(caseFile.getId()).stream().filter(p -> p.getParent() == which)
                .findFirst().orElseThrow();
    }

    /** The parents a decision was made for (a fee above zero). */
    public List<FeeParent> decided(CaseFile caseFile) {
        return parents.findByCaseIdOrderByParent(caseFile.getId()).stream()
                .filter(p -> p.getDecisionNumber() != null).toList();
    }
}
