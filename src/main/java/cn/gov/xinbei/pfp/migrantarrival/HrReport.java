package cn.gov.xinbei.pfp.migrantarrival;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What an HR station's accepted hiring check says of a hired migrant woman (《流动人口计划生育工作条例》 art. 9; SEED
 * annex 3): the variables with which the system starts her arrival at the town (message start of migrantArrival).
 * The row passed the department data's own checks before it got here.
 */
record HrReport(String townSlug, LocalDate checkedOn, String name, String idNumber, String employer,
                boolean certificatePresented, String certificateNumber, String departmentRecordId,
                String reportedBy) {

    Map<String, Object> toVariables() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", townSlug);
        v.put("hrCheckDate", checkedOn.toString());
        v.put("migrantName", name);
        v.put("migrantIdNumber", idNumber);
        v.put("employer", employer);
        v.put("certificatePresented", certificatePresented);
        if (certificateNumber != null) {
            v.put("certificateNumber", certificateNumber);
        }
        v.put("departmentRecordId", departmentRecordId);
        v.put("hrReportedBy", reportedBy);
        return v;
    }

    static HrReport of(Map<String, Object> v) {
        return new HrReport((String) v.get("townSlug"), LocalDate.parse((String) v.get("hrCheckDate")),
                (String) v.get("migrantName"), (String) v.get("migrantIdNumber"), (String) v.get("employer"),
                Boolean.TRUE.equals(v.get("certificatePresented")), (String) v.get("certificateNumber"),
                (String) v.get("departmentRecordId"), (String) v.get("hrReportedBy"));
    }

    /** 人力资源保障站报告：2026-03-02招用查验，用人单位…；出示婚育证明（编号…） */
    String summary() {
        return "人力资源保障站报告：" + checkedOn + "招用查验，用人单位" + employer + "；"
                + (certificatePresented ? "出示婚育证明（编号" + certificateNumber + "）" : "未出示婚育证明")
                + "；待镇（街道）核实户籍地、现居住地址，查验婚育证明并告知服务（条例第八条、第九条）";
    }
}
