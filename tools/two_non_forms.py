"""Generates the Camunda Forms of the 两非 joint case into forms/two-non/. Run: python3 tools/two_non_forms.py

Labels are Chinese; keys are the process variable names the listeners read. Every value is checked again on the
server (TwoNonService). The reporter's identity is entered on the start form only (or through /api/two-non/reports):
the start listener stores it in two_non_reporter and clears it from the variables, so no later form can show it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from camunda_forms import checkbox, date, decimal, heading, radio, select, textarea, textfield, write_forms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "forms", "two-non")
YES_NO = [("true", "是"), ("false", "否")]


def header(extra=()):
    return [heading("## 案件信息"), textfield("caseNumber", "案件编号", readonly=True),
            textarea("facts", "举报的事实", readonly=True), *extra]


def track_header(extra=()):
    return header([textfield("agency", "本部门", readonly=True), *extra])


CHANNELS = [("HOTLINE", "举报电话"), ("LETTER", "来信"), ("VISIT", "来访"), ("ONLINE", "网上举报")]
NAMED = "anonymous != true"

FORMS = {
    "twoNonAcceptance": [
        *header([textfield("channel", "举报方式", readonly=True)]),
        heading("## 受理与分办\n填写理由的部门即参与调查（至少一个）：医疗机构、医生→卫生；终止妊娠药品→药监；"
                "非法行医或涉嫌犯罪→公安；关爱女孩宣传→妇联。"),
        radio("acceptanceDecision", "受理决定", [("ACCEPT", "受理"), ("REFUSE", "不予受理")]),
        textarea("healthReason", "社会事业局（卫生）参与理由", required=False),
        textarea("drugsReason", "药品监督管理局参与理由", required=False),
        textarea("policeReason", "公安分局参与理由", required=False),
        textarea("womenReason", "妇联参与理由", required=False),
        textarea("acceptanceReason", "受理意见或不予受理理由", required=False),
    ],
    "twoNonInvestigation": [
        *track_header(),
        heading("## 调查取证\n两名以上执法人员调查；需要先行登记保存证据的，填写登记保存日期（七日内作出处理决定）。"),
        textarea("findings", "查明的事实"),
        textarea("evidence", "证据", required=False),
        textfield("investigators", "调查人员", max_length=100),
        date("evidencePreservedOn", "先行登记保存日期", required=False),
        radio("crimeSuspected", "是否涉嫌犯罪（《刑法》第三百三十六条等）", YES_NO),
        radio("penaltyProposed", "是否拟作出罚款处罚", YES_NO),
        decimal("illegalIncome", "违法所得（元）", required=False),
    ],
    "twoNonEvidenceDecision": [
        *track_header(),
        heading("## 登记保存证据的处理决定\n应在登记保存后七日内作出（《行政处罚法》第三十七条）。"),
        date("evidenceDecidedOn", "处理决定日期"),
        textarea("evidenceDecision", "处理决定"),
    ],
    "twoNonReferral": [
        *track_header(),
        heading("## 移送公安机关\n涉嫌犯罪的必须移送，不得以罚代刑。"),
        date("referredOn", "移送日期"),
        textfield("referralNumber", "移送书编号", max_length=64),
    ],
    "twoNonPriorNotice": [
        *track_header(),
        heading("## 送达行政处罚告知书\n告知事实、理由、依据及陈述、申辩和要求听证的权利；当事人可在三日内要求听证。"),
        date("noticeServedOn", "告知书送达日期"),
    ],
    "twoNonHearingRequest": [
        *track_header([textfield("hearingRequestUntil", "要求听证截止日", readonly=True)]),
        radio("hearingRequested", "当事人是否要求听证", YES_NO),
    ],
    "twoNonHearing": [
        *track_header(),
        heading("## 听证\n听证七日前通知当事人举行听证的时间、地点（《行政处罚法》第四十二条）；由非本案调查人员主持。"),
        date("hearingNotifiedOn", "听证通知送达日期"),
        date("hearingHeldOn", "听证日期"),
        textarea("hearingSummary", "听证意见"),
    ],
    "twoNonPenaltyDecision": [
        *track_header(),
        heading("## 处罚决定\n《人口与计划生育法》第三十六条：一万元以上三万元以下，违法所得一万元以上的二至六倍；"
                "江苏省2005年决定第十四条（药品）：五千元以上三万元以下。"),
        date("decidedOn", "决定日期"),
        decimal("fine", "罚款（元）"),
    ],
    "twoNonDecisionService": [
        *track_header([textfield("decisionNumber", "处罚决定书文号", readonly=True)]),
        date("servedOn", "送达日期"),
    ],
    "twoNonPayment": [
        *track_header([textfield("decisionNumber", "处罚决定书文号", readonly=True),
                       textfield("paymentDue", "缴款期限", readonly=True)]),
        heading("## 登记罚款缴纳\n逾期每日按罚款数额的3%加处罚款，加处罚款不超过罚款数额。"),
        date("paidOn", "缴款日期"),
        decimal("amountPaid", "缴款数额（元，含加处罚款）"),
    ],
    "twoNonClosure": [
        *header(),
        heading("## 结案"),
        radio("reportVerified", "举报是否查证属实", YES_NO),
        textarea("closingSummary", "结案意见"),
        textfield("holdIdNumber", "非医学需要终止中期以上妊娠的妇女身份证号（暂停再生育审批）", required=False, max_length=18),
        textarea("holdReason", "暂停理由", required=False),
    ],
    "twoNonReward": [
        *header([textarea("agencySummaries", "各部门处理情况", readonly=True)]),
        heading("## 兑现举报奖励\n查证属实的，奖励不少于一万元（江苏省2005年决定第十二条）；举报人身份由区局经办人核对，不在表单中显示。"),
        decimal("rewardAmount", "奖励金额（元）", minimum=10000),
        date("rewardPaidOn", "发放日期"),
        textfield("rewardVoucher", "付款凭证号", max_length=64),
    ],
    "twoNonEscalation": [
        *header(),
        heading("## 督办\n联合调查已超过办案期限。"),
        textarea("supervisionInstruction", "督办意见"),
    ],
    # Last, so the generated ids of the forms above stay as they were.
    "twoNonReport": [
        heading("## 两非举报登记\n非医学需要的胎儿性别鉴定、选择性别的人工终止妊娠，或违法销售、使用终止妊娠药品的举报。"
                "没有具体事实的举报不予登记；可以匿名举报。举报人身份只由区人口计生局保存，对被举报人和其他部门保密"
                "（江苏省2005年决定第十二条）。"),
        select("channel", "举报方式", CHANNELS),
        checkbox("anonymous", "匿名举报", description="匿名举报无法兑现举报奖励"),
        textfield("reporterName", "举报人姓名", required=False, max_length=64, when=NAMED,
                  description="实名举报须填写姓名或联系方式（至少一项）"),
        textfield("reporterContact", "举报人联系方式", required=False, max_length=100, when=NAMED),
        textarea("facts", "举报的事实", max_length=4000,
                 description="何时、何地、何人（机构）做了什么；有无收费、药品名称等"),
    ],
}

write_forms(OUT, FORMS)
