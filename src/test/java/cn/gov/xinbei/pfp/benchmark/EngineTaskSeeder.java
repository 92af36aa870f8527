package cn.gov.xinbei.pfp.benchmark;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stock side of the comparison: open Camunda tasks of a bare one-task process, offered to the towns' clerk groups,
 * each instance with the variables a Tasklist card would read. A few hundred instances are started through the engine
 * (so every row, identity link and authorization is the engine's own, plus the town's READ on the instance that
 * the application grants on its cases); then their runtime rows are copied with new ids,
 * doubling each round, until the engine holds exactly as many open tasks as the project holds open steps. Copies keep every
 * column but the ids (suffixed per round), so the engine's queries meet the same row shapes at volume.
 */
final class EngineTaskSeeder {

    static final String PROCESS_KEY = "benchmarkBareTask";
    static final String FILTER_NAME = "基准：本镇待办";
    private static final int STARTED = 500;
    private static final int VARIABLES_PER_INSTANCE = 10;
    /** Id columns: copied with a suffix so that references between the copied rows stay consistent. */
    private static final Set<String> ID_COLUMNS = Set.of("ID_", "ROOT_PROC_INST_ID_", "PROC_INST_ID_", "PARENT_ID_",
            "EXECUTION_ID_", "TASK_ID_", "VAR_SCOPE_", "BUSINESS_KEY_", "RESOURCE_ID_", "CASE_INST_ID_");
    /** The instances a round copies, chosen before it starts (a table, not a temporary one: the pool's connections vary). */
    private static final String CHOSEN_TABLE = "benchmark_chosen_instance";
    private static final String CHOSEN = "(select ID_ from " + CHOSEN_TABLE + ")";
    /** The tables a running one-task instance has rows in, parents first, each with the rows of the chosen instances. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        String tasks = "(select ID_ from ACT_RU_TASK where PROC_INST_ID_ in " + CHOSEN + ")";
        TABLES.put("ACT_RU_EXECUTION", "PROC_INST_ID_ in " + CHOSEN);
        TABLES.put("ACT_RU_TASK", "PROC_INST_ID_ in " + CHOSEN);
        TABLES.put("ACT_RU_VARIABLE", "PROC_INST_ID_ in " + CHOSEN);
        TABLES.put("ACT_RU_IDENTITYLINK", "TASK_ID_ in " + tasks);
        TABLES.put("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ in " + tasks + " or RESOURCE_ID_ in " + CHOSEN);
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final FilterService filterService;
    private final AuthorizationService authorizationService;
    private int round;

    EngineTaskSeeder(JdbcTemplate jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.runtimeService = engine.getRuntimeService();
        this.repositoryService = engine.getRepositoryService();
        this.taskService = engine.getTaskService();
        this.filterService = engine.getFilterService();
        this.authorizationService = engine.getAuthorizationService();
    }

    /** The variables a Tasklist card shows (the filter's "variables" property). */
    static final List<String> CARD_VARIABLES = List.of("caseNumber", "applicantName");

    /**
     * Deploys the bare process, starts the engine's own instances and saves a Tasklist filter of the clerk's town's
     * tasks showing {@link #CARD_VARIABLES} on each card, owned by that clerk; returns the filter's id.
     */
    String start(String clerk) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).name("基准：单一任务")
                .camundaHistoryTimeToLive(180)
                .startEvent("started").userTask("bareTask").name("审核")
                .camundaCandidateGroups("${townSlug}-clerk").camundaDueDate("${dueDate}")
                .endEvent("ended").done();
        repositoryService.createDeployment().name("benchmark").addModelInstance("benchmark-bare-task.bpmn", model)
                .deploy();
        for (int i = 0; i < STARTED; i++) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("townSlug", ProjectRowsSeeder.town(i));
            variables.put("caseNumber", "BARE-" + String.format("%07d", i));
            variables.put("applicantName", ProjectRowsSeeder.applicantName(i));
            variables.put("dueDate", Timestamp.valueOf(LocalDateTime.of(2012, 6, 1 + i % 28, 17, 0)));
            for (int v = variables.size(); v < VARIABLES_PER_INSTANCE; v++) {
                variables.put("field" + v, "内容" + i + "-" + v);
            }
            // No business key: the application keeps a case record of every process with one (its case number).
            String instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables).getId();
            // As the application grants a case's town READ on its process instance: the cards' variables.
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(ProjectRowsSeeder.town(i) + "-clerk");
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(instance);
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
        Filter filter = filterService.newTaskFilter(FILTER_NAME).setOwner(clerk)
                .setQuery(taskService.createTaskQuery().taskCandidateGroup(ProjectRowsSeeder.TOWNS.get(0) + "-clerk")
                        .includeAssignedTasks())
                .setProperties(Map.of("variables", CARD_VARIABLES.stream()
                        .map(name -> Map.of("name", name, "label", name)).toList()));
        return filterService.saveFilter(filter).getId();
    }

    /**
     * Copies instances' rows, doubling each round and copying just what is missing in the last, until {@code tasks}
     * tasks are open (one per instance); returns the number open.
     */
    int growTo(int tasks) {
        int open = openTasks();
        while (open < tasks) {
            round++;
            jdbc.execute("drop table if exists " + CHOSEN_TABLE);
            jdbc.execute("create table " + CHOSEN_TABLE + " as select ID_ from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_"
                    + " and PROC_DEF_ID_ in (select ID_ from ACT_RE_PROCDEF where KEY_ = '" + PROCESS_KEY + "')"
                    + " order by ID_ limit " + Math.min(open, tasks - open));
            String suffix = "-" + (char) ('a' + round - 1);
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                copy(table.getKey(), table.getValue(), suffix);
            }
            open = openTasks();
        }
        jdbc.execute("drop table if exists " + CHOSEN_TABLE);
        return open;
    }

    int openTasks() {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK where PROC_DEF_ID_ in (select ID_ from ACT_RE_PROCDEF"
                + " where KEY_ = ?)", Integer.class, PROCESS_KEY);
    }

    private void copy(String table, String rowsOfBenchmark, String suffix) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = database() and table_name = ? order by ordinal_position", String.class, table);
        String targets = String.join(", ", columns);
        String values = columns.stream()
                .map(c -> ID_COLUMNS.contains(c.toUpperCase()) ? "case when " + c + " is null then null else concat("
                        + c + ", '" + suffix + "') end" : c)
                .collect(Collectors.joining(", "));
        jdbc.execute("insert into " + table + " (" + targets + ") select " + values + " from " + table + " where "
                + rowsOfBenchmark);
    }
}
