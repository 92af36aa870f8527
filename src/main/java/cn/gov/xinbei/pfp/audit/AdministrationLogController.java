package cn.gov.xinbei.pfp.audit;

import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.PersonNames;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.DeskUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who changed users, groups, memberships and authorizations, and the figures and targets entered on the desk
 * ({@link AdministrationAudit}), and when: Camunda's operation log of the "Admin" category (kept by
 * {@link AuditHistoryLevel}), for administrators and the bureau's supervisors.
 */
@Controller
@DeskPage
public class AdministrationLogController {

    private static final Map<String, String> OPERATIONS = Map.of(
            UserOperationLogEntry.OPERATION_TYPE_CREATE, "新建",
            UserOperationLogEntry.OPERATION_TYPE_UPDATE, "修改",
            UserOperationLogEntry.OPERATION_TYPE_DELETE, "删除",
            UserOperationLogEntry.OPERATION_TYPE_UNLOCK, "解锁",
            AdministrationAudit.OPERATION_VIEW, "查看");
    private static final Map<String, String> ENTITIES = Map.of(
            "Authorization", "权限",
            "User", "用户",
            "Group", "用户组",
            "GroupMembership", "组成员",
            "Tenant", "租户",
            "TenantMembership", "租户成员",
            AdministrationAudit.CONFIGURATION_FIGURE, "配置数据（扶助标准、征收基数）",
            AdministrationAudit.ANNUAL_TARGETS, "年度考核目标",
            AdministrationAudit.FULL_ID_NUMBER, "完整身份证号（核对环节）");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final HistoryService historyService;
    private final DeskUsers users;
    private final ZoneId zone;
    private final int pageSize;
    private final List<AdministrationChanges> changes;
    private final PersonNames names;

    public AdministrationLogController(HistoryService historyService, DeskUsers users,
                                       AdministrationLogProperties properties,
                                       List<AdministrationChanges> changes, PersonNames names) {
        this.names = names;
        this.changes = changes;
        this.historyService = historyService;
        this.users = users;
        this.zone = properties.zone();
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/desk/audit")
    @PreAuthorize(UserScope.ADMINISTRATOR_OR_BUREAU_SUPERVISOR)
    String list(Model model) {
        List<UserOperationLogEntry> entries = historyService.createUserOperationLogQuery()
                .categoryIn(UserOperationLogEntry.CATEGORY_ADMIN)
                .orderByTimestamp().desc()
                .listPage(0, pageSize);
        // One operation writes one entry per changed property; the page shows one row per operation.
        Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
        entries.forEach(e -> byOperation.computeIfAbsent(e.getOperationId(), k -> new ArrayList<>()).add(e));
        // A page names its few administrators: each looked up once.
        Map<String, String> seen = new HashMap<>();
        Function<String, String> nameOf = id -> seen.computeIfAbsent(id, names::nameOf);
        List<Row> rows = new ArrayList<>(byOperation.values().stream().map(e -> row(e, nameOf)).toList());
        changes.forEach(source -> source.recent(pageSize).forEach(c -> rows.add(new Row(
                TIME.format(c.at().atZone(zone)), nameOf.apply(c.user()), c.operation(), c.entity(), c.details()))));
        rows.sort(java.util.Comparator.comparing(Row::time).reversed());
        model.addAttribute("operations", rows.size() > pageSize ? rows.subList(0, pageSize) : rows);
        model.addAttribute("pageSize", pageSize);
        return "desk/audit/list";
    }

    private Row row(List<UserOperationLogEntry> entries, Function<String, String> nameOf) {
        UserOperationLogEntry first = entries.get(0);
        List<String> changes = entries.stream()
                .filter(e -> e.getProperty() != null)
                .map(e -> e.getProperty() + "：" + (e.getOrgValue() == null ? "" : e.getOrgValue() + " → ")
                        + (e.getNewValue() == null ? "" : e.getNewValue()))
                .toList();
        return new Row(TIME.format(first.getTimestamp().toInstant().atZone(zone)), nameOf.apply(first.getUserId()),
                OPERATIONS.getOrDefault(first.getOperationType(), first.getOperationType()),
                ENTITIES.getOrDefault(first.getEntityType(), first.getEntityType()), changes);
    }

    public record Row(String time, String user, String operation, String entity, List<String> changes) {
    }
}
