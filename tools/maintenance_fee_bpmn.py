"""Generates processes/maintenance-fee/social-maintenance-fee.bpmn. Run: python3 tools/maintenance_fee_bpmn.py

社会抚养费征收 (REFERENCE.md §5): 立案 → 调查 → 确定倍数 and calculation → 告知 and 陈述申辩 (and, where the bureau
offers hearings and the party asks in time, 组织听证) → 征收决定 → 送达, then three
tracks in parallel until one of them closes the case (terminate end events): deposits confirmed by the finance liaison;
the payment deadline (instalments, late fee, 催告, court enforcement); 复议/诉讼 results (upheld, changed, quashed).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import CASE_DUE, CONFIGURATION_GAP_ROOT, TOWN_CLERKS, configuration_wait, service, user, write, xor  # noqa: E402

BUREAU = "bureau-clerk"



def timer_date(id, expression):
    return (f'<bpmn:timerEventDefinition id="{id}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">'
            f'{expression}</bpmn:timeDate></bpmn:timerEventDefinition>')


def terminate(id, name, x, y):
    return {"id": id, "type": "end", "name": name, "x": x, "y": y,
            "inner": f'<bpmn:terminateEventDefinition id="{id}_Terminate" />'}


M = 400   # intake line and the deadline track
A = 180   # deposits
I = 310   # instalments
C = 620   # 复议 / 诉讼
nodes = [
    {"id": "StartEvent_CaseReported", "type": "start", "name": "通报或发现违法生育", "x": 102, "y": M + 22,
     "attrs": {"camunda:formRef": "maintenanceFeeReport", "camunda:formRefBinding": "latest"},
     "ext": ['<camunda:executionListener delegateExpression="${registerFeeCase}" event="start" />'],
     "doc": "派出所通报不符合政策生育或非婚生育子女的户口登记，或镇（街道）、区局根据举报、检查登记案件；"
            "同一子女及其父母不重复立案（《社会抚养费征收管理办法》第五条）。"},
    user("Task_ConfirmCase", "立案", 180, M, TOWN_CLERKS, "maintenanceFeeConfirm", None,
         [("complete", "feeCaseConfirmed")], "镇（街道）核实通报，决定立案调查或不予立案。"),
    xor("Gateway_CaseConfirmed", "立案？", 330, M + 15),
    {"id": "EndEvent_NotRegistered", "type": "end", "name": "不予立案", "x": 337, "y": M + 170},
    user("Task_Investigate", "调查取证", 430, M, TOWN_CLERKS, "maintenanceFeeInvestigation", None,
         [("complete", "feeInvestigated")],
         "两名持执法证人员调查婚姻生育情况、户籍性质和收入（收入达到基数二倍以上的须有证据）。"),
    xor("Gateway_InvestigationOutcome", "应当征收？", 580, M + 15),
    {"id": "EndEvent_NoFeeDue", "type": "end", "name": "撤案，不予征收", "x": 587, "y": M + 170},
    service("ServiceTask_CheckIncomeBase", "核对征收基数", 680, M, "checkIncomeBase",
            "确定倍数前核对孩子出生前一年双方适用的基数（城镇：市、县（市）城镇居民人均可支配收入；农村：乡（镇）农村居民人均纯收入）"
            "均已配置；缺少的，案件在此等待局里补录，不作为输入错误。"),
    user("Task_ChooseMultiple", "确定征收倍数", 680, M, BUREAU, "maintenanceFeeMultiple", None,
         [("complete", "feeMultipleChosen")],
         "区人口计生局在法定幅度内确定倍数并说明理由（《江苏省人口与计划生育条例》第四十一条；《社会抚养费征收管理办法》第四条）。"),
    service("ServiceTask_CalculateFee", "计算征收数额", 830, M, "calculateFee",
            "按孩子出生前一年的基数，对男女双方分别计征。"),
    user("Task_ServeNotice", "送达征收告知书", 980, M, TOWN_CLERKS, "maintenanceFeeNotice", None,
         [("complete", "feeNoticeServed")], "书面告知事实、理由、依据和陈述、申辩的权利。"),
    {"id": "TimerEvent_StatementPeriodOver", "type": "timer", "name": "陈述申辩期满", "x": 1132, "y": M + 22,
     "inner": timer_date("TimerEventDefinition_StatementPeriod", CASE_DUE)},
    user("Task_RecordStatement", "陈述申辩复核", 1210, M, BUREAU, "maintenanceFeeStatement", None,
         [("complete", "feeStatementRecorded")], "当事人提出的事实、理由成立的，应当采纳并重新核定。"),
    xor("Gateway_StatementOutcome", "申辩成立？", 1360, M + 15, default="Flow_StatementRejected"),
    # 听证 (app.maintenance-fee.hearing-offered): the request is recorded at 陈述申辩复核; without one, or when hearings
    # are not offered, the gateway passes straight on to the decision.
    xor("Gateway_HearingRequested", "要求听证？", 1460, M + 15, default="Flow_NoHearing"),
    user("Task_HoldHearing", "组织听证", 1510, M + 150, BUREAU, "maintenanceFeeHearing", None,
         [("complete", "feeHearingHeld")],
         "当事人在告知书送达之日起3日内要求听证的，应在举行听证的7日前通知其时间、地点；听证由非本案调查人员主持，"
         "当事人可以申辩和质证，听证应当制作笔录；听证结束后作出决定（《行政处罚法》（1996）第四十二条）。"),
    xor("Gateway_HearingOutcome", "听证后变更？", 1640, M + 165, default="Flow_HearingUpheld"),
    user("Task_DecideFee", "作出征收决定", 1460, M, BUREAU, "maintenanceFeeDecision", None,
         [("complete", "feeDecided")], "对男女双方分别作出书面《社会抚养费征收决定书》。"),
    user("Task_ServeDecision", "送达征收决定书", 1610, M, TOWN_CLERKS, "maintenanceFeeService", None,
         [("complete", "feeDecisionServed")],
         "决定书自送达之日起生效（《社会抚养费征收管理办法》第六条），缴款、分期、复议、诉讼和强制执行期限自送达之日计算。"),
    {"id": "Gateway_CollectionStarts", "type": "and", "name": "征收", "x": 1760, "y": M + 15},

    # deposits
    user("Task_RecordDeposit", "登记缴入国库", 1860, A, "finance-liaison", "maintenanceFeeDeposit", None,
         [("complete", "feeDepositRecorded")],
         "财政联络员核实缴入国库的款项后登记（《社会抚养费征收管理办法》第十条）。"),
    xor("Gateway_FullyPaid", "已缴清？", 2010, A + 15, default="Flow_NotYetPaid"),
    service("ServiceTask_ClosePaid", "结案（已缴清）", 2110, A, "closePaidFeeCase"),
    terminate("EndEvent_Paid", "已缴清", 2262, A + 22),

    # the payment deadline
    user("Task_InstalmentApplication", "登记分期缴纳申请", 1860, M, BUREAU, "maintenanceFeeInstalmentApplication",
         CASE_DUE, [("complete", "feeInstalmentApplied")],
         "确有实际困难的，当事人可在收到决定书之日起30日内书面申请分期缴纳（《社会抚养费征收管理办法》第六条）。"),
    {"id": "BoundaryEvent_PaymentDeadline", "type": "boundary", "name": "缴款期限届满", "x": 1892, "y": M + 62,
     "attrs": {"attachedToRef": "Task_InstalmentApplication", "cancelActivity": "true"},
     "inner": timer_date("TimerEventDefinition_PaymentDeadline", CASE_DUE)},
    user("Task_DecideInstalments", "审批分期缴纳", 2010, I, BUREAU, "maintenanceFeeInstalmentDecision", CASE_DUE,
         [("complete", "feeInstalmentDecided")], "自收到申请之日起30日内作出书面决定。"),
    {"id": "TimerEvent_InstalmentPeriodOver", "type": "timer", "name": "缴款期限届满", "x": 2162, "y": I + 22,
     "inner": timer_date("TimerEventDefinition_InstalmentPeriod", CASE_DUE)},
    xor("Gateway_Overdue", None, 2240, M + 15),
    service("ServiceTask_AssessLateFee", "加收滞纳金", 2340, M, "assessLateFee",
            "自欠缴之日起每月加收2‰，总额不超过应缴数额（《社会抚养费征收管理办法》第八条；《行政强制法》第四十五条）。"),
    user("Task_ServeReminder", "送达催告书", 2490, M, TOWN_CLERKS, "maintenanceFeeReminder", None,
         [("complete", "feeReminderServed")], "申请强制执行前书面催告（《行政强制法》第五十四条）。"),
    {"id": "TimerEvent_ReminderPeriodOver", "type": "timer", "name": "催告期满", "x": 2642, "y": M + 22,
     "inner": timer_date("TimerEventDefinition_ReminderPeriod", CASE_DUE)},
    user("Task_ApplyToCourt", "申请法院强制执行", 2720, M, BUREAU, "maintenanceFeeCourt", None,
         [("complete", "feeCourtDecided")],
         "复议、诉讼期限届满之日起三个月内申请（《行政强制法》第五十三条）；登记法院裁定。"),
    xor("Gateway_CourtRuling", "法院裁定？", 2870, M + 15, default="Flow_NotEnforced"),
    terminate("EndEvent_Enforced", "强制执行", 2970, M + 22),
    terminate("EndEvent_NotEnforced", "不准予执行", 2970, M + 170),

    # 复议 / 诉讼
    user("Task_RecordReview", "登记复议、诉讼结果", 1860, C, BUREAU, "maintenanceFeeReview", None,
         [("complete", "feeReviewRecorded")], "复议、诉讼期间不停止决定的执行（《社会抚养费征收管理办法》第九条）。"),
    service("ServiceTask_ApplyReview", "执行复议、诉讼结果", 2010, C, "applyFeeReview",
            "维持的继续征收；变更的重新计算；撤销的抛出业务错误 FEE_DECISION_QUASHED。"),
    {"id": "BoundaryEvent_DecisionQuashed", "type": "boundary", "name": "决定被撤销", "x": 2042, "y": C + 62,
     "attrs": {"attachedToRef": "ServiceTask_ApplyReview", "cancelActivity": "true"},
     "inner": '<bpmn:errorEventDefinition id="ErrorEventDefinition_Quashed" errorRef="Error_FeeDecisionQuashed" />'},
    service("ServiceTask_CloseQuashed", "结案（决定被撤销）", 2160, C + 150, "closeQuashedFeeCase"),
    terminate("EndEvent_Quashed", "决定被撤销", 2312, C + 172),
    xor("Gateway_PaidAfterReview", "已缴清？", 2160, C + 15, default="Flow_AwaitFurtherReview"),
    service("ServiceTask_ClosePaidAfterReview", "结案（已缴清）", 2260, C, "closePaidFeeCase"),
    terminate("EndEvent_PaidAfterReview", "已缴清", 2412, C + 22),
]
flows = [
    ("Flow_ToConfirm", "StartEvent_CaseReported", "Task_ConfirmCase", None, None),
    ("Flow_ToCaseConfirmed", "Task_ConfirmCase", "Gateway_CaseConfirmed", None, None),
    ("Flow_Registered", "Gateway_CaseConfirmed", "Task_Investigate", "立案", "${registrationDecision == 'REGISTER'}"),
    ("Flow_NotRegistered", "Gateway_CaseConfirmed", "EndEvent_NotRegistered", "不予立案",
     "${registrationDecision == 'DISMISS'}"),
    ("Flow_ToInvestigationOutcome", "Task_Investigate", "Gateway_InvestigationOutcome", None, None),
    ("Flow_FeeDue", "Gateway_InvestigationOutcome", "ServiceTask_CheckIncomeBase", "应当征收", "${investigationOutcome == 'FEE_DUE'}"),
    ("Flow_ToChooseMultiple", "ServiceTask_CheckIncomeBase", "Task_ChooseMultiple", None, None),
    ("Flow_NoFeeDue", "Gateway_InvestigationOutcome", "EndEvent_NoFeeDue", "不予征收", "${investigationOutcome == 'NO_FEE'}"),
    ("Flow_ToCalculate", "Task_ChooseMultiple", "ServiceTask_CalculateFee", None, None),
    ("Flow_ToNotice", "ServiceTask_CalculateFee", "Task_ServeNotice", None, None),
    ("Flow_ToStatementPeriod", "Task_ServeNotice", "TimerEvent_StatementPeriodOver", None, None),
    ("Flow_ToStatement", "TimerEvent_StatementPeriodOver", "Task_RecordStatement", None, None),
    ("Flow_ToStatementOutcome", "Task_RecordStatement", "Gateway_StatementOutcome", None, None),
    ("Flow_StatementAccepted", "Gateway_StatementOutcome", "ServiceTask_CheckIncomeBase", "采纳，重新核定", "${statementAccepted}"),
    ("Flow_StatementRejected", "Gateway_StatementOutcome", "Gateway_HearingRequested", "未申辩或不予采纳", None),
    ("Flow_HearingRequested", "Gateway_HearingRequested", "Task_HoldHearing", "要求听证",
     "${maintenanceFeeRouting.hearingRequested(execution)}"),
    ("Flow_NoHearing", "Gateway_HearingRequested", "Task_DecideFee", "未要求听证", None),
    ("Flow_ToHearingOutcome", "Task_HoldHearing", "Gateway_HearingOutcome", None, None),
    ("Flow_HearingChanged", "Gateway_HearingOutcome", "ServiceTask_CheckIncomeBase", "事实或倍数变更，重新核定",
     "${hearingChangesAssessment}"),
    ("Flow_HearingUpheld", "Gateway_HearingOutcome", "Task_DecideFee", "维持", None),
    ("Flow_ToService", "Task_DecideFee", "Task_ServeDecision", None, None),
    ("Flow_ToCollection", "Task_ServeDecision", "Gateway_CollectionStarts", None, None),
    ("Flow_ToDeposits", "Gateway_CollectionStarts", "Task_RecordDeposit", None, None),
    ("Flow_ToDeadline", "Gateway_CollectionStarts", "Task_InstalmentApplication", None, None),
    ("Flow_ToReview", "Gateway_CollectionStarts", "Task_RecordReview", None, None),
    ("Flow_ToFullyPaid", "Task_RecordDeposit", "Gateway_FullyPaid", None, None),
    ("Flow_Paid", "Gateway_FullyPaid", "ServiceTask_ClosePaid", "已缴清", "${maintenanceFeeRouting.fullyPaid(execution)}"),
    ("Flow_NotYetPaid", "Gateway_FullyPaid", "Task_RecordDeposit", "尚未缴清", None),
    ("Flow_ToPaidEnd", "ServiceTask_ClosePaid", "EndEvent_Paid", None, None),
    ("Flow_InstalmentApplied", "Task_InstalmentApplication", "Task_DecideInstalments", None, None),
    ("Flow_ToInstalmentPeriod", "Task_DecideInstalments", "TimerEvent_InstalmentPeriodOver", None, None),
    ("Flow_InstalmentPeriodOver", "TimerEvent_InstalmentPeriodOver", "Gateway_Overdue", None, None),
    ("Flow_PaymentDeadlinePassed", "BoundaryEvent_PaymentDeadline", "Gateway_Overdue", None, None),
    ("Flow_ToLateFee", "Gateway_Overdue", "ServiceTask_AssessLateFee", None, None),
    ("Flow_ToReminder", "ServiceTask_AssessLateFee", "Task_ServeReminder", None, None),
    ("Flow_ToReminderPeriod", "Task_ServeReminder", "TimerEvent_ReminderPeriodOver", None, None),
    ("Flow_ToCourt", "TimerEvent_ReminderPeriodOver", "Task_ApplyToCourt", None, None),
    ("Flow_ToCourtRuling", "Task_ApplyToCourt", "Gateway_CourtRuling", None, None),
    ("Flow_Enforced", "Gateway_CourtRuling", "EndEvent_Enforced", "准予执行", "${courtRuling == 'ENFORCE'}"),
    ("Flow_NotEnforced", "Gateway_CourtRuling", "EndEvent_NotEnforced", "不准予执行", None),
    ("Flow_ToApplyReview", "Task_RecordReview", "ServiceTask_ApplyReview", None, None),
    ("Flow_Quashed", "BoundaryEvent_DecisionQuashed", "ServiceTask_CloseQuashed", None, None),
    ("Flow_ToQuashedEnd", "ServiceTask_CloseQuashed", "EndEvent_Quashed", None, None),
    ("Flow_ToPaidAfterReview", "ServiceTask_ApplyReview", "Gateway_PaidAfterReview", None, None),
    ("Flow_PaidAfterReview", "Gateway_PaidAfterReview", "ServiceTask_ClosePaidAfterReview", "已缴清",
     "${maintenanceFeeRouting.fullyPaid(execution)}"),
    ("Flow_AwaitFurtherReview", "Gateway_PaidAfterReview", "Task_RecordReview", "继续征收", None),
    ("Flow_ToPaidAfterReviewEnd", "ServiceTask_ClosePaidAfterReview", "EndEvent_PaidAfterReview", None, None),
]
# The steps from the decision on sit to the right of the hearing.
HEARING_SHIFT = 250
for node in nodes:
    if node["x"] >= 1460 and node["id"] not in ("Gateway_HearingRequested", "Task_HoldHearing", "Gateway_HearingOutcome"):
        node["x"] += HEARING_SHIFT
# 核对征收基数 takes the place of 确定征收倍数 in the intake line; everything from there on moves right.
CHECK_SHIFT = 150
for node in nodes:
    if node["x"] >= 680 and node["id"] != "ServiceTask_CheckIncomeBase":
        node["x"] += CHECK_SHIFT
# A base figure not configured holds the case at 核对征收基数 until the bureau enters it.
check = next(n for n in nodes if n["id"] == "ServiceTask_CheckIncomeBase")
wait_nodes, wait_flows = configuration_wait(check, "IncomeBase", "等待补录征收基数")
nodes += wait_nodes
flows += wait_flows
ROOT = ['<bpmn:error id="Error_FeeDecisionQuashed" name="征收决定被撤销" errorCode="FEE_DECISION_QUASHED" />'] \
    + CONFIGURATION_GAP_ROOT
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(here, "..", "processes", "maintenance-fee"), exist_ok=True)
write(os.path.join(here, "..", "processes", "maintenance-fee", "social-maintenance-fee.bpmn"),
      "socialMaintenanceFee", "社会抚养费征收", nodes, flows, root_elements=ROOT)
