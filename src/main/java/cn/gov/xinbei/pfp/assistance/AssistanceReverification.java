package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 年度核查: one action starts a re-verification (process assistanceReverification, a task for the beneficiary's town)
 * for every current beneficiary of the running schemes (the one-off award is excluded: it is paid once). The work is
 * done in batches, each in its own transaction, and the run's row counts what has been started, so the progress is
 * visible while it runs; a run that failed half-way can be started again and skips the beneficiaries already started.
 */
@Service
public class AssistanceReverification {

    static final String PROCESS_KEY = "assistanceReverification";
    private static final Logger log = LoggerFactory.getLogger(AssistanceReverification.class);

    public record Progress(int year, int total, int started, String status, String failure) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final RuntimeService runtimeService;
    private final AssistanceProcessProperties properties;
    private final EngineClock clock;
    private final AgentBankProperties banks;

    public AssistanceReverification(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                    RuntimeService runtimeService, AssistanceProcessProperties properties,
                                    EngineClock clock, AgentBankProperties banks) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.clock = clock;
        this.banks = banks;
    }

    /**
     * Opens the run of a year (or reopens a failed one) and counts the beneficiaries. Refused while a run of that year
     * is going on or after it finished.
     */
    public Progress begin(int year, String actor) {
        int today = clock.today().getYear();
        if (year < 2004 || year > today) {
            throw new InvalidInputException("year", "核查年度应在2004年至" + today + "年之间");
        }
        return newTransaction.execute(status -> {
            Optional<Progress> existing = progress(year);
            int total = countBeneficiaries(year);
            if (existing.isPresent()) {
                if (!"FAILED".equals(existing.get().status())) {
                    throw new InvalidInputException("year", year + "年度核查已经启动（" + label(existing.get()) + "），不能重复启动");
                }
                jdbc.update("update assistance_reverification_run set status = 'RUNNING', failure = null, total = ?,"
                        + " started_by = ? where verification_year = ?", total, actor, year);
            } else {
                jdbc.update("insert into assistance_reverification_run (verification_year, total, started, status,"
                        + " started_by, started_at) values (?, ?, 0, 'RUNNING', ?, ?)", year, total, actor,
                        Timestamp.from(clock.now()));
            }
            return progress(year).orElseThrow();
        });
    }

    /** Starts the re-verifications of an opened run, batch by batch, until none is left; records a failure. */
    public Progress runBatches(int year) {
        try {
            // Keyset: each batch continues after the last entitlement id of the one before, so a batch reads only its
            // own rows however many there are (an offset or a plain "not yet started" scan would re-read the whole
            // register for every batch: quadratic in the number of beneficiaries).
            String after = "";
            while (after != null) {
                String from = after;
                after = newTransaction.execute(status -> startBatch(year, from));
            }
            newTransaction.executeWithoutResult(status -> jdbc.update("update assistance_reverification_run set"
                    + " status = 'FINISHED', finished_at = ? where verification_year = ?", Timestamp.from(clock.now()), year));
        } catch (RuntimeException e) {
            log.error("Annual re-verification {} failed", year, e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            newTransaction.executeWithoutResult(status -> jdbc.update("update assistance_reverification_run set"
                    + " status = 'FAILED', failure = ? where verification_year = ?",
                    message.substring(0, Math.min(1000, message.length())), year));
        }
        return progress(year).orElseThrow();
    }

    /**
     * Starts the next batch after entitlement id {@code after} (the ids are compared as the database orders them).
     *
     * @return the last entitlement id of the batch, or null when there was none left
     */
    private String startBatch(int year, String after) {
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
            jdbc.update("insert into assistance_reverification_item (id, verification_year, entitlement_id,"
                    + " process_instance_id) values (?, ?, ?, ?)", UUID.randomUUID().toString(), year, row.get("id"), instanceId);
        }
        jdbc.update("update assistance_reverification_run set started = started + ? where verification_year = ?",
                batch.size(), year);
        return (String) batch.get(batch.size() - 1).get("id");
    }

    private int countBeneficiaries(int year) {
        return jdbc.queryForObject("select count(*) from assistance_entitlement where status = 'ACTIVE' and scheme <> ?"
                + " and from_date < ?", Integer.class, AssistanceScheme.RETIREE_ONE_OFF_AWARD.name(),
                java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)));
    }

    public Optional<Progress> progress(int year) {
        return jdbc.query("select verification_year, total, started, status, failure from assistance_reverification_run"
                        + " where verification_year = ?",
                (rs, i) -> new Progress(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)), year)
                .stream().findFirst();
    }

    private static String label(Progress progress) {
        return switch (progress.status()) {
            case "RUNNING" -> "进行中，已启动" + progress.started() + "/" + progress.total();
            case "FINISHED" -> "已完成，共" + progress.total() + "人";
            default -> "失败";
        };
    }
}
