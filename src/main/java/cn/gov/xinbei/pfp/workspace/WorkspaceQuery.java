package cn.gov.xinbei.pfp.workspace;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.validation.ParameterValue;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The case workspace's request parameters, typed (bound as one object, so every parameter that cannot be read is
 * named at once, each with its Chinese message; blank means "not given"). What depends on the deployed processes
 * (the step keys) and on the text searched (an ID number's check digit) is checked by {@link WorkspaceService}.
 *
 * @param q     a case number (whole or its beginning), a part of a party's name, or a party's full ID number
 * @param state open (办理中) or closed (已办结) cases
 * @param step  the key of a current (open) step
 * @param tasks the page of "我的待办"
 */
public record WorkspaceQuery(
        @Size(max = 40, message = "检索内容最多40个字") String q,
        @InvalidMessage("案件类型不正确") CaseKind kind,
        @InvalidMessage("办理状态应为办理中或已办结") State state,
        @InvalidMessage("案件状态不正确") CaseStatus status,
        @Size(max = 64, message = "办理环节不正确") String step,
        @InvalidMessage("排序方式不正确") Sort sort,
        @InvalidMessage(PAGE) @Min(value = 0, message = PAGE) @Max(value = 100_000, message = PAGE) Integer page,
        @InvalidMessage(SIZE) @Min(value = 1, message = SIZE) @Max(value = 100, message = SIZE) Integer size,
        @InvalidMessage(PAGE) @Min(value = 0, message = PAGE) @Max(value = 10_000, message = PAGE) Integer tasks) {

    static final String PAGE = "页码应为不小于0的整数";
    static final String SIZE = "每页条数应为1至100之间的整数";

    /** {@code state=open} or {@code state=closed}. */
    public enum State implements ParameterValue {
        OPEN("open", "办理中"), CLOSED("closed", "已办结");

        private final String param;
        private final String label;

        State(String param, String label) {
            this.param = param;
            this.label = label;
        }

        @Override
        public String param() {
            return param;
        }

        public String label() {
            return label;
        }
    }

    /** The list's order: last change (newest first, the default), case number, or the case's due date. */
    public enum Sort implements ParameterValue {
        UPDATED("updated", "最近变更"), CASE_NUMBER("caseNumber", "案件编号"), DUE("due", "办结期限");

        private final String param;
        private final String label;

        Sort(String param, String label) {
            this.param = param;
            this.label = label;
        }

        @Override
        public String param() {
            return param;
        }

        public String label() {
            return label;
        }
    }
}
