"""Generates processes/assistance/assistance-eligibility.bpmn. Run: python3 tools/assistance_bpmn.py

One process for the four support schemes (REFERENCE 4.1-4.4); the scheme is chosen on the start form. Procedure
(REFERENCE 4.1, national pattern): application at the village/community through the town -> village review and public
posting -> town review and public posting -> police (户口性质证明, 死亡证明) and HR (retirement) confirm facts ->
re-evaluation on the confirmed facts -> district bureau confirms and publishes -> entitlement registered -> finance
transfers to the agent bank -> the bank credits the person's account.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import CONFIGURATION_GAP_ROOT, TOWN_CLERKS, configuration_wait, service, user, write, xor  # noqa: E402

MESSAGE = "Message_AssistanceObjection"



def posting_timer(id, name, x, y):
    return {"id": id, "type": "timer", "name": name, "x": x, "y": y,
            "ext": ['<camunda:executionListener delegateExpression="${postingPeriodOver}" event="end" />'],
            "inner": f'<bpmn:timerEventDefinition id="{id}_Definition"><bpmn:timeDuration '
                     'xsi:type="bpmn:tFormalExpression">${assistanceDeadlines.posting}</bpmn:timeDuration>'
                     '</bpmn:timerEventDefinition>'}


def objection(id, name, x, y):
    return {"id": id, "type": "message", "name": name, "x": x, "y": y,
            "inner": f'<bpmn:messageEventDefinition id="{id}_Definition" messageRef="{MESSAGE}" />'}


M = 200
nodes = [
    {"id": "StartEvent_ApplicationRegistered", "type": "start", "name": "登记扶助申请", "x": 102, "y": M + 22,
     "attrs": {"camunda:formRef": "assistanceApplication", "camunda:formRefBinding": "latest"},
     "ext": ['<camunda:executionListener delegateExpression="${registerAssistanceApplication}" event="start" />'],
     "doc": "本人向户籍所在村（居）委会申请，由镇（街道）经办人登记；登记时按申请日有效的规则版本评估资格，不符合条件的当场不予登记并说明所依据的条款（REFERENCE 4.1 程序第1步）。"},
    user("Task_VillageReview", "村（居）审议并张榜公示", 180, M, TOWN_CLERKS, "assistanceVillageReview",
         "${assistanceDeadlines.villageReview}", [("complete", "villageReviewed")],
         "村（居）民委员会审议并张榜公示（REFERENCE 4.1 程序第2步）。"),
    {"id": "Gateway_VillagePosting", "type": "eventgw", "name": "村（居）公示期", "x": 330, "y": M + 15},
    posting_timer("TimerEvent_VillagePostingOver", "公示期满无异议", 432, M + 22),
    objection("MessageEvent_VillageObjection", "公示期间有异议", 432, M + 152),
    user("Task_TownReview", "镇（街道）初审并张榜公示", 520, M, TOWN_CLERKS, "assistanceTownReview",
         "${assistanceDeadlines.townReview}", [("complete", "townReviewed")],
         "乡（镇）人民政府／街道初审并张榜公示（REFERENCE 4.1 程序第3步）。"),
    {"id": "Gateway_TownPosting", "type": "eventgw", "name": "镇（街道）公示期", "x": 670, "y": M + 15},
    posting_timer("TimerEvent_TownPostingOver", "公示期满无异议", 772, M + 22),
    objection("MessageEvent_TownObjection", "公示期间有异议", 772, M + 152),
    xor("Gateway_NeedsPolice", "需派出所证明？", 860, M + 15, default="Flow_NoPoliceCheck"),
    user("Task_PoliceCheck", "派出所核实户口性质、死亡证明", 960, M - 150, "police-liaison", "assistancePoliceCheck",
         "${assistanceDeadlines.policeCheck}", [("complete", "policeChecked")],
         "派出所出具户口性质证明及死亡证明（新北区2012年工作意见附件3：公安分局职责）。"),
    xor("Gateway_PoliceJoin", None, 1110, M + 15),
    xor("Gateway_NeedsHr", "需人社部门确认？", 1200, M + 15, default="Flow_NoHrCheck"),
    user("Task_HrCheck", "人社部门确认退休及养老金情况", 1300, M - 150, "hr-liaison", "assistanceHrCheck",
         "${assistanceDeadlines.hrCheck}", [("complete", "hrChecked")],
         "人力资源和社会保障局协助核对退休时间、养老保险类别和加发5%养老金情况（附件3：人社局职责）。"),
    xor("Gateway_HrJoin", None, 1450, M + 15),
    service("ServiceTask_Reevaluate", "按核实情况复核资格", 1540, M, "reevaluateAssistance",
            "按申请日有效的规则版本，以派出所、人社部门核实的情况代替申报情况重新评估。"),
    xor("Gateway_ReevaluationOutcome", "复核结果？", 1690, M + 15, default="Flow_NotEligibleOnConfirmedFacts"),
    user("Task_BureauConfirmation", "区人口计生局审核确认并公布", 1790, M, "bureau-clerk", "assistanceConfirmation",
         "${assistanceDeadlines.bureauConfirmation}", [("complete", "bureauDecided")],
         "县级人口计生部门审核、确认并公布（REFERENCE 4.1 程序第4步）。"),
    xor("Gateway_BureauDecision", "确认结果？", 1940, M + 15, default="Flow_BureauRefused"),
    service("ServiceTask_RegisterEntitlement", "登记享受资格", 2040, M, "registerEntitlement",
            "按扶助标准表确定金额（不取表单数值）；同一身份证号在同一扶助项目下只能有一项有效资格（数据库唯一约束）。"),
    user("Task_RecordTransfer", "财政拨付至委托发放机构", 2190, M, "finance-liaison", "assistanceTransfer",
         "${assistanceDeadlines.transfer}", [("create", "transferRecorded"), ("complete", "transferRecorded")],
         "财政局将奖励扶助资金拨付到委托发放机构（附件3：财政局职责）；同一资格同一年度只能拨付一次。"),
    user("Task_RecordCredit", "发放机构入账到个人账户", 2340, M, "finance-liaison", "assistanceCredit",
         "${assistanceDeadlines.credit}", [("complete", "creditRecorded")],
         "委托发放机构将扶助金划转到个人账户，财政局监督（附件3：财政局职责）。"),
    {"id": "EndEvent_Paid", "type": "end", "name": "已确认并发放", "x": 2492, "y": M + 22},
    service("ServiceTask_CloseRefused", "不予确认，办结", 2040, M + 170, "closeRefusedAssistance",
            "书面告知申请人不予确认的理由及所依据的条款。"),
    {"id": "EndEvent_Refused", "type": "end", "name": "不予确认", "x": 2192, "y": M + 192},
]
flows = [
    ("Flow_ToVillageReview", "StartEvent_ApplicationRegistered", "Task_VillageReview", None, None),
    ("Flow_ToVillagePosting", "Task_VillageReview", "Gateway_VillagePosting", None, None),
    ("Flow_VillagePostingRuns", "Gateway_VillagePosting", "TimerEvent_VillagePostingOver", None, None),
    ("Flow_VillageObjectionPossible", "Gateway_VillagePosting", "MessageEvent_VillageObjection", None, None),
    ("Flow_VillageObjectionBackToReview", "MessageEvent_VillageObjection", "Task_VillageReview", "重新审议", None),
    ("Flow_ToTownReview", "TimerEvent_VillagePostingOver", "Task_TownReview", None, None),
    ("Flow_ToTownPosting", "Task_TownReview", "Gateway_TownPosting", None, None),
    ("Flow_TownPostingRuns", "Gateway_TownPosting", "TimerEvent_TownPostingOver", None, None),
    ("Flow_TownObjectionPossible", "Gateway_TownPosting", "MessageEvent_TownObjection", None, None),
    ("Flow_TownObjectionBackToReview", "MessageEvent_TownObjection", "Task_TownReview", "重新审核", None),
    ("Flow_ToNeedsPolice", "TimerEvent_TownPostingOver", "Gateway_NeedsPolice", None, None),
    ("Flow_PoliceCheckNeeded", "Gateway_NeedsPolice", "Task_PoliceCheck", "户口性质或死亡证明",
     "${assistanceRouting.needsPolice(execution)}"),
    ("Flow_NoPoliceCheck", "Gateway_NeedsPolice", "Gateway_PoliceJoin", None, None),
    ("Flow_PoliceCheckDone", "Task_PoliceCheck", "Gateway_PoliceJoin", None, None),
    ("Flow_ToNeedsHr", "Gateway_PoliceJoin", "Gateway_NeedsHr", None, None),
    ("Flow_HrCheckNeeded", "Gateway_NeedsHr", "Task_HrCheck", "一次性奖励", "${assistanceRouting.needsHr(execution)}"),
    ("Flow_NoHrCheck", "Gateway_NeedsHr", "Gateway_HrJoin", None, None),
    ("Flow_HrCheckDone", "Task_HrCheck", "Gateway_HrJoin", None, None),
    ("Flow_ToReevaluate", "Gateway_HrJoin", "ServiceTask_Reevaluate", None, None),
    ("Flow_ToReevaluationOutcome", "ServiceTask_Reevaluate", "Gateway_ReevaluationOutcome", None, None),
    ("Flow_EligibleOnConfirmedFacts", "Gateway_ReevaluationOutcome", "Task_BureauConfirmation", "符合条件",
     "${assistanceRouting.eligible(execution)}"),
    ("Flow_NotEligibleOnConfirmedFacts", "Gateway_ReevaluationOutcome", "ServiceTask_CloseRefused", "不符合条件", None),
    ("Flow_ToBureauDecision", "Task_BureauConfirmation", "Gateway_BureauDecision", None, None),
    ("Flow_BureauConfirmed", "Gateway_BureauDecision", "ServiceTask_RegisterEntitlement", "确认",
     "${assistanceRouting.confirmed(execution)}"),
    ("Flow_BureauRefused", "Gateway_BureauDecision", "ServiceTask_CloseRefused", "不予确认", None),
    ("Flow_ToTransfer", "ServiceTask_RegisterEntitlement", "Task_RecordTransfer", None, None),
    ("Flow_ToCredit", "Task_RecordTransfer", "Task_RecordCredit", None, None),
    ("Flow_ToPaidEnd", "Task_RecordCredit", "EndEvent_Paid", None, None),
    ("Flow_ToRefusedEnd", "ServiceTask_CloseRefused", "EndEvent_Refused", None, None),
]
# A missing amount (config/assistance/rates.yml, or entered on the desk) holds the case at 登记享受资格 until entered.
register = next(n for n in nodes if n["id"] == "ServiceTask_RegisterEntitlement")
wait_nodes, wait_flows = configuration_wait(register, "Rate", "等待补录扶助标准")
nodes += wait_nodes
flows += wait_flows
here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "..", "processes", "assistance", "assistance-eligibility.bpmn"),
      "assistanceEligibility", "奖励扶助资格确认", nodes, flows,
      root_elements=[f'<bpmn:message id="{MESSAGE}" name="assistanceObjection" />'] + CONFIGURATION_GAP_ROOT)
