package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

import java.time.LocalDate;

/**
 * A feature that acts on the HR stations' hiring checks once a row is accepted and stored (issue 20: the arrival of
 * a hired migrant woman is registered for the town). Called in the upload's transaction: what it writes is written
 * with the upload or not at all, and what it refuses refuses the upload.
 */
public interface AcceptedHiringChecks {

    /** One accepted row of kind HIRING_CHECK, with the uploading liaison. */
    record HiringCheckRow(String recordId, String townSlug, LocalDate checkedOn, String name, ResidentIdNumber id,
                          String employer, boolean certificatePresented, String certificateNumber,
                          String uploadedBy) {
    }

    void accepted(HiringCheckRow row);
}
