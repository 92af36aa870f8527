package cn.gov.xinbei.pfp.departmentdata.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;

import java.time.LocalDate;

/**
 * A row that passed every check, with its values parsed. Optional fields are null when the row leaves them out;
 * {@code hiringCheck} is there for the HR stations' hiring checks only.
 */
public record DepartmentRecord(RecordKind kind, int lineNumber, LocalDate eventDate, String subjectName,
                               ResidentIdNumber subjectId, String partnerName, ResidentIdNumber partnerId,
                               String childName, Sex childSex, String childDocument, Integer birthOrder,
                               String detailCode, HiringCheck hiringCheck) {

    /** What an HR station's check of a hired worker found: the employer, the certificate presented and its number. */
    public record HiringCheck(String employer, boolean certificatePresented, String certificateNumber) {
    }

    /** A record of a kind other than the hiring checks. */
    public DepartmentRecord(RecordKind kind, int lineNumber, LocalDate eventDate, String subjectName,
                            ResidentIdNumber subjectId, String partnerName, ResidentIdNumber partnerId,
                            String childName, Sex childSex, String childDocument, Integer birthOrder,
                            String detailCode) {
        this(kind, lineNumber, eventDate, subjectName, subjectId, partnerName, partnerId, childName, childSex,
                childDocument, birthOrder, detailCode, null);
    }

    /** The hash of the row's natural key: the same record sent again (same or corrected file) has the same key. */
    public String recordKey() {
        return RecordKeys.sha256(String.join("|", kind.name(), subjectId.value(), eventDate.toString(),
                partnerId == null ? "" : partnerId.value(), birthOrder == null ? "" : birthOrder.toString(),
                detailCode == null ? "" : detailCode)
                // The same worker may be hired by two employers in a month: the employer is part of a check's key.
                + (hiringCheck == null ? "" : "|" + hiringCheck.employer()));
    }

    /** For births: the key the police's and the health centre's reports of the same birth share. */
    public String birthKey() {
        if (!kind.reportsBirth()) {
            throw new IllegalStateException(kind + " reports no birth");
        }
        return RecordKeys.birthKey(subjectId.value(), eventDate, birthOrder);
    }
}
