package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finance's transfer of a whole payout list to the agent bank (SEED annex 3: 财政局 "将奖励扶助资金及时足额拨付到委托发放机构"):
 * one transfer for the list of a year (all towns or one town; optionally one scheme or one agent bank) instead of one
 * per case. It writes one payment per person on the list not yet transferred for that year, so the agent bank's credit
 * is still recorded per person. The confirmation cases waiting at their transfer step are moved on after it by engine
 * jobs (assistanceTransferRun: one job per case, on any node, retried), so a long list is not one long request and a
 * node that dies leaves no case behind.
 * <p>
 * Refused, writing nothing: a list with nothing left to transfer (the transfer was recorded already), a reference
 * used before in that year, an amount that is not the list's total of the persons not yet transferred (the amount is
 * the rate table's, the figure typed in only has to agree), and a list with persons without a registered account (the
 * agent bank could not credit them).
 */
@Service
public class AssistanceTransfers {

    static final String ELIGIBILITY_PROCESS = "assistanceEligibility";
    static final String TRANSFER_TASK = "Task_RecordTransfer";
    /** The process that moves a transfer's waiting cases on, and its variable naming the transfer. */
    public static final String TRANSFER_RUN = "assistanceTransferRun";
    public static final String TRANSFER_ID = "transferId";
    static final int MAX_REFERENCE_LENGTH = 40;
    private static final int NAMED_WITHOUT_ACCOUNT = 3;

    public record Transfer(String id, int year, String town, String scheme, String bank, String transferReference,
                           LocalDate transferredOn, int persons, BigDecimal amount, String recordedBy) {
    }

    private final AssistancePayouts payouts;
    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final EngineClock clock;

    public AssistanceTransfers(AssistancePayouts payouts, JdbcTemplate jdbc, TaskService taskService,
                               RuntimeService runtimeService, IdentityService identityService, EngineClock clock) {
        this.payouts = payouts;
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /**
     * Records the transfer of a list. The caller checked the year, scheme, town and bank filters and who may do it.
     *
     * @param towns the towns of the list, null for all
     */
    @Transactional
    public Transfer record(int year, AssistanceScheme scheme, Set<String> towns, String town, String bank,
                           String reference, LocalDate transferredOn, BigDecimal amount, String actor) {
        Violations violations = new Violations();
        if (reference == null || reference.isBlank()) {
            violations.add("transferReference", "请填写拨付凭证号");
        } else if (reference.strip().length() > MAX_REFERENCE_LENGTH) {
            violations.add("transferReference", "拨付凭证号不能超过" + MAX_REFERENCE_LENGTH + "个字");
        }
        if (transferredOn == null) {
            violations.add("transferredOn", "请填写拨付日期");
        } else if (transferredOn.isAfter(clock.today())) {
            violations.add("transferredOn", "拨付日期不能晚于今天");
        }
        if (amount == null) {
            violations.add("amount", "请填写拨付金额");
        } else if (amount.signum() <= 0 || amount.scale() > 2) {
            violations.add("amount", "拨付金额应为大于0的金额，最多两位小数");
        }
        violations.throwIfAny();
        String ref = reference.strip();
        List<String> earlier = jdbc.queryForList("select transfer_reference from assistance_transfer where pay_year = ?"
                + " and transfer_reference = ?", String.class, year, ref);
        if (!earlier.isEmpty()) {
            throw new InvalidInputException("transferReference", "拨付凭证号" + ref + "在" + year + "年度已登记，不能重复使用");
        }

        Set<String> paid = new HashSet<>(jdbc.queryForList("select entitlement_id from assistance_payment where pay_year = ?",
                String.class, year));
        List<AssistancePayouts.Due> pending = payouts.due(year, scheme, towns, bank).stream()
                .filter(d -> !paid.contains(d.entitlement().getId()))
                .toList();
        if (pending.isEmpty()) {
            throw new InvalidInputException("transferReference", "该发放名册" + year + "年度的扶助金已全部登记拨付"
                    + earlierReferences(year) + "，不能重复拨付");
        }
        List<AssistancePayouts.Due> withoutAccount = pending.stream()
                .filter(d -> d.entitlement().getBankAccount() == null).toList();
        if (!withoutAccount.isEmpty()) {
            throw new InvalidInputException("bank", "名册中有" + withoutAccount.size() + "人未登记代发银行账号（"
                    + String.join("、", withoutAccount.stream().limit(NAMED_WITHOUT_ACCOUNT)
                    .map(d -> d.entitlement().getFullName() + " " + d.entitlement().getIdNumberMasked()).toList())
                    + (withoutAccount.size() > NAMED_WITHOUT_ACCOUNT ? "等" : "") + "），代发银行无法入账，请先补录账号");
        }
        BigDecimal total = pending.stream().map(AssistancePayouts.Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        if (total.compareTo(amount) != 0) {
            throw new InvalidInputException("amount", "拨付金额" + amount.setScale(2).toPlainString() + "元与名册中尚未拨付的"
                    + pending.size() + "人合计" + total.toPlainString() + "元不符");
        }

        String id = UUID.randomUUID().toString();
        try {
            jdbc.update("insert into assistance_transfer (id, pay_year, town_slug, scheme, agent_bank, transfer_reference,"
                    + " transferred_on, persons, amount, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                    id, year, town, scheme == null ? null : scheme.name(), bank, ref, Date.valueOf(transferredOn),
                    pending.size(), total, actor, Timestamp.from(clock.now()));
            List<Object[]> rows = new ArrayList<>();
            for (AssistancePayouts.Due d : pending) {
                rows.add(new Object[] {UUID.randomUUID().toString(), d.entitlement().getId(), year, d.amount(), ref,
                        Date.valueOf(transferredOn), actor, id});
            }
            jdbc.batchUpdate("insert into assistance_payment (id, entitlement_id, pay_year, amount, transfer_reference,"
                    + " transferred_on, transfer_recorded_by, transfer_id) values (?,?,?,?,?,?,?,?)", rows);
        } catch (DataIntegrityViolationException e) {
            // A transfer of an overlapping list or with the same reference committed meanwhile.
            throw new InvalidInputException("transferReference", "该发放名册" + year + "年度的扶助金已登记拨付，不能重复拨付");
        }
        if (!waitingCaseNumbers(id).isEmpty()) {
            startTransferRun(id);
        }
        return new Transfer(id, year, town, scheme == null ? null : scheme.name(), bank, ref, transferredOn,
                pending.size(), total, actor);
    }

    /** The run is the application's own work, in this transaction: internal processes start without a user. */
    private void startTransferRun(String transferId) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            runtimeService.startProcessInstanceByKey(TRANSFER_RUN, transferId, Map.of(TRANSFER_ID, transferId));
        } finally {
            identityService.setAuthentication(user);
        }
    }

    /**
     * The confirmation cases waiting at their transfer step for a payment of this transfer, by case number. Their
     * steps are moved on by the transfer's run ({@code assistanceTransferRun}), one job per case, on any node.
     */
    @Transactional(readOnly = true)
    public List<String> waitingCaseNumbers(String transferId) {
        return jdbc.queryForList("select c.case_number from assistance_payment p"
                + " join assistance_entitlement e on e.id = p.entitlement_id and e.rate_year = p.pay_year"
                + " join case_file c on c.id = e.case_id"
                + " where p.transfer_id = ? and c.status = ? order by c.case_number", String.class,
                transferId, CaseStatus.CONFIRMED_AWAITING_TRANSFER.name());
    }

    /**
     * Completes a waiting case's transfer step with the transfer's reference and date, as the finance liaison who
     * recorded the transfer (whose group works these steps; the timeline names her). A step done meanwhile, or a job
     * run a second time, finds no step and does nothing.
     */
    @Transactional
    public void moveWaitingCase(String transferId, String caseNumber) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ELIGIBILITY_PROCESS).taskDefinitionKey(TRANSFER_TASK).singleResult();
        if (task == null) {
            return;
        }
        Map<String, Object> transfer = jdbc.queryForMap("select transfer_reference, transferred_on, recorded_by"
                + " from assistance_transfer where id = ?", transferId);
        String actor = (String) transfer.get("recorded_by");
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(actor, identityService.createGroupQuery().groupMember(actor).list().stream()
                .map(Group::getId).toList());
        try {
            taskService.complete(task.getId(), Map.of("transferReference", transfer.get("transfer_reference"),
                    "transferredOn", ((java.sql.Date) transfer.get("transferred_on")).toLocalDate().toString()));
        } finally {
            identityService.setAuthentication(previous);
        }
    }

    private String earlierReferences(int year) {
        List<String> references = jdbc.queryForList("select distinct transfer_reference from assistance_payment"
                + " where pay_year = ? order by transfer_reference", String.class, year);
        return references.isEmpty() ? "" : "（凭证号" + String.join("、", references.stream().limit(5).toList())
                + (references.size() > 5 ? "等" : "") + "）";
    }

    /** The list transfers of a year, newest first. */
    @Transactional(readOnly = true)
    public List<Transfer> transfers(int year) {
        return jdbc.query("select id, pay_year, town_slug, scheme, agent_bank, transfer_reference, transferred_on,"
                        + " persons, amount, recorded_by from assistance_transfer where pay_year = ?"
                        + " order by recorded_at desc, transfer_reference",
                (rs, i) -> new Transfer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getDate(7).toLocalDate(), rs.getInt(8), rs.getBigDecimal(9), rs.getString(10)),
                year);
    }

}
