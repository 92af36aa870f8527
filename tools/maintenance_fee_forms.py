"""Generates the Camunda Forms of the social maintenance fee into forms/maintenance-fee/.
Run: python3 tools/maintenance_fee_forms.py

Labels are Chinese (the users' language); keys are the process variable names the listeners read. Client-side checks
are a convenience: every value is checked again on the server when the form is submitted.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from camunda_forms import TOWNS, checkbox, date, decimal, heading, radio, select, textarea, textfield, write_forms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "forms", "maintenance-fee")

HUKOU = [("URBAN", "城镇居民"), ("RURAL", "农村居民")]
SITUATIONS = [("ONE_EXTRA_CHILD", "不符合规定多生育一个孩子（4倍）"),
              ("TWO_OR_MORE_EXTRA_CHILDREN", "不符合规定多生育二个以上孩子（5至8倍）"),
              ("NON_MARITAL_ONE_CHILD", "非婚生育一个孩子（0.5至2倍）"),
              ("NON_MARITAL_TWO_OR_MORE_CHILDREN", "非婚生育二个以上孩子（5至8倍）"),
              ("BIGAMY", "重婚生育（6至9倍）")]
SOURCES = [("POLICE_REPORT", "派出所通报"), ("REPORT", "群众举报"), ("INSPECTION", "检查发现")]
ID_PATTERN = "^[0-9]{17}[0-9Xx]$"
YES_NO = [("true", "是"), ("false", "否")]
# Set by the calculation from app.maintenance-fee.hearing-offered (config/maintenance-fee.yml).
HEARING_OFFERED = "hearingOffered = true"
HEARING_REQUESTED = f'{HEARING_OFFERED} and (hearingRequested = "true" or hearingRequested = true)'


def case_header(extra=()):
    return [
        heading("## 案件信息"),
        textfield("caseNumber", "案件编号", readonly=True),
        textfield("caseTitle", "案件", readonly=True),
        textfield("townName", "镇（街道）", readonly=True),
        textfield("situationLabel", "违法生育情形", readonly=True),
        *extra,
    ]


def assessment():
    return [textarea("assessmentText", "征收数额计算过程", readonly=True),
            textfield("totalFee", "合计（元）", readonly=True)]


def schedule():
    return [textarea("fatherSchedule", "男方期限", readonly=True),
            textarea("motherSchedule", "女方期限", readonly=True)]


def document_link(file, title):
    """A link to the case's printed document (PDF, served by the API with the case's authorization)."""
    return heading(f"[打印《{title}》（PDF）](/api/maintenance-fee/cases/{{{{caseNumber}}}}/{file})"
                   "：打印后送达当事人，再登记送达日期。")


FORMS = {
    "maintenanceFeeReport": [
        heading("# 社会抚养费案件登记\n派出所通报不符合政策生育、非婚生育子女的户口登记，或镇（街道）、区局根据举报、检查登记。"
                "同一子女及其父母不重复立案（《社会抚养费征收管理办法》第五条）。"),
        select("townSlug", "孩子户籍或出生所在镇（街道）", TOWNS),
        select("reportSource", "案件来源（派出所联络员登记的为派出所通报）", SOURCES),
        select("situation", "违法生育情形", SITUATIONS),
        textarea("situationDescription", "情况说明"),
        heading("### 男方"),
        textfield("fatherName", "男方姓名"),
        textfield("fatherIdNumber", "男方公民身份号码", max_length=18, pattern=ID_PATTERN),
        select("fatherHukouType", "男方户籍类别", HUKOU),
        heading("### 女方"),
        textfield("motherName", "女方姓名"),
        textfield("motherIdNumber", "女方公民身份号码", max_length=18, pattern=ID_PATTERN),
        select("motherHukouType", "女方户籍类别", HUKOU),
        heading("### 孩子"),
        textfield("childName", "孩子姓名", required=False),
        date("childBirthDate", "孩子出生日期"),
        textfield("childIdNumber", "孩子公民身份号码或出生医学证明编号", max_length=20),
    ],
    "maintenanceFeeConfirm": [
        *case_header([textfield("fatherIdNumber", "男方公民身份号码", readonly=True),
                      textfield("motherIdNumber", "女方公民身份号码", readonly=True),
                      textfield("childIdNumber", "孩子证件号码", readonly=True)]),
        heading("## 立案"),
        radio("registrationDecision", "立案意见", [("REGISTER", "立案调查"), ("DISMISS", "不予立案")]),
        textarea("registrationReason", "不予立案的理由（不予立案时必填）", required=False),
    ],
    "maintenanceFeeInvestigation": [
        *case_header(),
        heading("## 调查取证\n由两名持执法证的工作人员调查，询问笔录由当事人签字。"),
        radio("investigationOutcome", "调查结论", [("FEE_DUE", "应当征收"), ("NO_FEE", "不予征收，撤案")]),
        textfield("investigator1", "第一调查人", required=False),
        textfield("investigator2", "第二调查人", required=False),
        textarea("marriageBirthHistory", "婚姻和生育情况", required=False),
        select("confirmedFatherHukouType", "男方户籍类别（核实）", HUKOU, required=False),
        decimal("fatherIncome", "男方上年实际收入（元，无证据的不填）", required=False),
        textfield("fatherIncomeEvidence", "男方收入证据", required=False, max_length=500),
        select("confirmedMotherHukouType", "女方户籍类别（核实）", HUKOU, required=False),
        decimal("motherIncome", "女方上年实际收入（元，无证据的不填）", required=False),
        textfield("motherIncomeEvidence", "女方收入证据", required=False, max_length=500),
        textarea("closingReason", "不予征收的理由（撤案时必填）", required=False),
    ],
    "maintenanceFeeMultiple": [
        *case_header(assessment()),
        heading("## 确定征收倍数（区人口计生局经办人）\n在法定幅度内确定，并记录理由；法定为4倍的无须填写。"
                "实际收入达到基数二倍的，对超出部分加收一至二倍。"),
        decimal("multiple", "征收倍数", required=False),
        textarea("multipleReason", "确定倍数的理由", required=False),
        decimal("fatherTopUpMultiple", "男方超出部分加收倍数（1至2）", required=False),
        textarea("fatherTopUpReason", "男方加收理由", required=False),
        decimal("motherTopUpMultiple", "女方超出部分加收倍数（1至2）", required=False),
        textarea("motherTopUpReason", "女方加收理由", required=False),
    ],
    "maintenanceFeeNotice": [
        *case_header(assessment()),
        heading("## 送达《社会抚养费征收告知书》\n告知事实、理由、依据及陈述、申辩的权利。"),
        heading("本局提供听证：告知书同时告知当事人可在送达之日起{{hearingRequestDays}}日内要求听证"
                "（《行政处罚法》第四十二条）。", when=HEARING_OFFERED),
        date("noticeServedOn", "告知书送达日期"),
    ],
    "maintenanceFeeStatement": [
        *case_header([*assessment(), textfield("statementUntil", "陈述申辩期限至", readonly=True)]),
        heading("## 陈述、申辩复核"),
        radio("statementMade", "当事人是否陈述、申辩", YES_NO),
        radio("statementAccepted", "理由是否成立（成立的重新核定）", YES_NO),
        textarea("statementSummary", "陈述、申辩内容及复核意见", required=False),
        heading("### 听证申请\n当事人应在告知书送达之日起{{hearingRequestDays}}日内（至{{hearingRequestUntil}}）要求听证，"
                "逾期的不予组织听证。", when=HEARING_OFFERED),
        radio("hearingRequested", "当事人是否要求听证", YES_NO, when=HEARING_OFFERED),
        date("hearingRequestedOn", "听证申请日期", when=HEARING_REQUESTED),
    ],
    "maintenanceFeeHearing": [
        *case_header([*assessment(), textarea("statementSummary", "陈述、申辩内容及复核意见", readonly=True)]),
        heading("## 组织听证（区人口计生局）\n在举行听证的7日前通知当事人听证的时间、地点；听证由本局指定的非本案调查人员主持，"
                "当事人可以申辩和质证；听证应当制作笔录，听证结束后作出决定（《行政处罚法》第四十二条）。"),
        date("hearingNotifiedOn", "听证通知送达日期"),
        date("hearingHeldOn", "听证日期"),
        textfield("hearingOfficer", "听证主持人（非本案调查人员）"),
        textarea("hearingRecord", "听证笔录摘要（当事人的陈述、申辩和质证意见）"),
        radio("hearingChangesAssessment", "听证后认定的事实或征收倍数是否变更（变更的重新核定）", YES_NO),
    ],
    "maintenanceFeeDecision": [
        *case_header(assessment()),
        heading("## 作出《社会抚养费征收决定书》\n对男女双方分别作出决定，决定书编号由系统分配。"),
        date("decidedOn", "决定日期"),
    ],
    "maintenanceFeeService": [
        *case_header([textfield("fatherDecisionNumber", "男方决定书编号", readonly=True),
                      textfield("motherDecisionNumber", "女方决定书编号", readonly=True)]),
        document_link("decision.pdf", "社会抚养费征收决定书"),
        heading("## 送达决定书\n决定书自送达之日起生效；缴款、复议、诉讼期限自送达之日起计算。"),
        date("fatherServedOn", "男方送达日期", required=False),
        date("motherServedOn", "女方送达日期", required=False),
    ],
    "maintenanceFeeDeposit": [
        *case_header([textfield("fatherFee", "男方应缴（元）", readonly=True),
                      textfield("motherFee", "女方应缴（元）", readonly=True), *schedule()]),
        heading("## 登记缴入国库（财政联络员）\n只登记已核实缴入国库的款项；每次登记一笔。"),
        select("payer", "缴款人", [("FATHER", "男方"), ("MOTHER", "女方")]),
        decimal("depositAmount", "缴款金额（元）"),
        date("depositedOn", "缴款日期"),
        textfield("treasuryReceiptNumber", "国库缴款书（社会抚养费收据）编号", max_length=40),
        checkbox("treasuryConfirmed", "已核实该款项缴入国库"),
    ],
    "maintenanceFeeInstalmentApplication": [
        *case_header(schedule()),
        heading("## 分期缴纳申请\n当事人确有实际困难，可在收到决定书之日起30日内书面申请；期满无申请的，本任务自动结束。"),
        date("instalmentAppliedOn", "申请日期"),
        textarea("instalmentReason", "申请理由及困难证明"),
    ],
    "maintenanceFeeInstalmentDecision": [
        *case_header([textarea("instalmentReason", "申请理由", readonly=True)]),
        heading("## 审批分期缴纳\n自收到申请之日起30日内书面答复。"),
        radio("instalmentApproved", "是否准予分期", YES_NO),
        date("instalmentUntil", "最后一期缴款期限（准予时必填）", required=False),
        textarea("instalmentDecisionReason", "审批意见"),
    ],
    "maintenanceFeeReminder": [
        *case_header([textarea("lateFeeText", "滞纳金计算", readonly=True)]),
        document_link("reminder.pdf", "催告书"),
        heading("## 送达《催告书》\n催告书送达满10个工作日仍不履行的，可申请人民法院强制执行（《行政强制法》第五十四条）。"),
        date("reminderServedOn", "催告书送达日期"),
    ],
    "maintenanceFeeCourt": [
        *case_header([textfield("courtApplicationFrom", "可申请强制执行起始日", readonly=True),
                      textarea("lateFeeText", "滞纳金计算", readonly=True)]),
        heading("## 申请人民法院强制执行"),
        date("courtAppliedOn", "申请日期"),
        radio("courtRuling", "法院裁定", [("ENFORCE", "准予强制执行"), ("NOT_ENFORCE", "不准予强制执行")]),
        textfield("courtRulingNumber", "裁定书文号", max_length=64),
    ],
    "maintenanceFeeReview": [
        *case_header([*assessment(), *schedule()]),
        heading("## 登记复议、诉讼结果\n复议、诉讼期间不停止决定的执行；变更的按新倍数重新计算，撤销的结案。"),
        textfield("reviewBody", "复议机关或人民法院", max_length=100),
        radio("reviewOutcome", "结果", [("UPHELD", "维持"), ("CHANGED", "变更"), ("QUASHED", "撤销")]),
        date("reviewDecidedOn", "决定或判决日期"),
        textfield("reviewDecisionNumber", "复议决定书或判决书文号", max_length=64),
        decimal("reviewMultiple", "变更后的征收倍数（变更时填写）", required=False),
        textarea("reviewReason", "决定要旨"),
    ],
}

write_forms(OUT, FORMS)
