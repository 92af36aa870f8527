"""Generates processes/birth-registration/birth-registration.bpmn. Run: python3 tools/birth_registration_bpmn.py

生育登记 (REFERENCE.md §12 B2, D2-D3): the couple register at the town of either spouse's hukou or residence; the
start listener checks the input and the birth order (decision table birthRegistrationEligibility) and refuses at the
field what cannot be registered; the town registers (《生育服务证》 with a unique number) or refuses in writing.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmn_layout import TOWN_CLERKS, service, user, write, xor  # noqa: E402

M = 200  # main line: y of 80-high tasks; events and gateways are centred on it
R = M + 170  # the refusal line

ROOT_ELEMENTS = [
    '<bpmn:error id="Error_RegistrationConflict" name="该子女已登记" errorCode="REGISTRATION_CONFLICT" />',
]

nodes = [
    {"id": "StartEvent_RegistrationRequested", "type": "start", "name": "申请生育登记", "x": 152, "y": M + 22,
     "attrs": {"camunda:formRef": "birthRegistrationApplication", "camunda:formRefBinding": "latest"},
     "ext": ['<camunda:executionListener delegateExpression="${registerBirth}" event="start" />'],
     "doc": "夫妻一方户籍所在地或现居住地的镇（街道）办理生育登记（国卫办人口发〔2021〕21号，REFERENCE.md §12 D3）；"
            "登记时核验双方身份证号码，并按登记日期和出生（预产）日期判定孩次是否属于生育登记范围"
            "（决策表 birthRegistrationEligibility）：2016年1月1日前不办理生育登记，超出范围的孩次须申请再生育审批。"},
    user("Task_TownRegistration", "镇（街道）办理生育登记", 250, M, TOWN_CLERKS, "birthRegistrationTownDecision",
         "${birthRegistrationDeadlines.townDecision}", [("complete", "birthRegistrationDecided")],
         "材料齐全的予以登记并发放《生育服务证》，不予登记的书面说明理由并告知复议、诉讼权利。办理时限：江苏省规定未找到"
         "（REFERENCE.md §12 D2，NOT FOUND）；常州办事指南（SECONDARY, weak）为10个工作日，默认10个工作日"
         "（config/birth-registration.yml：app.birth-registration.town-decision-working-days）。"),
    xor("Gateway_RegistrationDecision", "登记意见？", 410, M + 15),
    service("ServiceTask_IssueServiceCertificate", "发放《生育服务证》", 520, M, "issueServiceCertificate",
            "再次核对登记记录（同一女方同一孩次已登记的不重复登记），按年度顺序号编制《生育服务证》编号"
            "（app.birth-registration.certificate-number-format），记入案件。"),
    {"id": "BoundaryEvent_AlreadyRegistered", "type": "boundary", "name": "该子女已登记", "x": 582, "y": M + 62,
     "attrs": {"attachedToRef": "ServiceTask_IssueServiceCertificate", "cancelActivity": "true"},
     "inner": '<bpmn:errorEventDefinition id="ErrorEventDefinition_AlreadyRegistered" '
              'errorRef="Error_RegistrationConflict" />'},
    {"id": "EndEvent_Registered", "type": "end", "name": "已登记", "x": 702, "y": M + 22},
    xor("Gateway_RefusalJoin", None, 660, R + 15),
    service("ServiceTask_WriteRefusal", "制作不予登记告知书", 770, R, "refuseBirthRegistration",
            "书面说明不予登记的理由，并告知申请行政复议或者提起行政诉讼的权利和期限（config/birth-registration.yml）。"),
    {"id": "EndEvent_Refused", "type": "end", "name": "不予登记", "x": 932, "y": R + 22},
]
flows = [
    ("Flow_ToTownRegistration", "StartEvent_RegistrationRequested", "Task_TownRegistration", None, None),
    ("Flow_ToRegistrationDecision", "Task_TownRegistration", "Gateway_RegistrationDecision", None, None),
    ("Flow_Register", "Gateway_RegistrationDecision", "ServiceTask_IssueServiceCertificate", "予以登记",
     "${registrationDecision == 'REGISTER'}"),
    ("Flow_ToRegistered", "ServiceTask_IssueServiceCertificate", "EndEvent_Registered", None, None),
    ("Flow_Refuse", "Gateway_RegistrationDecision", "Gateway_RefusalJoin", "不予登记",
     "${registrationDecision == 'REFUSE'}"),
    ("Flow_AlreadyRegistered", "BoundaryEvent_AlreadyRegistered", "Gateway_RefusalJoin", None, None),
    ("Flow_ToWriteRefusal", "Gateway_RefusalJoin", "ServiceTask_WriteRefusal", None, None),
    ("Flow_ToRefused", "ServiceTask_WriteRefusal", "EndEvent_Refused", None, None),
]
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "processes", "birth-registration", "birth-registration.bpmn")
os.makedirs(os.path.dirname(out), exist_ok=True)
write(out, "birthRegistration", "生育登记", nodes, flows, root_elements=ROOT_ELEMENTS)
