package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.PersonNames;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A case timeline as people read it (issue 15): what happened by its Chinese name (资格评估, not ELIGIBILITY), groups
 * by name (分派给：春江镇经办人, not chunjiang-clerk), people by name (张敏, not chunjiang.clerk), and where a change came
 * from without the browser's user-agent string (127.0.0.1（浏览器）). The stored timeline keeps the raw values.
 */
@Component
public class TimelineLabels {

    static final String ASSIGNED_TO = "分派给：";
    private static final Pattern ADDRESS = Pattern.compile("ip=([^;]*)");
    private static final Pattern PART = Pattern.compile("（([a-z][a-z0-9-]*)）$");
    private static final Pattern USER_AGENT = Pattern.compile("ua=(.*)$");

    /** Every event type the application writes (CaseFileService.recordStep callers and the timeline plugin). */
    static final Map<String, String> EVENT_TYPES = Map.ofEntries(
            Map.entry("REGISTERED", "登记"), Map.entry("TASK_CREATED", "环节开始"), Map.entry("TASK_COMPLETED", "环节办结"),
            Map.entry("STATUS", "状态变更"), Map.entry("CLOSED", "结案"), Map.entry("DEADLINE_RECALCULATED", "期限重算"),
            Map.entry("DEADLINE_EXTENDED", "延长期限"), Map.entry("ELIGIBILITY", "资格评估"), Map.entry("POSTED", "公示"),
            Map.entry("REVERIFIED", "年度核查"), Map.entry("EXCHANGE_NOTICE_RECEIVED", "收到外地通报"),
            Map.entry("ACCOUNT_CHANGED", "变更代发账户"), Map.entry("ACCOUNT_CORRECTED", "更正代发账户"),
            Map.entry("AGENCY_ADDED", "增加参与部门"), Map.entry("CHANGE_REJECTED", "变更不予准许"),
            Map.entry("CHANGE_REQUESTED", "申请变更"), Map.entry("CONFIGURATION_FIGURE_ENTERED", "补录配置数据"),
            Map.entry("CONFIGURATION_GAP", "等待补录配置数据"), Map.entry("CONFIRMED", "审核确认"),
            Map.entry("DEPOSIT", "缴入国库"), Map.entry("ENTITLEMENT_STOPPED", "停发扶助金"),
            Map.entry("ESCALATED", "逾期督办"), Map.entry("EVIDENCE_DECIDED", "证据处理决定"),
            Map.entry("FEE_CALCULATED", "计算征收数额"), Map.entry("FINE_PAID", "罚款缴纳"),
            Map.entry("HEARING_HELD", "举行听证"), Map.entry("HOLD", "暂停再生育审批"), Map.entry("HOLD_LIFTED", "解除暂停"),
            Map.entry("INSTALMENT_APPLIED", "申请分期缴纳"), Map.entry("INVESTIGATED", "调查取证"),
            Map.entry("MULTIPLE_CHOSEN", "确定征收倍数"), Map.entry("NOTICE_SERVED", "送达告知书"),
            Map.entry("PENALTY_DECIDED", "作出处罚决定"), Map.entry("PRIORITY", "督办"), Map.entry("REFERRED", "移送公安机关"),
            Map.entry("REVIEW", "复议、诉讼结果"), Map.entry("SUPERVISED", "督办意见"),
            Map.entry("SUPERVISION_ANSWERED", "答复督办"), Map.entry("SUPERVISION_CLOSED", "督办办结"),
            Map.entry("SUPERVISION_RAISED", "发起督办"), Map.entry("SUPERVISION_RETURNED", "督办答复退回"));

    private final Organization organization;
    private final PersonNames names;

    public TimelineLabels(Organization organization, PersonNames names) {
        this.organization = organization;
        this.names = names;
    }

    public static String eventType(String type) {
        return type == null ? "—" : EVENT_TYPES.getOrDefault(type, "其他记录");
    }

    /** "调查取证（drugs）" (a step of one agency's part of a case) → "调查取证（药品监督管理局）". */
    public String stepName(String name) {
        if (name == null) {
            return null;
        }
        Matcher part = PART.matcher(name);
        if (!part.find()) {
            return name;
        }
        String unit = organization.department(part.group(1)).map(d -> d.name())
                .or(() -> organization.townBySlug(part.group(1)).map(t -> t.name())).orElse(null);
        return unit == null ? name : name.substring(0, part.start()) + "（" + unit + "）";
    }

    public String person(String userId) {
        return names.nameOf(userId);
    }

    /** People by name for a whole page: each distinct id looked up once. */
    public Map<String, String> people(Collection<String> userIds) {
        return names.namesOf(userIds);
    }

    /** "分派给：chunjiang-clerk、bureau-clerk" → "分派给：春江镇经办人、区人口计生局经办人"; other text as it is. */
    public String detail(String detail) {
        if (detail == null || !detail.startsWith(ASSIGNED_TO)) {
            return detail;
        }
        Map<String, String> groups = organization.allGroups();
        return ASSIGNED_TO + Arrays.stream(detail.substring(ASSIGNED_TO.length()).split("、"))
                .map(String::strip)
                .map(id -> groups.containsKey(id) ? groups.get(id) : names.nameOf(id))
                .collect(Collectors.joining("、"));
    }

    /** "ip=10.0.0.5; ua=Mozilla/5.0 (…) Chrome/…" → "10.0.0.5（浏览器）"; "system" → "系统自动处理". */
    public static String source(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        if (RequestSource.SYSTEM.equals(source)) {
            return "系统自动处理";
        }
        Matcher address = ADDRESS.matcher(source);
        String ip = address.find() ? address.group(1).strip() : "";
        Matcher agent = USER_AGENT.matcher(source);
        String client = !agent.find() ? "" : agent.group(1).contains("Mozilla") ? "（浏览器）" : "（接口调用）";
        return (ip.isEmpty() || "unknown".equals(ip) ? "地址不详" : ip) + client;
    }
}
