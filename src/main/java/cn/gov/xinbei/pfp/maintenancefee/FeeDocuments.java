package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.documents.DocumentFont;
import cn.gov.xinbei.pfp.documents.DocumentsProperties;
import cn.gov.xinbei.pfp.documents.PdfComposer;
import cn.gov.xinbei.pfp.maintenancefee.domain.ChineseAmount;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeAssessment;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeDeadlines;
import cn.gov.xinbei.pfp.maintenancefee.domain.LegalBasis;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.maintenancefee.domain.ParentAssessment;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The printed documents of a 社会抚养费 case (REFERENCE.md 5.3): the 《社会抚养费征收决定书》, one per parent decided
 * on, and the 《催告书》 before the court is asked (行政强制法 arts. 53, 54), one per parent who still owes. Both name
 * the party in full with the full ID number, as a document served on that person must; the text is never logged.
 * Dates that run from service are printed once the service is recorded.
 */
@Service
@Transactional(readOnly = true)
public class FeeDocuments {

    static final String DECISION_TITLE = "社会抚养费征收决定书";
    static final String REMINDER_TITLE = "催告书";

    private final FeeCaseRecords records;
    private final FeeAssessor assessor;
    private final FeeCollection collection;
    private final CaseFileService caseFiles;
    private final Organization organization;
    private final WorkingDayCalendar calendar;
    private final DocumentFont font;
    private final DocumentsProperties settings;
    private final EngineClock clock;

    public FeeDocuments(FeeCaseRecords records, FeeAssessor assessor, FeeCollection collection,
                        CaseFileService caseFiles, Organization organization,
                        WorkingDayCalendar calendar, DocumentFont font, DocumentsProperties settings, EngineClock clock) {
        this.records = records;
        this.assessor = assessor;
        this.collection = collection;
        this.caseFiles = caseFiles;
        this.organization = organization;
        this.calendar = calendar;
        this.font = font;
        this.settings = settings;
        this.clock = clock;
    }

    /** The case has no such document yet (no decision; nothing overdue): the message says why, in Chinese. */
    public static class NotAvailableException extends RuntimeException {
        public NotAvailableException(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------------------------------- availability

    /** Why the decision cannot be printed yet, or empty when it can. */
    public Optional<String> decisionUnavailable(String caseNumber) {
        Optional<MaintenanceFeeCase> details = records.detailsIfAny(caseNumber);
        if (details.map(MaintenanceFeeCase::getDecidedOn).isEmpty() || decided(caseNumber).isEmpty()) {
            return Optional.of("本案尚未作出社会抚养费征收决定，不能打印《" + DECISION_TITLE + "》");
        }
        return Optional.empty();
    }

    /** Why the reminder cannot be printed yet, or empty when it can. */
    public Optional<String> reminderUnavailable(String caseNumber) {
        Optional<String> noDecision = decisionUnavailable(caseNumber);
        if (noDecision.isPresent()) {
            return Optional.of("本案尚未作出社会抚养费征收决定，不能打印《" + REMINDER_TITLE + "》");
        }
        List<FeeParent> decided = decided(caseNumber);
        if (decided.stream().anyMatch(p -> p.getServedOn() == null)) {
            return Optional.of("征收决定书尚未全部送达，决定未生效，不能催告");
        }
        LocalDate asOf = reminderDate(caseNumber);
        if (owing(caseNumber, asOf).isEmpty()) {
            LocalDate due = decided.stream().map(p -> records.details(caseNumber).effectiveDeadline(p))
                    .max(LocalDate::compareTo).orElseThrow();
            return Optional.of(asOf.isAfter(due) ? "当事人已缴清社会抚养费和滞纳金，无须催告"
                    : "缴款期限（至" + date(due) + "）尚未届满，不能催告");
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------------- 征收决定书

    public byte[] decision(String caseNumber) {
        decisionUnavailable(caseNumber).ifPresent(reason -> {
            throw new NotAvailableException(reason);
        });
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        FeeAssessment assessment = assessor.currentAssessment(caseNumber);
        List<FeeParent> decided = decided(caseNumber);
        String town = organization.townBySlug(caseFile.getTownSlug()).map(t -> t.name()).orElse(caseFile.getTownSlug());
        try (PdfComposer pdf = new PdfComposer(font, DECISION_TITLE + " " + caseNumber, "案件编号" + caseNumber)) {
            boolean first = true;
            for (FeeParent p : decided) {
                ParentAssessment assessed = assessment.parent(p.getParent());
                if (assessed.total().compareTo(p.getFee()) != 0) {
                    throw new NotAvailableException("按现行基数和倍数计算的" + p.getParent().label() + "征收数额（"
                            + ChineseAmount.figures(assessed.total()) + "元）与记录的数额（" + ChineseAmount.figures(p.getFee())
                            + "元）不一致，请核对基数配置后重新计算");
                }
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                decisionOf(pdf, caseFile, details, p, assessed, decided, town);
            }
            return pdf.toBytes();
        }
    }

    private void decisionOf(PdfComposer pdf, CaseFile caseFile, MaintenanceFeeCase details, FeeParent p,
                            ParentAssessment assessed, List<FeeParent> decided, String town) {
        pdf.centered(settings.issuingAuthority(), 16).gap(4)
                .centered(DECISION_TITLE, PdfComposer.TITLE_SIZE).gap(4)
                .centered(p.getDecisionNumber(), PdfComposer.BODY_SIZE).gap(12);
        pdf.paragraph("当事人：" + partyLine(caseFile, p) + "，" + p.getHukouCategory().label() + "，所在镇（街道）："
                + town + "。", PdfComposer.BODY_SIZE, false);
        decided.stream().filter(o -> o.getParent() != p.getParent()).forEach(o -> pdf.paragraph("另一方当事人"
                + o.getFullName() + "由本局另行作出决定（" + o.getDecisionNumber() + "）。", PdfComposer.BODY_SIZE, false));
        pdf.gap(6);
        StringBuilder facts = new StringBuilder("经查：").append(sentence(details.getSituationText()));
        if (details.getMarriageBirthHistory() != null) {
            facts.append(sentence(details.getMarriageBirthHistory()));
        }
        facts.append("孩子").append(details.getChildName() == null ? "" : details.getChildName()).append("于")
                .append(date(details.getChildBirthDate())).append("出生。");
        if (details.getInvestigators() != null) {
            facts.append("上述事实由本局执法人员").append(details.getInvestigators()).append("调查核实。");
        }
        pdf.paragraph(facts.toString());
        if (details.getNoticeServedOn() != null) {
            pdf.paragraph("本局于" + date(details.getNoticeServedOn()) + "向你送达《社会抚养费征收告知书》，告知拟征收社会抚养费的"
                    + "事实、理由、依据及你依法享有的陈述、申辩权利。" + statement(details));
        }
        pdf.paragraph("本局认为，你的行为属于" + details.getSituation().label() + "。依据" + LegalBasis.NATIONAL_LAW_ART_41
                + "、" + LegalBasis.JIANGSU_BASE_AND_TOP_UP + "、" + details.getSituation().legalBasis() + "和"
                + LegalBasis.DECREE_357_ART_4 + "的规定，决定对你征收社会抚养费。计算如下：");
        for (String line : assessed.lines()) {
            pdf.paragraph(line);
        }
        pdf.paragraph("应缴纳社会抚养费：人民币" + ChineseAmount.figures(p.getFee()) + "元（大写：" + ChineseAmount.capital(p.getFee())
                + "）。");
        pdf.gap(6);
        pdf.paragraph("本决定自送达之日起生效。请你自收到本决定书之日起" + FeeDeadlines.PAYMENT_DAYS + "日内一次性缴纳（"
                + LegalBasis.DECREE_357_ART_6 + "）。缴纳方式：" + sentence(settings.paymentPlace())
                + "确有实际困难的，可以自收到本决定书之日起" + FeeDeadlines.INSTALMENT_APPLICATION_DAYS
                + "日内向本局书面申请分期缴纳，本局自收到申请之日起30日内书面答复。");
        pdf.paragraph("逾期不缴纳的，自欠缴之日起每月加收欠缴部分千分之二（2‰）的滞纳金（" + LegalBasis.DECREE_357_ART_8
                + "），滞纳金数额不得超出应缴纳的社会抚养费数额（" + LegalBasis.LATE_FEE_CAP + "）。");
        pdf.paragraph("如不服本决定，可以自收到本决定书之日起" + FeeDeadlines.RECONSIDERATION_DAYS + "日内向"
                + settings.reconsiderationBodies() + "申请行政复议（" + LegalBasis.RECONSIDERATION + "），或者自收到本决定书之日起"
                + FeeDeadlines.LAWSUIT_MONTHS + "个月内直接向" + settings.court() + "提起行政诉讼（" + LegalBasis.LAWSUIT
                + "）。复议、诉讼期间，本决定不停止执行（" + LegalBasis.DECREE_357_ART_9 + "）。逾期不申请行政复议、不提起行政诉讼"
                + "又不缴纳的，本局将依法申请人民法院强制执行（" + LegalBasis.NATIONAL_LAW_ART_41 + "、"
                + LegalBasis.COURT_ENFORCEMENT + "）。");
        if (p.getServedOn() != null) {
            pdf.paragraph("本决定书于" + date(p.getServedOn()) + "送达。据此：缴款期限及分期缴纳申请期限至" + date(p.getPaymentDue())
                    + "；申请行政复议期限至" + date(p.getReconsiderationUntil()) + "；提起行政诉讼期限至"
                    + date(p.getLawsuitUntil()) + "（期间届满日为法定节假日的，顺延至节假日后的第一个工作日，"
                    + LegalBasis.PERIOD_RULE + "）。");
        }
        pdf.gap(24).right(settings.issuingAuthority() + "（印章）", PdfComposer.BODY_SIZE)
                .right(date(details.getDecidedOn()), PdfComposer.BODY_SIZE);
    }

    private static String statement(MaintenanceFeeCase details) {
        if (!Boolean.TRUE.equals(details.getStatementMade())) {
            return "你在规定期限内未提出陈述、申辩。";
        }
        return Boolean.TRUE.equals(details.getStatementAccepted())
                ? "你提出了陈述、申辩，经复核理由成立，本局予以采纳并重新核定。"
                : "你提出了陈述、申辩，经复核理由不成立，不予采纳。";
    }

    // ------------------------------------------------------------------------------------------------ 催告书

    public byte[] reminder(String caseNumber) {
        reminderUnavailable(caseNumber).ifPresent(reason -> {
            throw new NotAvailableException(reason);
        });
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        LocalDate asOf = reminderDate(caseNumber);
        try (PdfComposer pdf = new PdfComposer(font, REMINDER_TITLE + " " + caseNumber, "案件编号" + caseNumber)) {
            boolean first = true;
            for (FeeCollection.Arrears a : owing(caseNumber, asOf)) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                reminderOf(pdf, caseFile, details, a);
            }
            return pdf.toBytes();
        }
    }

    private void reminderOf(PdfComposer pdf, CaseFile caseFile, MaintenanceFeeCase details,
                            FeeCollection.Arrears a) {
        FeeParent p = a.parent();
        pdf.centered(settings.issuingAuthority(), 16).gap(4)
                .centered(REMINDER_TITLE, PdfComposer.TITLE_SIZE).gap(4)
                .centered("（" + p.getDecisionNumber() + "《" + DECISION_TITLE + "》）", PdfComposer.BODY_SIZE).gap(12);
        pdf.paragraph(partyLine(caseFile, p) + "：", PdfComposer.BODY_SIZE, false);
        pdf.paragraph("本局于" + date(details.getDecidedOn()) + "对你作出" + p.getDecisionNumber() + "《" + DECISION_TITLE
                + "》，于" + date(p.getServedOn()) + "送达，决定对你征收社会抚养费人民币" + ChineseAmount.figures(p.getFee())
                + "元，缴款期限至" + date(a.deadline()) + "。截至" + date(a.asOf()) + "，你已缴纳"
                + ChineseAmount.figures(a.paid()) + "元，尚欠社会抚养费" + ChineseAmount.figures(a.unpaidPrincipal()) + "元。");
        pdf.paragraph("依据" + LegalBasis.DECREE_357_ART_8 + "，自缴款期限届满次日起按月加收欠缴部分千分之二（2‰）的滞纳金；"
                + "依据" + LegalBasis.LATE_FEE_CAP + "，滞纳金数额不得超出本金。截至" + date(a.asOf()) + "，滞纳金为"
                + ChineseAmount.figures(a.lateFee()) + "元" + (a.capped() ? "（已达本金上限）" : "") + "。计算如下：");
        for (String line : a.lateFeeLines()) {
            pdf.paragraph(line);
        }
        pdf.paragraph("截至" + date(a.asOf()) + "，你应缴纳社会抚养费及滞纳金合计人民币" + ChineseAmount.figures(a.total())
                + "元（大写：" + ChineseAmount.capital(a.total()) + "）。滞纳金继续按月计算至缴清之日，但不超出本金。");
        pdf.gap(6);
        pdf.paragraph("现依据" + LegalBasis.ENFORCEMENT_REMINDER + "催告你：请自收到本催告书之日起"
                + FeeDeadlines.REMINDER_WORKING_DAYS + "日内（工作日，" + LegalBasis.WORKING_DAY_PERIODS + "）履行缴纳义务。缴纳方式："
                + sentence(settings.paymentPlace()) + "你有权对本催告进行陈述和申辩。");
        if (details.getReminderServedOn() != null) {
            LocalDate until = calendar.addWorkingDays(details.getReminderServedOn(), FeeDeadlines.REMINDER_WORKING_DAYS);
            pdf.paragraph("本催告书于" + date(details.getReminderServedOn()) + "送达，履行期限至" + date(until) + "。");
        }
        pdf.paragraph("逾期仍不履行的，本局将依法申请" + settings.court() + "强制执行（" + LegalBasis.NATIONAL_LAW_ART_41 + "、"
                + LegalBasis.COURT_ENFORCEMENT + "、第五十四条）。");
        pdf.gap(24).right(settings.issuingAuthority() + "（印章）", PdfComposer.BODY_SIZE)
                .right(date(a.asOf()), PdfComposer.BODY_SIZE);
    }

    /** The reminder speaks as of the day it was served, or today while it is being prepared. */
    private LocalDate reminderDate(String caseNumber) {
        LocalDate served = records.details(caseNumber).getReminderServedOn();
        return served != null ? served : clock.today();
    }

    private List<FeeCollection.Arrears> owing(String caseNumber, LocalDate asOf) {
        return decided(caseNumber).stream().filter(p -> p.getServedOn() != null)
                .map(p -> collection.arrears(caseNumber, p, asOf))
                .filter(a -> a.asOf().isAfter(a.deadline()) && a.total().signum() > 0)
                .toList();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private List<FeeParent> decided(String caseNumber) {
        return records.parents(caseNumber).stream().filter(p -> p.getDecisionNumber() != null).toList();
    }

    /** "张伟，男，1985年3月10日出生，公民身份号码320411198503100057": the served document names the party in full. */
    private static String partyLine(CaseFile caseFile, FeeParent p) {
        CaseParty.Role role = p.getParent() == Parent.FATHER ? CaseParty.Role.FATHER : CaseParty.Role.MOTHER;
        Optional<CaseParty> party = caseFile.getParties().stream().filter(x -> x.getRole() == role).findFirst();
        StringBuilder line = new StringBuilder(p.getFullName());
        party.ifPresent(x -> {
            line.append("，").append(Sex.valueOf(x.getSex()).label());
            if (x.getBirthDate() != null) {
                line.append("，").append(date(x.getBirthDate())).append("出生");
            }
            line.append("，公民身份号码").append(x.getIdNumber());
        });
        return line.toString();
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith("。") || t.endsWith("；") ? t : t + "。";
    }

    /** "2012年10月8日". */
    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
