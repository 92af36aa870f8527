package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.shared.procedure.domain.HearingNotice;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import cn.gov.xinbei.pfp.twonon.domain.AgencyTrack;
import cn.gov.xinbei.pfp.twonon.domain.Findings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.agency;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.requireLiaison;

/**
 * An agency's track up to the hearing: investigation, preserved evidence, referral to the police, prior notice and the
 * party's hearing. The rules are {@link AgencyTrack}'s; this service loads the track, lets it decide, stores it and
 * writes the case timeline. Only the agency's liaisons may act on its track.
 */
@Service
@Transactional
public class TwoNonTrackService {

    private final TwoNonRecords records;
    private final CaseFileService caseFiles;
    private final DeadlineCalculator deadlines;
    private final EngineClock clock;
    private final TwoNonProperties properties;

    public TwoNonTrackService(TwoNonRecords records, CaseFileService caseFiles, DeadlineCalculator deadlines,
                              EngineClock clock, TwoNonProperties properties) {
        this.records = records;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
    }

    public void investigated(String caseNumber, String slug, Findings f, String actor, Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        records.step(caseNumber, agency, track -> track.investigate(f, clock.today()));
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "INVESTIGATED", agency.slug(),
                agency.label() + "调查取证", f.findings().strip(), null);
    }

    /** The routing facts of a track, from the record (not from variables a form could overwrite). */
    @Transactional(readOnly = true)
    public Map<String, Boolean> trackFlags(String caseNumber, String slug) {
        AgencyTrack track = track(caseNumber, slug);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        flags.put("crimeSuspected", track.crimeSuspected());
        flags.put("penaltyProposed", track.penaltyProposed());
        flags.put("hearingRequested", track.hearingRequested());
        return flags;
    }

    /** 先行登记保存: the decision is due within 7 days (行政处罚法 1996 art. 37); null when nothing was preserved. */
    @Transactional(readOnly = true)
    public LocalDate evidenceDecisionDue(String caseNumber, String slug) {
        return track(caseNumber, slug).evidenceDecisionDue();
    }

    public void evidenceDecided(String caseNumber, String slug, LocalDate decidedOn, String decision, String actor,
                                Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        boolean late = records.onTrack(caseNumber, agency,
                track -> track.decideOnEvidence(decidedOn, decision, clock.today()));
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "EVIDENCE_DECIDED", agency.slug(),
                "登记保存证据处理决定" + (late ? "（超过七日期限）" : ""), decision.strip(), null);
    }

    /** 移送公安机关 (刑法 art. 336): recorded with the date and the transfer document's number. */
    public void referred(String caseNumber, String slug, LocalDate referredOn, String referralNumber, String actor,
                         Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        records.step(caseNumber, agency, track -> track.refer(referredOn, referralNumber, clock.today()));
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "REFERRED", agency.slug(), "移送公安机关",
                agency.label() + "移送，" + referralNumber.strip(), null);
    }

    /** 处罚告知书送达; returns the last day to request a hearing (3 days, 行政处罚法 1996 art. 42). */
    public LocalDate noticeServed(String caseNumber, String slug, LocalDate servedOn, String actor,
                                  Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        LocalDate hearingRequestDue = records.onTrack(caseNumber, agency, track -> {
            track.serveNotice(servedOn, clock.today());
            return track.hearingRequestDue(deadlines::addCalendarDays);
        });
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "NOTICE_SERVED", agency.slug(), "送达处罚告知书",
                agency.label(), null);
        return hearingRequestDue;
    }

    @Transactional(readOnly = true)
    public LocalDate hearingRequestDue(String caseNumber, String slug) {
        return track(caseNumber, slug).hearingRequestDue(deadlines::addCalendarDays);
    }

    public void hearingRequested(String caseNumber, String slug, Boolean requested, String actor,
                                 Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        records.step(caseNumber, agency, track -> track.answerHearingRequest(requested));
    }

    /**
     * 听证: the party was told the hearing's time and place at least {@code app.two-non.hearing-notice-days} (7) days
     * before it (《行政处罚法》1996 第四十二条), after the prior notice; the hearing is held after the prior notice and
     * not later than today. A refused input writes nothing.
     */
    public void hearingHeld(String caseNumber, String slug, LocalDate notifiedOn, LocalDate heldOn, String summary,
                            String actor, Collection<String> actorGroups) {
        Agency agency = requireLiaison(slug, actorGroups);
        HearingNotice notice = new HearingNotice(properties.hearingNoticeDays());
        records.step(caseNumber, agency, track -> track.holdHearing(notifiedOn, heldOn, summary, clock.today(), notice));
        caseFiles.recordStep(records.caseFile(caseNumber).getId(), actor, "HEARING_HELD", agency.slug(), "听证",
                "听证通知" + notifiedOn + "送达，" + heldOn + "举行听证：" + summary.strip(), null);
    }

    private AgencyTrack track(String caseNumber, String slug) {
        return records.track(caseNumber, agency(slug)).track();
    }
}
