package cn.gov.xinbei.pfp.organization;

import java.util.List;

/**
 * Processes only the application starts: by a call activity of another process (twoNonAgencyTrack), or on its own
 * authority as a system command without a signed-in user (caseSupervision from the escalation scan and the scan
 * itself, assistanceReverification from the annual run, the transfer run after a list transfer). No user may start them through any door: /engine-rest start and
 * submit-form, the Tasklist's start list, the webapps' engine API. WorkflowAuthorizations grants no one CREATE_INSTANCE
 * on them, and the engine refuses a start by a signed-in user anyway (security.EngineDoorsPlugin), so a grant written
 * later in Camunda Admin does not open them either. A process a user may start from outside belongs in
 * WorkflowAuthorizations' startable lists instead; ProcessStartRightsTest keeps the two lists and processes/ in step.
 */
public final class InternalProcesses {

    public static final List<String> KEYS = List.of("twoNonAgencyTrack", "caseSupervision", "assistanceReverification",
            "assistanceReverificationRun", "supervisionEscalationScan", "assistanceTransferRun");

    private InternalProcesses() {
    }

    public static boolean isInternal(String processDefinitionKey) {
        return KEYS.contains(processDefinitionKey);
    }
}
