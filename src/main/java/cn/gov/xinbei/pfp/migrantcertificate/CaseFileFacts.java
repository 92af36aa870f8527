package cn.gov.xinbei.pfp.migrantcertificate;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.twonon.TwoNonHolds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the case file says of a woman's (and her husband's) marriage and childbearing, read-only, for the clerk who
 * checks the facts of a 婚育证明 (条例 art. 7: 生育状况): her second-child approvals, birth registrations and
 * maintenance-fee cases in this system, and an active 两非 hold on her. One line per finding; ID numbers masked.
 */
@Component
public class CaseFileFacts {

    static final String NOTHING = "本系统中没有其再生育审批、生育登记、社会抚养费征收的案件，也没有“两非”案件暂停再生育审批的登记";
    private static final List<CaseKind> KINDS = List.of(CaseKind.SECOND_CHILD, CaseKind.BIRTH_REGISTRATION,
            CaseKind.MAINTENANCE_FEE);

    private final CaseFileService caseFiles;
    private final TwoNonHolds holds;

    public CaseFileFacts(CaseFileService caseFiles, TwoNonHolds holds) {
        this.caseFiles = caseFiles;
        this.holds = holds;
    }

    /**
     * @param exceptCaseId the application's own case, left out
     */
    @Transactional(readOnly = true)
    public String summary(String applicantIdNumber, String spouseIdNumber, String exceptCaseId) {
        List<String> lines = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String idNumber : spouseIdNumber == null ? List.of(applicantIdNumber)
                : List.of(applicantIdNumber, spouseIdNumber)) {
            String who = idNumber.equals(applicantIdNumber) ? "申请人" : "配偶";
            for (CaseKind kind : KINDS) {
                caseFiles.casesOf(kind, idNumber).stream()
                        .filter(c -> !c.getId().equals(exceptCaseId) && !seen.contains(c.getId()))
                        .sorted(Comparator.comparing(CaseFile::getCaseNumber))
                        .forEach(c -> {
                            seen.add(c.getId());
                            lines.add(who + "：" + kind.displayName() + " " + c.getCaseNumber() + "（"
                                    + c.getAppliedOn() + "，" + c.getStatus().label() + "）");
                        });
            }
            holds.activeHold(idNumber).ifPresent(twoNonCase -> lines.add(who + "（" + ResidentIdNumber.mask(idNumber)
                    + "）：两非联合办案 " + twoNonCase + " 登记暂停再生育审批，尚未解除"));
        }
        return lines.isEmpty() ? NOTHING : String.join("\n", lines);
    }
}
