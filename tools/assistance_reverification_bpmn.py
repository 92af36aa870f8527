"""Generates processes/assistance/assistance-reverification.bpmn (年度核查 of one beneficiary).
Run: python3 tools/assistance_reverification_bpmn.py. Started by AssistanceReverification, not from the Tasklist.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import write  # noqa: E402

M = 200
nodes = [
    {"id": "StartEvent_ReverificationStarted", "type": "start", "name": "年度核查启动", "x": 102, "y": M + 22,
     "doc": "区人口计生局一次启动全部现有享受对象的年度核查（分批启动，进度可查）。"},
    {"id": "Task_AnnualVerification", "type": "user", "name": "镇（街道）年度核查", "x": 180, "y": M,
     "attrs": {"camunda:candidateGroups": "${caseRouting.townClerks(execution)}",
               "camunda:formRef": "assistanceReverification", "camunda:formRefBinding": "latest",
               "camunda:dueDate": "${assistanceDeadlines.reverification}"},
     "ext": ['<camunda:taskListener delegateExpression="${reverified}" event="complete" />'],
     "doc": "核实享受对象仍符合条件；死亡、户口迁出、再生育等情形另行登记变更（停发）。"},
    {"id": "EndEvent_Reverified", "type": "end", "name": "核查完成", "x": 332, "y": M + 22},
]
flows = [
    ("Flow_ToAnnualVerification", "StartEvent_ReverificationStarted", "Task_AnnualVerification", None, None),
    ("Flow_ToReverified", "Task_AnnualVerification", "EndEvent_Reverified", None, None),
]
here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "..", "processes", "assistance", "assistance-reverification.bpmn"),
      "assistanceReverification", "奖励扶助年度核查", nodes, flows, startable=False)
