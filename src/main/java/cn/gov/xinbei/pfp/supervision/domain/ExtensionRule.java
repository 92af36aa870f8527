package cn.gov.xinbei.pfp.supervision.domain;

/** A step whose time limit the law allows to extend: at most {@code maxWorkingDays} in total, on this basis. */
public record ExtensionRule(String processKey, String taskKey, int maxWorkingDays, String legalBasis) {

    public boolean covers(String processKey, String taskKey) {
        return this.processKey.equals(processKey) && this.taskKey.equals(taskKey);
    }
}
