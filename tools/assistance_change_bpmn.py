"""Generates processes/assistance/assistance-change.bpmn (变更: stop an entitlement from a date, or a new bank account).
Run: python3 tools/assistance_change_bpmn.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import write, xor  # noqa: E402

M = 200
nodes = [
    {"id": "StartEvent_ChangeRequested", "type": "start", "name": "登记变更申请", "x": 102, "y": M + 22,
     "attrs": {"camunda:formRef": "assistanceChangeRequest", "camunda:formRefBinding": "latest"},
     "ext": ['<camunda:executionListener delegateExpression="${registerAssistanceChange}" event="start" />'],
     "doc": "享受对象死亡、户口迁出本区、再生育或收养子女、伤残子女康复或核查不符合条件的，由镇（街道）登记停发变更（REFERENCE 4.1/4.2）；"
            "更换代发银行或账号的，由镇（街道）登记后即时变更，享受资格继续有效。"},
    xor("Gateway_ChangeKind", "变更类型", 180, M + 15, default="Flow_ToConfirmChange"),
    {"id": "Task_ConfirmChange", "type": "user", "name": "区人口计生局审核变更", "x": 280, "y": M,
     "attrs": {"camunda:candidateGroups": "bureau-clerk", "camunda:formRef": "assistanceChangeDecision",
               "camunda:formRefBinding": "latest", "camunda:dueDate": "${assistanceDeadlines.change}"},
     "ext": ['<camunda:taskListener delegateExpression="${changeDecided}" event="complete" />'],
     "doc": "确认后，享受资格自停发日期前一日终止，不再计为有效资格。"},
    {"id": "EndEvent_ChangeDecided", "type": "end", "name": "变更已审核", "x": 432, "y": M + 22},
    {"id": "EndEvent_AccountChanged", "type": "end", "name": "代发账户已变更", "x": 432, "y": M + 142},
]
flows = [
    ("Flow_ToChangeKind", "StartEvent_ChangeRequested", "Gateway_ChangeKind", None, None),
    ("Flow_ToConfirmChange", "Gateway_ChangeKind", "Task_ConfirmChange", "停发", None),
    ("Flow_ToAccountChanged", "Gateway_ChangeKind", "EndEvent_AccountChanged", "变更账户", "${accountChanged}"),
    ("Flow_ToChangeDecided", "Task_ConfirmChange", "EndEvent_ChangeDecided", None, None),
]
here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "..", "processes", "assistance", "assistance-change.bpmn"),
      "assistanceChange", "奖励扶助变更", nodes, flows)
