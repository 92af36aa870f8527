package cn.gov.xinbei.pfp.secondchild;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * What follows the bureau's decision on a second-child application: the certificate and its posting, the closing of
 * an approved case, and the written refusal with the applicant's remedies. Called by the process's listeners and
 * delegates in the engine's transaction, as {@link SecondChildService} is.
 */
@Service
@Transactional
public class SecondChildOutcome {

    static final String CERTIFICATE_SERIES = "SC_CERTIFICATE";

    private final CaseFileService caseFiles;
    private final SecondChildService cases;
    private final WorkingDayCalendar calendar;
    private final SecondChildProperties limits;
    private final EngineClock clock;

    public SecondChildOutcome(CaseFileService caseFiles, SecondChildService cases, WorkingDayCalendar calendar,
                              SecondChildProperties limits, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
    }

    /** Gives the approved case the next certificate number of the year. */
    public String assignCertificateNumber(String caseNumber) {
        int year = clock.today().getYear();
        String number = limits.certificateNumberFormat().formatted(year, caseFiles.drawNumber(CERTIFICATE_SERIES, year));
        cases.details(caseNumber).assignCertificate(number);
        return number;
    }

    public void certificateIssued(String caseNumber, LocalDate issuedOn, String actor) {
        SecondChildCase details = cases.details(caseNumber);
        if (issuedOn == null) {
            throw new InvalidInputException("certificateIssuedOn", "请填写发证日期");
        }
        if (issuedOn.isAfter(clock.today()) || issuedOn.isBefore(details.getDecidedOn())) {
            throw new InvalidInputException("certificateIssuedOn", "发证日期应在批准日期（" + details.getDecidedOn() + "）与今天之间");
        }
        details.recordCertificateIssued(issuedOn);
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.CERTIFICATE_ISSUED, actor,
                "已发放《生育证》" + details.getCertificateNumber());
    }

    public void posted(String caseNumber, String place, String actor) {
        String text = SecondChildService.requiredText(place, "postingPlace", "公示地点");
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "POSTED", "publishResult", "结果公示",
                "在" + text + "公示" + limits.postingDays() + "日", null);
    }

    public void closeApproved(String caseNumber) {
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.CLOSED, "APPROVED", null, "公示期满，案件办结");
    }

    /** The written refusal must tell the applicant how to seek remedy (行政许可法 art. 38). */
    public String refusalNotice(String caseNumber) {
        SecondChildCase details = cases.details(caseNumber);
        return "不予批准。理由：" + details.getDecisionReason() + "。依据：" + details.getArticle()
                + "。如不服本决定，可自收到本决定书之日起" + limits.reconsiderationDays() + "日内向"
                + limits.reconsiderationBodies() + "申请行政复议，或者自收到之日起" + limits.lawsuitMonths()
                + "个月内向" + limits.court() + "提起行政诉讼。";
    }

    public record Remedies(LocalDate reconsiderationUntil, LocalDate lawsuitUntil) {
    }

    /**
     * The refusal is served; the remedy windows run from service: 复议 60 days (行政复议法 art. 9), suit 3 months
     * (行政诉讼法 1989 art. 39), a last day on a rest day moving to the next working day.
     */
    public Remedies refusalServed(String caseNumber, LocalDate servedOn, String actor) {
        SecondChildCase details = cases.details(caseNumber);
        if (servedOn == null) {
            throw new InvalidInputException("refusalServedOn", "请填写送达日期");
        }
        if (servedOn.isAfter(clock.today()) || servedOn.isBefore(details.getDecidedOn())) {
            throw new InvalidInputException("refusalServedOn", "送达日期应在决定日期（" + details.getDecidedOn() + "）与今天之间");
        }
        Remedies remedies = new Remedies(calendar.addCalendarDays(servedOn, limits.reconsiderationDays()),
                calendar.addMonths(servedOn, limits.lawsuitMonths()));
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.REFUSED, "REFUSED", actor,
                "不予批准决定书已于" + servedOn + "送达；申请行政复议至" + remedies.reconsiderationUntil()
                        + "，提起行政诉讼至" + remedies.lawsuitUntil());
        return remedies;
    }
}
