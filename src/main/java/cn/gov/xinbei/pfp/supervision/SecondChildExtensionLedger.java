package cn.gov.xinbei.pfp.supervision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 照顾再生育一孩审批: the head's extension of the decision (行政许可法 art. 42, once) is second_child_case.extension_granted.
 * A desk extension sets it too, so the process's own path then refuses a second extension (SecondChildService.decide).
 */
@Component
public class SecondChildExtensionLedger implements ProcessExtensionLedger {

    private final JdbcTemplate jdbc;

    public SecondChildExtensionLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String processKey() {
        return "secondChildApproval";
    }

    @Override
    public String taskKey() {
        return "Task_DistrictDecision";
    }

    @Override
    public boolean extendedByProcess(String caseId) {
        return jdbc.queryForList("select extension_granted from second_child_case where case_id = ?", Boolean.class,
                caseId).stream().anyMatch(Boolean.TRUE::equals);
    }

    @Override
    public void recordDeskExtension(String caseId, String reason) {
        jdbc.update("update second_child_case set extension_granted = ?, extension_reason = ? where case_id = ?",
                true, reason, caseId);
    }
}
