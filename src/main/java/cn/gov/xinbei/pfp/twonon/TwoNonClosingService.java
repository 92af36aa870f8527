package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.twonon.domain.AgencyTrack;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.BUREAU_CLERKS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.FINANCE_LIAISONS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.blank;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.requireGroup;

/** 结案 of a 两非 case: the agencies' summaries, a hold on a woman named, and the whistle-blower's reward. */
@Service
@Transactional
public class TwoNonClosingService {

    /** JS 2005 decision item 12: a verified report earns at least 10,000 元. */
    public static final BigDecimal MINIMUM_REWARD = new BigDecimal("10000");

    private final TwoNonRecords records;
    private final TwoNonAgencyTrackRepository tracks;
    private final TwoNonHolds holds;
    private final CaseFileService caseFiles;
    private final EngineClock clock;

    public TwoNonClosingService(TwoNonRecords records, TwoNonAgencyTrackRepository tracks, TwoNonHolds holds,
                                CaseFileService caseFiles, EngineClock clock) {
        this.records = records;
        this.tracks = tracks;
        this.holds = holds;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    public record Closure(Boolean reportVerified, String summary, String holdIdNumber, String holdReason) {
    }

    /** 结案: a summary line per agency is written from its record; a hold is registered when a woman is named. */
    public void close(String caseNumber, Closure c, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以结案", BUREAU_CLERKS);
        CaseFile caseFile = records.caseFile(caseNumber);
        if (c.reportVerified() == null || blank(c.summary())) {
            throw new InvalidInputException("summary", "请填写结案意见并认定举报是否属实");
        }
        List<TwoNonAgencyTrack> recorded = tracks.findByCaseIdOrderByAddedLateAscAgencyAsc(caseFile.getId());
        List<AgencyTrack> closing = recorded.stream().map(TwoNonAgencyTrack::track).toList();
        AgencyTrack.closeAll(closing);
        for (int i = 0; i < recorded.size(); i++) {
            recorded.get(i).record(closing.get(i));
        }
        if (!blank(c.holdIdNumber())) {
            holds.hold(caseFile, c.holdIdNumber(), c.holdReason(), actor);
        }
        TwoNonCase record = records.twoNonCase(caseNumber);
        record.close(c.reportVerified(), c.summary().strip());
        if (record.rewardDue()) {
            caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_REWARD, actor, c.summary().strip());
        } else {
            caseFiles.close(caseFile, CaseStatus.CLOSED, c.reportVerified() ? "举报属实，已结案" : "举报不实，已结案", actor,
                    c.summary().strip() + (record.isAnonymous() && c.reportVerified()
                            ? "（匿名举报，未登记举报人，无法兑现奖励）" : ""));
        }
    }

    @Transactional(readOnly = true)
    public List<String> agencySummaries(String caseNumber) {
        return tracks.findByCaseIdOrderByAddedLateAscAgencyAsc(records.caseFile(caseNumber).getId()).stream()
                .map(TwoNonAgencyTrack::getSummary).toList();
    }

    /** A verified, named report earns the reward (JS 2005 decision item 12). */
    @Transactional(readOnly = true)
    public boolean rewardDue(String caseNumber) {
        return records.twoNonCase(caseNumber).rewardDue();
    }

    /** The finance liaison pays the reward: at least 10,000 元; the case closes. */
    public void rewardPaid(String caseNumber, BigDecimal amount, LocalDate paidOn, String voucher, String actor,
                           Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有财政联络员可以登记举报奖励的发放", FINANCE_LIAISONS);
        CaseFile caseFile = records.caseFile(caseNumber);
        if (amount == null || amount.compareTo(MINIMUM_REWARD) < 0) {
            throw new InvalidInputException("rewardAmount", "查证属实的两非举报，奖励不少于一万元（江苏省2005年决定第十二条）");
        }
        if (paidOn == null || paidOn.isAfter(clock.today()) || blank(voucher)) {
            throw new InvalidInputException("rewardPaidOn", "请填写发放日期（不晚于今天）和付款凭证号");
        }
        records.twoNonCase(caseNumber).rewardPaid(amount, paidOn, voucher.strip());
        caseFiles.close(caseFile, CaseStatus.CLOSED, "举报属实，已结案，奖励已兑现", actor,
                "举报奖励" + amount.toPlainString() + "元，凭证" + voucher.strip());
    }
}
