package cn.gov.xinbei.pfp.configuration;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The cases held because a bureau-owned figure is not configured (table configuration_gap). A process step that
 * needs a missing figure {@link #hold holds} the case: one row per missing figure, a line in the case's timeline, and
 * the process waits at its message catch event {@value #MESSAGE} (the diagram's answer to the BPMN error
 * {@value #ERROR_CODE}). When the figure is entered, {@link #release} closes the rows and, once a case waits for no
 * other figure, correlates the message: the case goes on by itself (an asynchronous continuation, run by the job
 * executor, so the administrator's request never runs the case's own steps).
 */
@Service
@Transactional
public class ConfigurationGaps {

    /** The BPMN error a step raises when a figure it needs is missing. */
    public static final String ERROR_CODE = "CONFIGURATION_GAP";
    /** The message the waiting event catches once the figures are entered. */
    public static final String MESSAGE = "configurationFigureEntered";

    /** One open gap: a figure, and a case held for it at a step since a time. */
    public record OpenGap(String id, MissingFigure figure, String caseNumber, String processInstanceId,
                          String stepKey, String stepName, Instant waitingSince) {
    }

    /** The open gaps of one figure, with the cases it holds. */
    public record GapGroup(MissingFigure figure, Instant since, List<OpenGap> cases) {
    }

    private static final String COLUMNS = "id, figure_kind, figure_key, figure_year, area, description, case_id,"
            + " case_number, process_instance_id, step_key, step_name, waiting_since, resolved_at, resolved_by";
    private static final RowMapper<OpenGap> ROW = (rs, i) -> new OpenGap(rs.getString("id"),
            new MissingFigure(FigureKind.valueOf(rs.getString("figure_kind")), rs.getString("figure_key"),
                    rs.getInt("figure_year"), rs.getString("area"), rs.getString("description")),
            rs.getString("case_number"), rs.getString("process_instance_id"), rs.getString("step_key"),
            rs.getString("step_name"), rs.getTimestamp("waiting_since").toInstant());

    private final JdbcTemplate jdbc;
    private final CaseFileService caseFiles;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final EngineClock clock;

    public ConfigurationGaps(JdbcTemplate jdbc, CaseFileService caseFiles, RuntimeService runtimeService,
                             IdentityService identityService, EngineClock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** Records that the case waits at the step for these figures (a figure already waited for is not added twice). */
    public void hold(String caseNumber, String processInstanceId, String stepKey, String stepName,
                     List<MissingFigure> figures) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        Instant now = clock.now();
        for (MissingFigure figure : figures) {
            Integer open = jdbc.queryForObject("select count(*) from configuration_gap where process_instance_id = ?"
                            + " and figure_kind = ? and figure_key = ? and figure_year = ? and area = ?"
                            + " and resolved_at is null", Integer.class, processInstanceId, figure.kind().name(),
                    figure.key(), figure.year(), figure.area());
            if (open != null && open > 0) {
                continue;
            }
            jdbc.update("insert into configuration_gap (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " null, null)", UUID.randomUUID().toString(), figure.kind().name(), figure.key(),
                    figure.year(), figure.area(), truncate(figure.description(), 200), caseFile.getId(), caseNumber,
                    processInstanceId, truncate(stepKey, 64), truncate(stepName == null ? stepKey : stepName, 100),
                    Timestamp.from(now));
        }
        caseFiles.recordStep(caseFile.getId(), null, "CONFIGURATION_GAP", stepKey, stepName,
                "等待补录配置数据：尚未配置" + String.join("、", figures.stream().map(MissingFigure::description).toList())
                        + "。这不是办案人员的输入错误，已办理的内容均已保存；须由区人口计生局管理员在督查台“配置缺口”页面补录，"
                        + "补录后案件自动继续办理", null);
    }

    /** Every open gap, grouped by figure, the longest-waiting first. */
    @Transactional(readOnly = true)
    public List<GapGroup> open() {
        List<OpenGap> rows = jdbc.query("select " + COLUMNS + " from configuration_gap where resolved_at is null"
                + " order by waiting_since, case_number", ROW);
        Map<String, List<OpenGap>> byFigure = new LinkedHashMap<>();
        for (OpenGap row : rows) {
            MissingFigure f = row.figure();
            byFigure.computeIfAbsent(f.kind() + "|" + f.key() + "|" + f.year() + "|" + f.area(), k -> new java.util.ArrayList<>())
                    .add(row);
        }
        return byFigure.values().stream()
                .map(list -> new GapGroup(list.get(0).figure(), list.get(0).waitingSince(), List.copyOf(list)))
                .toList();
    }

    /**
     * The figure was entered: its open gaps are closed, and every case that now waits for no other figure goes on.
     *
     * @return the numbers of the cases that go on
     */
    public List<String> release(MissingFigure figure, String actor, String detail) {
        List<OpenGap> rows = jdbc.query("select " + COLUMNS + " from configuration_gap where figure_kind = ?"
                        + " and figure_key = ? and figure_year = ? and area = ? and resolved_at is null", ROW,
                figure.kind().name(), figure.key(), figure.year(), figure.area());
        Instant now = clock.now();
        Set<String> released = new LinkedHashSet<>();
        for (OpenGap row : rows) {
            jdbc.update("update configuration_gap set resolved_at = ?, resolved_by = ? where id = ?",
                    Timestamp.from(now), actor, row.id());
            Integer others = jdbc.queryForObject("select count(*) from configuration_gap where process_instance_id = ?"
                    + " and resolved_at is null", Integer.class, row.processInstanceId());
            caseFiles.recordStep(caseFiles.byNumber(row.caseNumber()).getId(), actor, "CONFIGURATION_FIGURE_ENTERED",
                    row.stepKey(), row.stepName(), "管理员已补录" + figure.description() + "（" + detail + "）"
                            + (others != null && others > 0 ? "；仍在等待其他配置数据" : "，案件继续办理"), null);
            if ((others == null || others == 0) && resume(row.processInstanceId())) {
                released.add(row.caseNumber());
            }
        }
        return List.copyOf(released);
    }

    /** Correlates the message as the system (like a timer), when the process still waits for it. */
    private boolean resume(String processInstanceId) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            boolean waiting = runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                    .eventName(MESSAGE).count() > 0;
            if (waiting) {
                runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(processInstanceId).correlate();
            }
            return waiting;
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            }
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
