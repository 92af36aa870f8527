package cn.gov.xinbei.pfp.testing;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the tests that run whole cases: a fixed clock and a clean database between tests. */
public final class CaseTestSupport {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);
    /** Children before parents, so foreign keys hold while deleting. */
    // Children before parents. Features add their tables here (supervision tables go before case_step).
    private static final String[] CASE_TABLES = {"timer_due_basis", "holiday_notice", "configuration_gap", "configuration_figure", "annual_target_value",
            "annual_targets", "birth_check", "migrant_arrival_report", "department_record", "department_upload_error",
            "department_upload", "supervision_item", "deadline_extension", "case_step_group", "case_step_open_count", "case_step", "two_non_hold",
            "two_non_reporter", "two_non_agency", "two_non_case",
            "maintenance_fee_payment", "maintenance_fee_parent",
            "maintenance_fee_case", "second_child_case", "birth_registration_case", "migrant_certificate_case", "migrant_arrival_case", "assistance_reverification_item",
            "assistance_reverification_run", "assistance_change", "assistance_payment", "assistance_transfer",
            "assistance_entitlement", "assistance_case", "migrant_exchange_import", "case_open_claim", "case_event", "case_party_name_part", "case_party", "case_file",
            "case_number_sequence"};

    private CaseTestSupport() {
    }

    /** Moves the engine's clock (and so every deadline computation) to 9 o'clock on that day, China time. */
    public static void clockAt(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(OFFICE_HOURS).atZone(CHINA).toInstant()));
    }

    public static void resetClockAndDeleteCases(RuntimeService runtimeService, JdbcTemplate jdbc) {
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().list()
                .forEach(pi -> runtimeService.deleteProcessInstanceIfExists(pi.getId(), "test cleanup", true, true, false, false));
        for (String table : CASE_TABLES) {
            jdbc.update("delete from " + table);
        }
    }

    /** The end of a deadline day as the application stores it: 23:59:59 China time. */
    public static Date endOf(LocalDate date) {
        return Date.from(date.plusDays(1).atStartOfDay(CHINA).minusSeconds(1).toInstant());
    }

    /**
     * Starts the process and checks, in the table itself, that the register step tied the case file to the instance
     * (a defect once left {@code case_file.process_instance_id} empty in every case).
     */
    public static ProcessInstance startLinked(RuntimeService runtimeService, JdbcTemplate jdbc, String processKey,
                                              java.util.Map<String, Object> variables) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, new java.util.HashMap<>(variables));
        assertThat(jdbc.queryForObject("select process_instance_id from case_file where case_number = ?", String.class,
                instance.getBusinessKey())).as("case_file.process_instance_id of " + instance.getBusinessKey())
                .isEqualTo(instance.getId());
        return instance;
    }
}
