package cn.gov.xinbei.pfp.architecture;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.OrganizationProperties;
import cn.gov.xinbei.pfp.organization.Town;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.w3c.dom.Element;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.gov.xinbei.pfp.architecture.BpmnFile.BPMN;
import static cn.gov.xinbei.pfp.architecture.BpmnFile.CAMUNDA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions every process model in processes/ keeps, so that a model edited in Camunda Modeler (the source of
 * truth: there is no generator) is checked before it is deployed. See README, "Process models and forms".
 */
public class ProcessModelConventionsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");

    /**
     * Candidate-group expressions accepted besides literal groups: routing methods that return groups composed by
     * {@link Organization#group} from config/organization.yml (the case's town clerks, the overdue task's groups, the
     * town's or bureau's supervisors, the agency's liaisons). Their beans are checked like every other reference.
     */
    private static final Set<String> GROUP_EXPRESSIONS = Set.of(
            "${caseRouting.townClerks(execution)}",
            "${supervisionRouting.responsibleGroups(execution)}",
            "${supervisionRouting.supervisors(execution)}",
            "${twoNonRouting.liaisons(execution)}");

    /** A bean used as the root of an expression: {@code ${bean.method(...)}}, {@code ${bean.property}}. */
    private static final Pattern BEAN_ROOT = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.");
    private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    private static final String DUE_DATE_SHAPE = "${dueDates.of(execution, '<feature>.<step>')}";
    private static final Pattern DUE_DATE = Pattern.compile("\\$\\{dueDates\\.of\\(execution, '([a-z][A-Za-z]*\\.[a-z][A-Za-z]*)'\\)}");
    private static final Pattern LEGAL_BASIS = Pattern.compile("依据：|《[^》]+》");

    private static Set<String> beanNames;
    private static Set<String> groups;
    private static Map<String, Path> formsById;

    @BeforeAll
    static void loadApplication() throws IOException {
        beanNames = springBeanNames();
        groups = organization().allGroups().keySet();
        formsById = forms();
    }

    public static Stream<Path> processModels() throws IOException {
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).as("process models in processes/").isNotEmpty();
            return models.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("processModels")
    void delegatesListenersAndExpressionsNameSpringBeans(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        List<String> unknown = new ArrayList<>();
        for (Element element : bpmn.elements()) {
            String delegate = delegateExpressionOf(element);
            if (delegate != null) {
                Matcher m = DELEGATE.matcher(delegate);
                if (!m.matches()) {
                    unknown.add(bpmn.describe(element) + ": delegate expression " + delegate + " is not ${bean}");
                } else if (!beanNames.contains(m.group(1))) {
                    unknown.add(bpmn.describe(element) + ": no Spring bean '" + m.group(1) + "'");
                }
            }
            for (String expression : bpmn.expressionsOf(element)) {
                Matcher m = BEAN_ROOT.matcher(expression);
                while (m.find()) {
                    if (!beanNames.contains(m.group(1))) {
                        unknown.add(bpmn.describe(element) + ": no Spring bean '" + m.group(1) + "' in " + expression);
                    }
                }
            }
        }
        assertThat(unknown).as("bean references in %s", model).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("processModels")
    void userTasksGoToGroupsOfTheOrganization(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        List<String> wrong = new ArrayList<>();
        for (Element task : bpmn.userTasks()) {
            String candidates = task.getAttributeNS(CAMUNDA, "candidateGroups").trim();
            if (candidates.isEmpty()) {
                wrong.add(bpmn.describe(task) + ": no candidate groups");
            } else if (candidates.contains("${")) {
                if (!GROUP_EXPRESSIONS.contains(candidates)) {
                    wrong.add(bpmn.describe(task) + ": candidate groups " + candidates + " is not an accepted expression");
                }
            } else {
                for (String group : candidates.split(",")) {
                    if (!groups.contains(group.trim())) {
                        wrong.add(bpmn.describe(task) + ": group '" + group.trim() + "' not in config/organization.yml");
                    }
                }
            }
        }
        assertThat(wrong).as("candidate groups in %s", model).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("processModels")
    void formReferencesNameFormsInTheFormsFolder(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        List<String> wrong = new ArrayList<>();
        for (Element task : bpmn.userTasks()) {
            if (task.getAttributeNS(CAMUNDA, "formRef").isEmpty()) {
                wrong.add(bpmn.describe(task) + ": no camunda:formRef");
            }
        }
        for (Element element : bpmn.elements()) {
            String formRef = element.getAttributeNS(CAMUNDA, "formRef");
            if (!formRef.isEmpty() && !formsById.containsKey(formRef)) {
                wrong.add(bpmn.describe(element) + ": no form with id '" + formRef + "' in forms/");
            }
            if (!element.getAttributeNS(CAMUNDA, "formKey").isEmpty()) {
                wrong.add(bpmn.describe(element) + ": camunda:formKey instead of a Camunda Form (formRef)");
            }
        }
        assertThat(wrong).as("forms of %s", model).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("processModels")
    void userTasksStateTheirLegalBasis(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        List<String> missing = bpmn.userTasks().stream()
                .filter(task -> !LEGAL_BASIS.matcher(bpmn.documentation(task)).find())
                .map(bpmn::describe)
                .toList();
        assertThat(missing).as("user tasks of %s without 依据：… or a cited 《…》 in their documentation", model).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("processModels")
    void userTasksHaveADueDateOrSayWhyNot(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        List<String> wrong = new ArrayList<>();
        for (Element task : bpmn.userTasks()) {
            boolean due = !task.getAttributeNS(CAMUNDA, "dueDate").isBlank();
            String reason = bpmn.property(task, "noDueDate");
            if (due && reason != null) {
                wrong.add(bpmn.describe(task) + ": both camunda:dueDate and noDueDate");
            } else if (!due && (reason == null || reason.isBlank())) {
                wrong.add(bpmn.describe(task) + ": neither camunda:dueDate nor a noDueDate property with its reason");
            }
        }
        assertThat(wrong).as("due dates in %s", model).isEmpty();
    }

    /**
     * One due-date mechanism: every user task's due date and every timer is {@code ${dueDates.of(execution, 'key')}}
     * (the bean {@code calendar.DueDates}; the key names a rule of a feature's {@code DueDateRules}, checked against
     * the running application by {@code DueDatesTest}). A timer takes the date as {@code timeDate}: no engine
     * business-calendar text ("5 working days", "P5D") and no other bean sets a deadline.
     */
    @ParameterizedTest
    @MethodSource("processModels")
    void dueDatesAndTimersUseTheOneDueDateExpression(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        List<String> wrong = new ArrayList<>();
        for (Element task : bpmn.userTasks()) {
            String due = task.getAttributeNS(CAMUNDA, "dueDate");
            if (!due.isBlank() && !DUE_DATE.matcher(due).matches()) {
                wrong.add(bpmn.describe(task) + ": camunda:dueDate " + due + " is not " + DUE_DATE_SHAPE);
            }
        }
        for (Element element : bpmn.elements()) {
            if (!BPMN.equals(element.getNamespaceURI()) || !"timerEventDefinition".equals(element.getLocalName())) {
                continue;
            }
            List<Element> times = new ArrayList<>();
            for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element time) {
                    times.add(time);
                }
            }
            if (times.size() != 1 || !"timeDate".equals(times.get(0).getLocalName())) {
                wrong.add(bpmn.describe(element) + ": a timer is one timeDate " + DUE_DATE_SHAPE);
            } else if (!DUE_DATE.matcher(times.get(0).getTextContent().trim()).matches()) {
                wrong.add(bpmn.describe(element) + ": timeDate " + times.get(0).getTextContent().trim()
                        + " is not " + DUE_DATE_SHAPE);
            }
        }
        for (Element element : bpmn.elements()) {
            boolean dueDatePlace = "timeDate".equals(element.getLocalName()) || "userTask".equals(element.getLocalName());
            for (String expression : bpmn.expressionsOf(element)) {
                if (expression.contains("dueDates.") && !dueDatePlace) {
                    wrong.add(bpmn.describe(element) + ": " + expression + " outside a due date or timer");
                }
            }
        }
        assertThat(wrong).as("due dates and timers of %s", model).isEmpty();
    }

    /** The keys of {@code ${dueDates.of(execution, 'key')}} in all process models, for DueDatesTest. */
    public static Set<String> dueDateKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path model : processModels().toList()) {
            BpmnFile bpmn = BpmnFile.read(model);
            for (Element element : bpmn.elements()) {
                for (String expression : bpmn.expressionsOf(element)) {
                    Matcher m = DUE_DATE.matcher(expression);
                    if (m.matches()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @MethodSource("processModels")
    void noJavaClassIsNamedInTheModel(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        List<String> classes = bpmn.elements().stream()
                .filter(e -> e.hasAttributeNS(CAMUNDA, "class")
                        || (CAMUNDA.equals(e.getNamespaceURI()) && e.hasAttribute("class")))
                .map(bpmn::describe)
                .toList();
        assertThat(classes).as("camunda:class in %s (use a delegate expression naming a bean)", model).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("processModels")
    void everyFlowNodeAndSequenceFlowIsDrawn(Path model) {
        BpmnFile bpmn = BpmnFile.read(model);
        Set<String> drawn = bpmn.drawnElements();
        List<String> undrawn = bpmn.elements().stream()
                .filter(e -> BPMN.equals(e.getNamespaceURI()) && BpmnFile.isFlowNodeOrFlow(e.getLocalName()))
                .map(e -> e.getAttribute("id"))
                .filter(id -> !drawn.contains(id))
                .toList();
        assertThat(undrawn).as("flow nodes and sequence flows of %s without a shape or edge", model).isEmpty();
    }

    @Test
    void everyFormIsUsedByAProcess() throws IOException {
        Set<String> referenced = new HashSet<>();
        for (Path model : processModels().toList()) {
            BpmnFile bpmn = BpmnFile.read(model);
            bpmn.elements().forEach(e -> referenced.add(e.getAttributeNS(CAMUNDA, "formRef")));
        }
        Set<String> orphans = new TreeSet<>(formsById.keySet());
        orphans.removeAll(referenced);
        assertThat(orphans).as("forms in forms/ that no process model refers to (camunda:formRef)").isEmpty();
    }

    /** The towns are configured in config/organization.yml only; a start form's town choice must list exactly them. */
    @Test
    void townChoicesOfFormsListTheTownsOfTheOrganization() throws IOException {
        Map<String, String> towns = organization().towns().stream()
                .collect(Collectors.toMap(Town::slug, Town::name, (a, b) -> a, TreeMap::new));
        int choices = 0;
        for (Path form : formsById.values()) {
            for (JsonNode field : new ObjectMapper().readTree(form.toFile()).findParents("values")) {
                Map<String, String> values = new TreeMap<>();
                field.get("values").forEach(v -> values.put(v.path("value").asText(), v.path("label").asText()));
                if (values.keySet().stream().anyMatch(towns::containsKey)) {
                    choices++;
                    assertThat(values).as("town choice %s in %s", field.path("key").asText(), form).isEqualTo(towns);
                }
            }
        }
        assertThat(choices).as("forms with a town choice").isPositive();
    }

    private static String delegateExpressionOf(Element element) {
        if (element.hasAttributeNS(CAMUNDA, "delegateExpression")) {
            return element.getAttributeNS(CAMUNDA, "delegateExpression");
        }
        if (CAMUNDA.equals(element.getNamespaceURI()) && element.hasAttribute("delegateExpression")) {
            return element.getAttribute("delegateExpression");
        }
        return null;
    }

    /** The names of the application's beans: its components and the @Bean methods of its classes. */
    private static Set<String> springBeanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Set<String> beans = new HashSet<>();
        scanner.findCandidateComponents("cn.gov.xinbei.pfp").forEach(definition -> {
            beans.add(names.generateBeanName(definition, registry));
            try {
                for (Method method : Class.forName(definition.getBeanClassName()).getDeclaredMethods()) {
                    Bean bean = AnnotatedElementUtils.findMergedAnnotation(method, Bean.class);
                    if (bean != null) {
                        beans.addAll(bean.name().length == 0 ? List.of(method.getName()) : List.of(bean.name()));
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(beans).as("beans found by scanning").contains("caseRouting", "organization");
        return beans;
    }

    private static Organization organization() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("organization", new FileSystemResource("config/organization.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return new Organization(Binder.get(environment).bind("app.organization", OrganizationProperties.class)
                .orElseThrow(() -> new IllegalStateException("config/organization.yml has no app.organization")));
    }

    private static Map<String, Path> forms() throws IOException {
        Map<String, Path> forms = new TreeMap<>();
        try (Stream<Path> files = Files.walk(FORMS)) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                String id = new ObjectMapper().readTree(form.toFile()).path("id").asText();
                assertThat(forms.put(id, form)).as("form id %s used twice (%s)", id, form).isNull();
            }
        }
        return forms;
    }
}
