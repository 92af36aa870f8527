package cn.gov.xinbei.pfp.assistance.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a change (变更) records. All but one stop the entitlement. REFERENCE 4.1/4.2: 奖扶 and 特扶 are paid until the beneficiary dies; 特扶 also ends
 * when the couple has or adopts another child, or the disabled child recovers (grade 4 or better). Hukou moved out of
 * the district and found ineligible on checking are the change catalogue the REFERENCE marks as inference [I].
 * A new account at the agent bank (issue 3, 变更: bank account changed) does not stop the entitlement: the payments
 * from the next transfer on go to the new account (SEED annex 3: the agent bank credits each person's account).
 */
public enum ChangeReason {
    DEATH("受益人死亡", EnumSet.of(AssistanceScheme.RURAL_AWARD, AssistanceScheme.SPECIAL_SUPPORT,
            AssistanceScheme.SURGERY_COMPLICATION)),
    HUKOU_MOVED_OUT("户口迁出本区", EnumSet.of(AssistanceScheme.RURAL_AWARD, AssistanceScheme.SPECIAL_SUPPORT,
            AssistanceScheme.SURGERY_COMPLICATION)),
    ANOTHER_CHILD("再生育或收养子女", EnumSet.of(AssistanceScheme.SPECIAL_SUPPORT)),
    CHILD_RECOVERED("伤残子女康复或残疾等级调整为四级以下", EnumSet.of(AssistanceScheme.SPECIAL_SUPPORT)),
    FOUND_INELIGIBLE("核查发现不符合条件", EnumSet.of(AssistanceScheme.RURAL_AWARD, AssistanceScheme.SPECIAL_SUPPORT,
            AssistanceScheme.SURGERY_COMPLICATION)),
    BANK_ACCOUNT_CHANGED("变更代发银行账户", EnumSet.of(AssistanceScheme.RURAL_AWARD, AssistanceScheme.SPECIAL_SUPPORT,
            AssistanceScheme.SURGERY_COMPLICATION));

    private final String label;
    private final Set<AssistanceScheme> schemes;

    ChangeReason(String label, Set<AssistanceScheme> schemes) {
        this.label = label;
        this.schemes = Set.copyOf(schemes);
    }

    public String label() {
        return label;
    }

    /** Whether the change ends the entitlement (every reason but a new bank account). */
    public boolean stopsEntitlement() {
        return this != BANK_ACCOUNT_CHANGED;
    }

    /** The one-off award is paid once and never stopped; the other reasons apply to the schemes listed. */
    public boolean appliesTo(AssistanceScheme scheme) {
        return schemes.contains(scheme);
    }
}
