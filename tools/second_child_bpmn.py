"""Generates processes/second-child/second-child-approval.bpmn. Run: python3 tools/second_child_bpmn.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import CASE_DUE, TOWN_CLERKS, service, user, write, xor  # noqa: E402




M = 200  # main line: y of 80-high tasks; events and gateways are centred on it
nodes = [
    {"id": "StartEvent_ApplicationRegistered", "type": "start", "name": "登记再生育申请", "x": 102, "y": M + 22,
     "attrs": {"camunda:formRef": "secondChildApplication", "camunda:formRefBinding": "latest"},
     "ext": ['<camunda:executionListener delegateExpression="${registerApplication}" event="start" />'],
     "doc": "女方户籍所在镇（街道）登记申请（《江苏省人口与计划生育条例》第二十六条）；登记时即核验身份证号码并按申请日有效的规则评估资格。"},
    user("Task_AcceptApplication", "受理申请", 180, M, TOWN_CLERKS, "secondChildAcceptance",
         "${secondChildDeadlines.acceptance}", [("complete", "acceptanceCompleted")],
         "材料不全的，5个工作日内一次性告知补正（《行政许可法》第三十二条第（四）项）。"),
    xor("Gateway_AcceptanceOutcome", "受理意见？", 330, M + 15),
    user("Task_RecordCorrection", "补正材料", 305, M + 170, TOWN_CLERKS, "secondChildCorrection",
         "${secondChildDeadlines.correctionResponse}", [("complete", "correctionCompleted")]),
    xor("Gateway_CorrectionOutcome", "申请人补正？", 455, M + 185, default="Flow_CorrectionSubmitted"),
    {"id": "EndEvent_Withdrawn", "type": "end", "name": "申请人撤回", "x": 562, "y": M + 192},
    xor("Gateway_NeedsHukouProof", "需证明户口性质？", 430, M + 15, default="Flow_NoHukouProofNeeded"),
    user("Task_ConfirmHukouType", "出具户口性质证明", 530, M - 150, "police-liaison", "secondChildHukouProof",
         "${secondChildDeadlines.hukouProof}", [("create", "hukouProof"), ("complete", "hukouProof")],
         "派出所出具户口性质证明（新北区2012年工作意见附件3：公安分局职责）。"),
    xor("Gateway_HukouProofJoin", None, 680, M + 15),
    user("Task_TownReview", "镇（街道）审核", 780, M, TOWN_CLERKS, "secondChildTownReview",
         CASE_DUE, [("complete", "townReviewCompleted")],
         "下级机关自受理之日起20个工作日内审查完毕（《行政许可法》第四十三条）。"),
    xor("Gateway_NeedsAssessment", "需病残儿鉴定？", 930, M + 15, default="Flow_NoAssessmentNeeded"),
    user("Task_RecordAssessment", "病残儿医学鉴定", 1030, M - 150, "bureau-clerk", "secondChildAssessment",
         None, [("complete", "assessmentCompleted")],
         "鉴定所需时间不计入审批期限（《行政许可法》第四十五条）；由市级病残儿医学鉴定机构鉴定，区局登记结论。"),
    xor("Gateway_AssessmentJoin", None, 1180, M + 15),
    service("ServiceTask_VerifyEligibility", "资格核定", 1280, M, "verifyEligibility",
            "按申请日有效的规则版本，以派出所证明和鉴定结论核定资格。"),
    user("Task_DistrictDecision", "区人口计生局审批", 1430, M, "bureau-clerk", "secondChildDecision",
         CASE_DUE, [("complete", "decisionCompleted")],
         "自收到之日起20个工作日内作出决定；经局长批准可延长10个工作日，并告知申请人理由（《行政许可法》第四十二条）。"),
    xor("Gateway_DecisionOutcome", "审批结果？", 1580, M + 15),
    user("Task_ApproveExtension", "局长审批延期", 1555, M - 150, "bureau-supervisor", "secondChildExtension",
         CASE_DUE, [("complete", "extensionAnswered")]),
    user("Task_IssueCertificate", "发放生育证", 1680, M, "bureau-clerk", "secondChildCertificate",
         CASE_DUE, [("create", "certificateIssue"), ("complete", "certificateIssue")],
         "自作出决定之日起10个工作日内颁发《生育证》（《行政许可法》第四十四条）。"),
    user("Task_PublishResult", "结果公示", 1830, M, TOWN_CLERKS, "secondChildPosting",
         "${secondChildDeadlines.postingTask}", [("complete", "resultPosted")]),
    {"id": "TimerEvent_PostingPeriodOver", "type": "timer", "name": "公示期满", "x": 1982, "y": M + 22,
     "inner": '<bpmn:timerEventDefinition id="TimerEventDefinition_PostingPeriod"><bpmn:timeDuration '
              'xsi:type="bpmn:tFormalExpression">${secondChildDeadlines.posting}</bpmn:timeDuration>'
              '</bpmn:timerEventDefinition>'},
    service("ServiceTask_CloseApprovedCase", "办结", 2060, M, "closeApprovedCase"),
    {"id": "EndEvent_Approved", "type": "end", "name": "已批准", "x": 2212, "y": M + 22},
    service("ServiceTask_PrepareRefusal", "制作不予批准决定书", 1680, M + 170, "prepareRefusal",
            "书面说明理由，并告知申请行政复议或者提起行政诉讼的权利（《行政许可法》第三十八条）。"),
    user("Task_ServeRefusal", "送达不予批准决定书", 1830, M + 170, TOWN_CLERKS, "secondChildRefusalService",
         "${secondChildDeadlines.certificate}", [("complete", "refusalServed")]),
    {"id": "EndEvent_Refused", "type": "end", "name": "不予批准", "x": 1982, "y": M + 192},
]
flows = [
    ("Flow_ToAcceptance", "StartEvent_ApplicationRegistered", "Task_AcceptApplication", None, None),
    ("Flow_ToAcceptanceOutcome", "Task_AcceptApplication", "Gateway_AcceptanceOutcome", None, None),
    ("Flow_CorrectionRequested", "Gateway_AcceptanceOutcome", "Task_RecordCorrection", "一次性告知补正",
     "${acceptanceDecision == 'REQUEST_CORRECTION'}"),
    ("Flow_ToCorrectionOutcome", "Task_RecordCorrection", "Gateway_CorrectionOutcome", None, None),
    ("Flow_CorrectionSubmitted", "Gateway_CorrectionOutcome", "Task_AcceptApplication", "已补正", None),
    ("Flow_Withdrawn", "Gateway_CorrectionOutcome", "EndEvent_Withdrawn", "撤回",
     "${correctionOutcome == 'WITHDRAWN'}"),
    ("Flow_Accepted", "Gateway_AcceptanceOutcome", "Gateway_NeedsHukouProof", "予以受理",
     "${acceptanceDecision == 'ACCEPT'}"),
    ("Flow_HukouProofNeeded", "Gateway_NeedsHukouProof", "Task_ConfirmHukouType", "女方农村居民条件", "${secondChildRouting.needsHukouProof(execution)}"),
    ("Flow_NoHukouProofNeeded", "Gateway_NeedsHukouProof", "Gateway_HukouProofJoin", None, None),
    ("Flow_HukouProofDone", "Task_ConfirmHukouType", "Gateway_HukouProofJoin", None, None),
    ("Flow_ToTownReview", "Gateway_HukouProofJoin", "Task_TownReview", None, None),
    ("Flow_ToNeedsAssessment", "Task_TownReview", "Gateway_NeedsAssessment", None, None),
    ("Flow_AssessmentNeeded", "Gateway_NeedsAssessment", "Task_RecordAssessment", "病残儿条件", "${secondChildRouting.needsAssessment(execution)}"),
    ("Flow_NoAssessmentNeeded", "Gateway_NeedsAssessment", "Gateway_AssessmentJoin", None, None),
    ("Flow_AssessmentDone", "Task_RecordAssessment", "Gateway_AssessmentJoin", None, None),
    ("Flow_ToVerifyEligibility", "Gateway_AssessmentJoin", "ServiceTask_VerifyEligibility", None, None),
    ("Flow_ToDecision", "ServiceTask_VerifyEligibility", "Task_DistrictDecision", None, None),
    ("Flow_ToDecisionOutcome", "Task_DistrictDecision", "Gateway_DecisionOutcome", None, None),
    ("Flow_ExtensionRequested", "Gateway_DecisionOutcome", "Task_ApproveExtension", "申请延期",
     "${decision == 'REQUEST_EXTENSION'}"),
    ("Flow_BackToDecision", "Task_ApproveExtension", "Task_DistrictDecision", None, None),
    ("Flow_Approved", "Gateway_DecisionOutcome", "Task_IssueCertificate", "批准", "${decision == 'APPROVE'}"),
    ("Flow_ToPosting", "Task_IssueCertificate", "Task_PublishResult", None, None),
    ("Flow_ToPostingPeriod", "Task_PublishResult", "TimerEvent_PostingPeriodOver", None, None),
    ("Flow_ToClose", "TimerEvent_PostingPeriodOver", "ServiceTask_CloseApprovedCase", None, None),
    ("Flow_ToApprovedEnd", "ServiceTask_CloseApprovedCase", "EndEvent_Approved", None, None),
    ("Flow_Refused", "Gateway_DecisionOutcome", "ServiceTask_PrepareRefusal", "不予批准", "${decision == 'REFUSE'}"),
    ("Flow_ToServeRefusal", "ServiceTask_PrepareRefusal", "Task_ServeRefusal", None, None),
    ("Flow_ToRefusedEnd", "Task_ServeRefusal", "EndEvent_Refused", None, None),
]
here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "..", "processes", "second-child", "second-child-approval.bpmn"),
      "secondChildApproval", "照顾再生育一孩审批", nodes, flows)
