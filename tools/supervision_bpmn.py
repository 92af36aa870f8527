"""Generates processes/supervision/case-supervision.bpmn. Run: python3 tools/supervision_bpmn.py

督办 of an overdue step (issue 6): the escalation scan (SupervisionService.escalateOverdueSteps) starts one instance per
overdue user task, with business key "<case number>/督办" so the case timeline records its tasks. The overdue task's
candidate groups answer within the configured working days (config/supervision.yml); the supervisors (the town's for a
town group, else the bureau's) accept the answer, which closes the item, or return it with a reason.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import user, write, xor  # noqa: E402

M = 200
nodes = [
    {"id": "StartEvent_StepOverdue", "type": "start", "name": "环节逾期", "x": 102, "y": M + 22,
     "ext": ['<camunda:executionListener delegateExpression="${supervisionStarted}" event="start" />'],
     "doc": "督办扫描发现案件环节超过办理期限，登记督办事项（每个逾期任务只登记一次）。"},
    user("Task_AnswerSupervision", "答复督办", 200, M, "${supervisionRouting.responsibleGroups(execution)}",
         "supervisionAnswer", "${supervisionRouting.answerDue}", [("complete", "supervisionAnswered")],
         "逾期环节的责任组说明逾期原因和办理措施；答复期限见 config/supervision.yml。"),
    user("Task_ReviewSupervision", "审阅督办答复", 370, M, "${supervisionRouting.supervisors(execution)}",
         "supervisionReview", None, [("complete", "supervisionReviewed")],
         "镇（街道）的环节由该镇（街道）负责人审阅，其他环节由区局负责人审阅；同意则办结，否则说明理由退回重新答复。"),
    xor("Gateway_ReviewOutcome", "审阅意见？", 540, M + 15, default="Flow_Returned"),
    {"id": "EndEvent_SupervisionClosed", "type": "end", "name": "督办办结", "x": 652, "y": M + 22},
]
flows = [
    ("Flow_ToAnswer", "StartEvent_StepOverdue", "Task_AnswerSupervision", None, None),
    ("Flow_ToReview", "Task_AnswerSupervision", "Task_ReviewSupervision", None, None),
    ("Flow_ToReviewOutcome", "Task_ReviewSupervision", "Gateway_ReviewOutcome", None, None),
    ("Flow_Accepted", "Gateway_ReviewOutcome", "EndEvent_SupervisionClosed", "同意办结",
     "${supervisionRouting.accepted(execution)}"),
    ("Flow_Returned", "Gateway_ReviewOutcome", "Task_AnswerSupervision", "退回重新答复", None),
]
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "processes", "supervision")
os.makedirs(out, exist_ok=True)
write(os.path.join(out, "case-supervision.bpmn"), "caseSupervision", "案件督办", nodes, flows, startable=False)
