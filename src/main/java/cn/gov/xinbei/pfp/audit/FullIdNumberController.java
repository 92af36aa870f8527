package cn.gov.xinbei.pfp.audit;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The full ID numbers of the persons a step verifies (issue 15): the police liaison confirming a hukou type needs the
 * whole number, which the process variables and lists carry masked only. Shown to whoever may work an open task of
 * the case that verifies persons — the task assigned to them, or unassigned and offered to one of their groups —
 * and only while it is open; a task verifies the parties named by its BPMN property {@code verifiesParties}
 * (e.g. {@code WIFE}). Every view is written to the operation log (/desk/audit). Anything else is 404, so
 * that the answer does not reveal a case or a task. Nothing goes into process variables or their history.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/full-id-numbers")
public class FullIdNumberController {

    static final String PROPERTY = "verifiesParties";
    static final String NOT_AVAILABLE = "没有需要您核对身份的待办环节：完整身份证号仅在核对环节办理期间向承办人显示";
    private static final Map<CaseParty.Role, String> ROLES = Map.of(
            CaseParty.Role.WIFE, "女方", CaseParty.Role.HUSBAND, "男方", CaseParty.Role.BENEFICIARY, "申请人",
            CaseParty.Role.FATHER, "男方", CaseParty.Role.MOTHER, "女方", CaseParty.Role.CHILD, "子女",
            CaseParty.Role.APPLICANT, "申请人");

    private final CaseFileService caseFiles;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final AdministrationAudit audit;

    public FullIdNumberController(CaseFileService caseFiles, TaskService taskService,
                                  RepositoryService repositoryService, AdministrationAudit audit) {
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.audit = audit;
    }

    public record FullIdNumber(String role, String name, String idNumber) {
    }

    public record FullIdNumbers(String caseNumber, String step, List<FullIdNumber> persons) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    @Operation(summary = "核对环节办理期间查看当事人完整身份证号（仅限该环节的承办人，查看记入操作日志）")
    public FullIdNumbers view(Authentication authentication, @PathVariable String caseNumber) {
        CurrentUser user = CurrentUser.of(authentication);
        Task task = openVerificationTask(caseNumber, user);
        Set<String> roles = Arrays.stream(verifiedParties(task).split(",")).map(String::trim)
                .collect(Collectors.toSet());
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        List<FullIdNumber> persons = caseFile.getParties().stream()
                .filter(p -> roles.contains(p.getRole().name()))
                .map(p -> new FullIdNumber(ROLES.getOrDefault(p.getRole(), "当事人"), p.getFullName(), p.getIdNumber()))
                .toList();
        Map<String, String[]> entry = new LinkedHashMap<>();
        entry.put("案件编号", new String[] {null, caseNumber});
        entry.put("环节", new String[] {null, task.getName()});
        entry.put("查看对象", new String[] {null, persons.stream().map(p -> p.role() + p.name())
                .collect(Collectors.joining("、"))});
        audit.log(user.id(), user.groups(), AdministrationAudit.FULL_ID_NUMBER, AdministrationAudit.OPERATION_VIEW,
                entry);
        return new FullIdNumbers(caseNumber, task.getName(), persons);
    }

    /** The same for a browser following the form's link: a small Chinese page. */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Transactional
    public String page(Authentication authentication, @PathVariable String caseNumber) {
        FullIdNumbers numbers = view(authentication, caseNumber);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>完整身份证号</title></head><body><h1>完整身份证号</h1><p>案件编号："
                + HtmlUtils.htmlEscape(numbers.caseNumber()) + "；环节：" + HtmlUtils.htmlEscape(numbers.step())
                + "</p><table><tr><th>当事人</th><th>姓名</th><th>公民身份号码</th></tr>");
        for (FullIdNumber p : numbers.persons()) {
            html.append("<tr><td>").append(HtmlUtils.htmlEscape(p.role())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(p.name())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(p.idNumber())).append("</td></tr>");
        }
        return html.append("</table><p>仅供本环节核对使用，本次查看已记入操作日志。</p></body></html>").toString();
    }

    private Task openVerificationTask(String caseNumber, CurrentUser user) {
        List<Task> mine = new ArrayList<>(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .active().taskAssignee(user.id()).list());
        if (!user.groups().isEmpty()) {
            mine.addAll(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).active()
                    .taskCandidateGroupIn(user.groups()).list());
        }
        return mine.stream().filter(t -> !verifiedParties(t).isBlank()).findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_AVAILABLE));
    }

    private String verifiedParties(Task task) {
        BaseElement element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return "";
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> PROPERTY.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse("");
    }
}
