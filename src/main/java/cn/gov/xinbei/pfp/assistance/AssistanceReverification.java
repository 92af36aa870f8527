package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 年度核查: one action starts a re-verification (process assistanceReverification, a task for the beneficiary's town)
 * for every current beneficiary of the running schemes (the one-off award is excluded: it is paid once). The work is
 * durable engine work (issue 18): {@link #begin} writes the run's row and starts the process
 * {@code assistanceReverificationRun} in one transaction; its asynchronous service task starts one batch per job, on
 * the job executor of whichever node takes it, each batch with its record rows in the job's transaction. A node that
 * dies mid-batch leaves the job locked until the lock expires and another node does it again; a batch that keeps
 * failing becomes an incident (Cockpit) and the run reads FAILED until it is started again, which resumes it. The
 * progress comes from the database: the rows of the beneficiaries started and the engine's state of the run, never
 * from a flag in a node's memory. {@code uk_assistance_reverification_item} keeps one task per beneficiary and year.
 */
@Service
public class AssistanceReverification {

    static final String PROCESS_KEY = "assistanceReverification";
    static final String RUN_PROCESS_KEY = "assistanceReverificationRun";
    static final String FAILED_MESSAGE = "启动核查任务的后台作业多次失败（已在流程监控中记为事件），请排除原因后重新启动本年度核查，已启动的不会重复";
    private static final Logger log = LoggerFactory.getLogger(AssistanceReverification.class);

    public record Progress(int year, int total, int started, String status, String failure) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final AssistanceProcessProperties properties;
    private final EngineClock clock;
    private final AgentBankProperties banks;
    private final CaseFileService caseFiles;

    public AssistanceReverification(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                    RuntimeService runtimeService, ManagementService managementService,
                                    IdentityService identityService, AssistanceProcessProperties properties,
                                    EngineClock clock, AgentBankProperties banks, CaseFileService caseFiles) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.properties = properties;
        this.clock = clock;
        this.banks = banks;
        this.caseFiles = caseFiles;
    }

    /**
     * Opens the run of a year and starts its engine process, or resumes a run whose batch job failed (its retries are
     * given back). Refused while a run of that year is going on or after it finished, also when two requests (two
     * nodes) start the same year at once: the run's row is locked (or its key refuses the second insert), so there is
     * never a second runner.
     */
    public Progress begin(int year, String actor) {
        int today = clock.today().getYear();
        if (year < 2004 || year > today) {
            throw new InvalidInputException("year", "核查年度应在2004年至" + today + "年之间");
        }
        // The run is the application's own work, not the user's: internal processes start without a user.
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return newTransaction.execute(status -> open(year, actor));
        } catch (DuplicateKeyException startedMeanwhile) {
            throw new InvalidInputException("year", year + "年度核查已经启动（" + label(progress(year).orElseThrow())
                    + "），不能重复启动");
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }

    private Progress open(int year, String actor) {
        List<String> status = jdbc.queryForList("select status from assistance_reverification_run"
                + " where verification_year = ? for update", String.class, year);
        int total = countBeneficiaries(year);
        if (status.isEmpty()) {
            jdbc.update("insert into assistance_reverification_run (verification_year, total, started, status,"
                    + " started_by, started_at) values (?, ?, 0, 'RUNNING', ?, ?)", year, total, actor,
                    Timestamp.from(clock.now()));
            startRun(year);
            return progress(year).orElseThrow();
        }
        Progress existing = progress(year).orElseThrow();
        ProcessInstance run = runOf(year);
        if (run != null && !"FAILED".equals(existing.status()) || "FINISHED".equals(status.get(0))) {
            throw new InvalidInputException("year", year + "年度核查已经启动（" + label(existing) + "），不能重复启动");
        }
        jdbc.update("update assistance_reverification_run set status = 'RUNNING', failure = null, total = ?,"
                + " started_by = ? where verification_year = ?", total, actor, year);
        if (run == null) {
            // A run of an earlier version (no engine process) left RUNNING or FAILED: resumed as engine work.
            startRun(year);
        } else {
            // The failed batch job gets its retries back and is due now: the next job executor to look takes it.
            managementService.createJobQuery().processInstanceId(run.getId()).noRetriesLeft().list().forEach(job -> {
                managementService.setJobRetries(job.getId(), 3);
                managementService.setJobDuedate(job.getId(), java.util.Date.from(clock.now()));
            });
        }
        log.info("Annual re-verification {} resumed by {}", year, actor);
        return progress(year).orElseThrow();
    }

    private void startRun(int year) {
        runtimeService.startProcessInstanceByKey(RUN_PROCESS_KEY, runKey(year),
                Map.of("verificationYear", year, "lastEntitlementId", ""));
    }

    static String runKey(int year) {
        return "年度核查-" + year;
    }

    private ProcessInstance runOf(int year) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(RUN_PROCESS_KEY)
                .processInstanceBusinessKey(runKey(year)).singleResult();
    }

    /**
     * Does the run's pending jobs in the calling thread until none is left (tests and the benchmark, where no job
     * executor runs); a job that fails is left to its retries, as the job executor would.
     */
    public Progress runBatches(int year) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            ProcessInstance run;
            while ((run = runOf(year)) != null) {
                var job = managementService.createJobQuery().processInstanceId(run.getId()).executable().listPage(0, 1);
                if (job.isEmpty()) {
                    break;
                }
                try {
                    managementService.executeJob(job.get(0).getId());
                } catch (RuntimeException failed) {
                    log.warn("A batch of the annual re-verification {} failed: {}", year, failed.getClass().getName());
                }
            }
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
        return progress(year).orElseThrow();
    }

    /** The last batch is started: the run's row says so, in the job's transaction. */
    public void finish(int year) {
        jdbc.update("update assistance_reverification_run set status = 'FINISHED', finished_at = ?"
                + " where verification_year = ?", Timestamp.from(clock.now()), year);
    }

    /**
     * Starts the next batch after entitlement id {@code after} (the ids are compared as the database orders them), in
     * the caller's transaction (the run's job). Keyset: each batch continues after the last entitlement id of the one
     * before, so a batch reads only its own rows however many there are.
     *
     * @return the last entitlement id of the batch, or null when there was none left
     */
    public String startBatch(int year, String after) {
        List<Map<String, Object>> batch = jdbc.queryForList("select e.id, e.full_name, e.id_number_masked, e.scheme,"
                + " e.agent_bank, e.bank_account, c.case_number, c.title"
                + " from assistance_entitlement e join case_file c on c.id = e.case_id"
                + " where e.id > ? and e.status = 'ACTIVE' and e.scheme <> ? and e.from_date < ? and not exists"
                + " (select 1 from assistance_reverification_item i where i.entitlement_id = e.id and i.verification_year = ?)"
                + " order by e.id limit ?", after, AssistanceScheme.RETIREE_ONE_OFF_AWARD.name(),
                java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)), year, properties.reverificationBatchSize());
        if (batch.isEmpty()) {
            return null;
        }
        caseFiles.preload(batch.stream().map(row -> (String) row.get("case_number")).toList());
        List<Object[]> items = new ArrayList<>(batch.size());
        for (Map<String, Object> row : batch) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("verificationYear", String.valueOf(year));
            variables.put("caseNumber", row.get("case_number"));
            variables.put("caseTitle", row.get("title") + " " + year + "年度核查");
            variables.put("holderName", row.get("full_name"));
            variables.put("holderIdNumber", row.get("id_number_masked"));
            variables.put("schemeName", AssistanceScheme.valueOf((String) row.get("scheme")).chineseName());
            String bank = (String) row.get("agent_bank");
            variables.put("agentBankName", bank == null ? BankAccount.NOT_REGISTERED : banks.nameOf(bank));
            variables.put("bankAccount", BankAccount.mask((String) row.get("bank_account")));
            String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, (String) row.get("case_number"),
                    variables).getId();
            items.add(new Object[] {UUID.randomUUID().toString(), year, row.get("id"), instanceId});
        }
        // In the batch's transaction, as the tasks: one batch of inserts (one multi-row INSERT on MySQL).
        jdbc.batchUpdate("insert into assistance_reverification_item (id, verification_year, entitlement_id,"
                + " process_instance_id) values (?, ?, ?, ?)", items);
        jdbc.update("update assistance_reverification_run set started = started + ? where verification_year = ?",
                batch.size(), year);
        return (String) batch.get(batch.size() - 1).get("id");
    }

    private int countBeneficiaries(int year) {
        return jdbc.queryForObject("select count(*) from assistance_entitlement where status = 'ACTIVE' and scheme <> ?"
                + " and from_date < ?", Integer.class, AssistanceScheme.RETIREE_ONE_OFF_AWARD.name(),
                java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)));
    }

    /**
     * The run's progress from the database: the beneficiaries started are the record rows, the state the run's row
     * and, while it runs, the engine's: a run whose batch job has no retries left (an incident), or a run of an earlier
     * version with no engine process behind it, is FAILED and may be started again.
     */
    public Optional<Progress> progress(int year) {
        return jdbc.query("select verification_year, total, status from assistance_reverification_run"
                        + " where verification_year = ?", (rs, i) -> {
                    int started = jdbc.queryForObject("select count(*) from assistance_reverification_item"
                            + " where verification_year = ?", Integer.class, year);
                    String status = rs.getString(3);
                    if ("RUNNING".equals(status) && !runningInEngine(year)) {
                        status = "FAILED";
                    }
                    return new Progress(rs.getInt(1), rs.getInt(2), started, status,
                            "FAILED".equals(status) ? FAILED_MESSAGE : null);
                }, year)
                .stream().findFirst();
    }

    private boolean runningInEngine(int year) {
        ProcessInstance run = runOf(year);
        return run != null && managementService.createJobQuery().processInstanceId(run.getId()).noRetriesLeft()
                .count() == 0;
    }

    private static String label(Progress progress) {
        return switch (progress.status()) {
            case "RUNNING" -> "进行中，已启动" + progress.started() + "/" + progress.total();
            case "FINISHED" -> "已完成，共" + progress.total() + "人";
            default -> "失败";
        };
    }
}
