package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.calendar.DueDates;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;

import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.BUREAU_SUPERVISORS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.blank;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.requireGroup;

/** 督办 of a 两非 case: the deadline of the whole case, a supervisor's priority, and the escalation when it is overdue. */
@Service
@Transactional
public class TwoNonSupervisionService {

    public static final String OVERDUE_TIMER = "BoundaryEvent_Overdue";

    private final TwoNonRecords records;
    private final CaseFileService caseFiles;
    private final ManagementService managementService;
    private final DueDates dueDates;
    private final EngineClock clock;

    public TwoNonSupervisionService(TwoNonRecords records, CaseFileService caseFiles, ManagementService managementService,
                                    DueDates dueDates, EngineClock clock) {
        this.records = records;
        this.caseFiles = caseFiles;
        this.managementService = managementService;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** 督办: a bureau supervisor marks the case as priority and sets the deadline of the whole case. */
    public void prioritise(String caseNumber, LocalDate deadline, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局领导可以督办案件", BUREAU_SUPERVISORS);
        CaseFile caseFile = records.caseFile(caseNumber);
        if (deadline == null || !deadline.isAfter(clock.today())) {
            throw new InvalidInputException("deadline", "督办期限应晚于今天");
        }
        records.twoNonCase(caseNumber).prioritise(deadline, actor);
        caseFile.setDueOn(deadline);
        if (caseFile.getProcessInstanceId() != null) {
            for (Job job : managementService.createJobQuery().processInstanceId(caseFile.getProcessInstanceId())
                    .activityId(OVERDUE_TIMER).list()) {
                dueDates.moveTimer(job.getId(), deadline);
            }
        }
        caseFiles.recordStep(caseFile.getId(), actor, "PRIORITY", null, "督办", "办结期限" + deadline, null);
    }

    @Transactional(readOnly = true)
    public LocalDate supervisionDue(String caseNumber) {
        return records.twoNonCase(caseNumber).getSupervisionDueOn();
    }

    @Transactional(readOnly = true)
    public boolean priority(String caseNumber) {
        return records.twoNonCase(caseNumber).isPriority();
    }

    /** The overdue timer fired: recorded on the case and its timeline; the supervisors' task follows. */
    public void escalated(String caseNumber) {
        CaseFile caseFile = records.caseFile(caseNumber);
        TwoNonCase record = records.twoNonCase(caseNumber);
        record.escalated(clock.now());
        caseFiles.recordStep(caseFile.getId(), null, "ESCALATED", null, "逾期督办",
                "联合调查超过办案期限" + record.getSupervisionDueOn() + "，已提交区局领导", null);
    }

    public void escalationHandled(String caseNumber, String instruction, String actor) {
        if (blank(instruction)) {
            throw new InvalidInputException("instruction", "请填写督办意见");
        }
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "SUPERVISED", null, "督办意见",
                instruction.strip(), null);
    }
}
