package cn.gov.xinbei.pfp.migrantarrival;

import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.departmentdata.AcceptedHiringChecks;
import cn.gov.xinbei.pfp.migrantarrival.domain.ArrivalReader;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

/**
 * Arrivals through the HR stations' reports (《流动人口计划生育工作条例》 art. 9: the human resources department reports
 * what it learns of migrants' certificates; SEED annex 3: the towns' HR stations check every hired migrant worker's
 * 婚育证明 and report it to the town). Each accepted hiring check of an adult woman of childbearing age (the ID
 * number's sex and birth date; 18 to {@code app.migrant-arrival.max-age}) who has no migrantArrival case in that town
 * yet opens one for the town, in the upload's transaction. Once: the key (town, ID number) of
 * {@code migrant_arrival_report} is taken first, so a repeated or corrected upload, or a second node accepting the same
 * worker at the same moment, opens nothing more.
 */
@Component
public class HrReportedArrivals implements AcceptedHiringChecks {

    static final String MESSAGE = "migrantArrivalHrReport";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CaseFileService caseFiles;
    private final MigrantArrivalProperties properties;
    private final EngineClock clock;

    public HrReportedArrivals(JdbcTemplate jdbc, RuntimeService runtimeService, IdentityService identityService,
                              CaseFileService caseFiles, MigrantArrivalProperties properties, EngineClock clock) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.caseFiles = caseFiles;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void accepted(HiringCheckRow row) {
        ResidentIdNumber id = row.id();
        int age = id.ageOn(row.checkedOn());
        if (id.sex() != Sex.FEMALE || age < ArrivalReader.ADULT_AGE || age > properties.maxAge()) {
            return;
        }
        boolean registeredHere = caseFiles.casesOf(CaseKind.MIGRANT_ARRIVAL, id.value()).stream()
                .anyMatch(c -> c.getTownSlug().equals(row.townSlug()));
        // An open arrival in another town: she is still registered there (one open registration per woman).
        if (registeredHere || !caseFiles.openCasesOf(CaseKind.MIGRANT_ARRIVAL, id.value()).isEmpty()) {
            return;
        }
        try {
            jdbc.update("insert into migrant_arrival_report (town_slug, migrant_id_number, department_record_id,"
                            + " reported_at) values (?, ?, ?, ?)", row.townSlug(), id.value(), row.recordId(),
                    Timestamp.from(clock.now()));
        } catch (DuplicateKeyException alreadyReported) {
            return;
        }
        HrReport report = new HrReport(row.townSlug(), row.checkedOn(), row.name(), id.value(), row.employer(),
                row.certificatePresented(), row.certificateNumber(), row.recordId(), row.uploadedBy());
        ProcessInstance instance = startAsSystem(report);
        String caseId = caseFiles.byNumber(instance.getBusinessKey()).getId();
        jdbc.update("update migrant_arrival_report set case_id = ? where town_slug = ? and migrant_id_number = ?",
                caseId, row.townSlug(), id.value());
    }

    /** The liaison holds no right to start arrivals: the system starts it (the start listener refuses users). */
    private ProcessInstance startAsSystem(HrReport report) {
        Authentication liaison = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return runtimeService.startProcessInstanceByMessage(MESSAGE, report.toVariables());
        } catch (ProcessEngineException e) {
            throw invalidInputIn(e).orElseThrow(() -> e);
        } finally {
            if (liaison != null) {
                identityService.setAuthentication(liaison);
            }
        }
    }

    private static Optional<InvalidInputException> invalidInputIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }
}
