"""Generates processes/two-non/two-non-joint-case.bpmn and two-non-agency-track.bpmn. Run: python3 tools/two_non_bpmn.py

"两非" joint cases (REFERENCE.md §6.4): the bureau registers a report (the reporter's identity stays in its own table,
never in variables) → 受理 and 分办 to the agencies → one agency track per agency, in parallel (a multi-instance call
activity; the bureau can add an agency later) → 结案 with a summary per agency → whistle-blower reward paid through
the finance liaison. A non-interrupting timer on the joint investigation escalates an overdue case to the bureau
supervisors (督办). Each agency track: investigation → 先行登记保存 decision within 7 days → referral to the police
when a crime is suspected → prior notice → hearing request (3 days) → hearing (notified 7 days ahead) → decision → service (7 days) →
payment (15 days, 3 % a day late surcharge capped at the fine).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import service, user, write, xor  # noqa: E402

BUREAU = "bureau-clerk"
AGENCY = "${twoNonRouting.liaisons(execution)}"
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "processes", "two-non")
os.makedirs(out, exist_ok=True)


def timer_date(id, expression):
    return (f'<bpmn:timerEventDefinition id="{id}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">'
            f'{expression}</bpmn:timeDate></bpmn:timerEventDefinition>')


M = 200
nodes = [
    {"id": "StartEvent_Reported", "type": "start", "name": "举报登记", "x": 102, "y": M + 22,
     "attrs": {"camunda:formRef": "twoNonReport", "camunda:formRefBinding": "latest"},
     "ext": ['<camunda:executionListener delegateExpression="${registerTwoNonReport}" event="start" />'],
     "doc": "区人口计生局经办人在任务列表（启动流程 → 两非联合办案）或通过 /api/two-non/reports 登记举报；"
            "没有具体事实的举报不予登记；可以匿名。举报人身份只存于 two_non_reporter 表，不进入流程变量"
            "（江苏省2005年决定第十二条：为举报人保密）。"},
    user("Task_Accept", "受理与分办", 180, M, BUREAU, "twoNonAcceptance", None, [("complete", "twoNonAccepted")],
         "确定参与的部门及理由：医疗机构、医生→卫生；终止妊娠药品→药监；非法行医或涉嫌犯罪→公安；关爱女孩宣传→妇联。"),
    xor("Gateway_Accepted", "受理？", 330, M + 15, default="Flow_NotAccepted"),
    {"id": "EndEvent_NotAccepted", "type": "end", "name": "不予受理", "x": 337, "y": M + 170},
    {"id": "Call_AgencyTracks", "type": "call", "name": "各部门联合调查、处罚", "x": 430, "y": M,
     "attrs": {"calledElement": "twoNonAgencyTrack"},
     "ext": ['<camunda:in businessKey="${twoNonRouting.trackKey(execution)}" />',
             '<camunda:in source="agency" target="agency" />',
             '<camunda:in source="caseNumber" target="caseNumber" />',
             '<camunda:in source="facts" target="facts" />'],
     "inner": '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${twoNonRouting.agencies(execution)}" '
              'camunda:elementVariable="agency" />',
     "doc": "每个参与部门一个子流程，并行办理；区局可以后续增加部门。"},
    {"id": "BoundaryEvent_Overdue", "type": "boundary", "name": "办案期限届满", "x": 462, "y": M + 62,
     "attrs": {"attachedToRef": "Call_AgencyTracks", "cancelActivity": "false"},
     "inner": timer_date("TimerEventDefinition_Overdue", "${twoNonRouting.supervisionDue(execution)}")},
    user("Task_Escalated", "督办：案件逾期", 530, M + 150, "bureau-supervisor", "twoNonEscalation", None,
         [("create", "twoNonEscalated"), ("complete", "twoNonEscalationHandled")], "联合调查超过办案期限，由区局领导督办。"),
    {"id": "EndEvent_EscalationHandled", "type": "end", "name": "已督办", "x": 682, "y": M + 172},
    user("Task_Close", "结案", 600, M, BUREAU, "twoNonClosure", None, [("complete", "twoNonClosed")],
         "汇总各部门调查处理情况；认定举报是否属实；对非医学需要终止14周以上妊娠的妇女登记暂停再生育审批。"),
    xor("Gateway_RewardDue", "兑现奖励？", 750, M + 15, default="Flow_NoReward"),
    user("Task_PayReward", "兑现举报奖励", 850, M - 120, "finance-liaison", "twoNonReward", None,
         [("complete", "twoNonRewardPaid")], "经查证属实的，奖励举报人不少于一万元（江苏省2005年决定第十二条）。"),
    {"id": "EndEvent_Rewarded", "type": "end", "name": "已结案，奖励已兑现", "x": 1002, "y": M - 98},
    {"id": "EndEvent_Closed", "type": "end", "name": "已结案", "x": 852, "y": M + 22},
]
flows = [
    ("Flow_ToAccept", "StartEvent_Reported", "Task_Accept", None, None),
    ("Flow_ToAccepted", "Task_Accept", "Gateway_Accepted", None, None),
    ("Flow_Accepted", "Gateway_Accepted", "Call_AgencyTracks", "受理", "${twoNonRouting.accepted(execution)}"),
    ("Flow_NotAccepted", "Gateway_Accepted", "EndEvent_NotAccepted", "不予受理", None),
    ("Flow_ToClose", "Call_AgencyTracks", "Task_Close", None, None),
    ("Flow_ToEscalated", "BoundaryEvent_Overdue", "Task_Escalated", None, None),
    ("Flow_ToEscalationHandled", "Task_Escalated", "EndEvent_EscalationHandled", None, None),
    ("Flow_ToRewardDue", "Task_Close", "Gateway_RewardDue", None, None),
    ("Flow_RewardDue", "Gateway_RewardDue", "Task_PayReward", "举报属实", "${twoNonRouting.rewardDue(execution)}"),
    ("Flow_NoReward", "Gateway_RewardDue", "EndEvent_Closed", "不予奖励", None),
    ("Flow_ToRewarded", "Task_PayReward", "EndEvent_Rewarded", None, None),
]
# Startable in the Tasklist; only the bureau's clerks hold CREATE_INSTANCE on it (WorkflowAuthorizations), and the
# start listener checks the group again.
write(os.path.join(out, "two-non-joint-case.bpmn"), "twoNonJointCase", "两非联合办案", nodes, flows, startable=True)

T = 200
track = [
    {"id": "StartEvent_TrackStarted", "type": "start", "name": "部门参与办案", "x": 102, "y": T + 22},
    user("Task_Investigate", "调查取证", 180, T, AGENCY, "twoNonInvestigation", None,
         [("complete", "twoNonInvestigated")],
         "本部门两名以上执法人员调查；记录调查结果和证据；需要先行登记保存证据的，登记保存日期。"),
    xor("Gateway_EvidencePreserved", "先行登记保存？", 330, T + 15, default="Flow_NoPreservation"),
    user("Task_EvidenceDecision", "登记保存证据处理决定", 430, T - 130, AGENCY, "twoNonEvidenceDecision",
         "${twoNonRouting.evidenceDecisionDue(execution)}", [("complete", "twoNonEvidenceDecided")],
         "先行登记保存的，应当在七日内作出处理决定（《行政处罚法》第三十七条）。"),
    xor("Gateway_CrimeSuspected", "涉嫌犯罪？", 580, T + 15, default="Flow_NoCrime"),
    user("Task_ReferToPolice", "移送公安机关", 680, T - 130, AGENCY, "twoNonReferral", None,
         [("complete", "twoNonReferred")],
         "涉嫌非法行医罪、非法进行节育手术罪（《刑法》第三百三十六条）的，移送公安机关；不得以罚代刑。"),
    xor("Gateway_PenaltyProposed", "拟处罚？", 830, T + 15, default="Flow_NoPenalty"),
    {"id": "EndEvent_NoPenalty", "type": "end", "name": "不予处罚", "x": 837, "y": T + 170},
    user("Task_PriorNotice", "送达处罚告知书", 930, T, AGENCY, "twoNonPriorNotice", None,
         [("complete", "twoNonNoticeServed")],
         "告知拟作出处罚的事实、理由、依据及陈述、申辩和要求听证的权利（《行政处罚法》第三十一条、第三十二条、第四十二条）。"),
    user("Task_HearingRequest", "登记听证申请", 1080, T, AGENCY, "twoNonHearingRequest",
         "${twoNonRouting.hearingRequestDue(execution)}", [("complete", "twoNonHearingRequested")],
         "当事人要求听证的，应当在被告知后三日内提出。"),
    xor("Gateway_HearingRequested", "要求听证？", 1230, T + 15, default="Flow_NoHearing"),
    user("Task_Hearing", "组织听证", 1330, T - 130, AGENCY, "twoNonHearing", None,
         [("complete", "twoNonHearingHeld")],
         "听证七日前通知当事人举行听证的时间、地点（《行政处罚法》第四十二条，天数见 config/two-non.yml）；"
         "由非本案调查人员主持。"),
    user("Task_Decide", "作出处罚决定", 1480, T, AGENCY, "twoNonPenaltyDecision", None,
         [("complete", "twoNonDecided")],
         "罚款应在法定幅度内：《人口与计划生育法》第三十六条 1万至3万元或违法所得2至6倍；江苏省2005年决定第十四条 5千至3万元。"),
    user("Task_ServeDecision", "送达处罚决定书", 1630, T, AGENCY, "twoNonDecisionService",
         "${twoNonRouting.serviceDue(execution)}", [("complete", "twoNonDecisionServed")],
         "当场交付或七日内送达（《行政处罚法》第四十条）。"),
    user("Task_RecordPayment", "登记罚款缴纳", 1780, T, "finance-liaison", "twoNonPayment",
         "${twoNonRouting.paymentDue(execution)}", [("complete", "twoNonFinePaid")],
         "十五日内缴纳；逾期每日按罚款数额的3%加处罚款，总额不超过罚款数额（《行政处罚法》第四十六条、第五十一条；《行政强制法》第四十五条）。"),
    {"id": "EndEvent_Paid", "type": "end", "name": "已缴纳", "x": 1932, "y": T + 22},
]
track_flows = [
    ("Flow_ToInvestigate", "StartEvent_TrackStarted", "Task_Investigate", None, None),
    ("Flow_ToEvidencePreserved", "Task_Investigate", "Gateway_EvidencePreserved", None, None),
    ("Flow_Preserved", "Gateway_EvidencePreserved", "Task_EvidenceDecision", "已登记保存",
     "${twoNonRouting.evidencePreserved(execution)}"),
    ("Flow_NoPreservation", "Gateway_EvidencePreserved", "Gateway_CrimeSuspected", None, None),
    ("Flow_EvidenceDecided", "Task_EvidenceDecision", "Gateway_CrimeSuspected", None, None),
    ("Flow_Crime", "Gateway_CrimeSuspected", "Task_ReferToPolice", "涉嫌犯罪", "${twoNonRouting.crimeSuspected(execution)}"),
    ("Flow_NoCrime", "Gateway_CrimeSuspected", "Gateway_PenaltyProposed", None, None),
    ("Flow_Referred", "Task_ReferToPolice", "Gateway_PenaltyProposed", None, None),
    ("Flow_Penalty", "Gateway_PenaltyProposed", "Task_PriorNotice", "拟处罚", "${twoNonRouting.penaltyProposed(execution)}"),
    ("Flow_NoPenalty", "Gateway_PenaltyProposed", "EndEvent_NoPenalty", "不予处罚", None),
    ("Flow_ToHearingRequest", "Task_PriorNotice", "Task_HearingRequest", None, None),
    ("Flow_ToHearingRequested", "Task_HearingRequest", "Gateway_HearingRequested", None, None),
    ("Flow_Hearing", "Gateway_HearingRequested", "Task_Hearing", "要求听证", "${twoNonRouting.hearingRequested(execution)}"),
    ("Flow_NoHearing", "Gateway_HearingRequested", "Task_Decide", None, None),
    ("Flow_HearingHeld", "Task_Hearing", "Task_Decide", None, None),
    ("Flow_ToServe", "Task_Decide", "Task_ServeDecision", None, None),
    ("Flow_ToPayment", "Task_ServeDecision", "Task_RecordPayment", None, None),
    ("Flow_ToPaid", "Task_RecordPayment", "EndEvent_Paid", None, None),
]
write(os.path.join(out, "two-non-agency-track.bpmn"), "twoNonAgencyTrack", "两非联合办案：部门调查处罚", track,
      track_flows, startable=False)
