package cn.gov.xinbei.pfp.supervision;

/**
 * A process that can extend a step's deadline through its own path (e.g. the second-child head's approval of an
 * extension). The desk counts such an extension against the lawful maximum, and marks a desk extension there so
 * that the process's path cannot extend the same step a second time.
 */
public interface ProcessExtensionLedger {

    String processKey();

    String taskKey();

    /** Whether the case already had the extension through the process's own path. */
    boolean extendedByProcess(String caseId);

    /** Records a desk extension where the process looks for it. */
    void recordDeskExtension(String caseId, String reason);
}
