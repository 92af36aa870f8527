"""Generates the Camunda Forms of the 督办 process into forms/supervision/. Run: python3 tools/supervision_forms.py

Labels are Chinese; keys are the process variable names the listeners read. The lengths are checked again on the
server (SupervisionRules, with the minimum lengths of config/supervision.yml).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from camunda_forms import heading, radio, textarea, textfield, write_forms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "forms", "supervision")


def header():
    return [heading("## 督办事项"), textfield("caseNumber", "案件编号", readonly=True),
            textfield("caseTitle", "案件", readonly=True),
            textfield("overdueStep", "逾期环节", readonly=True),
            textfield("overdueDueOn", "原办理期限", readonly=True),
            textfield("responsibleGroupName", "责任单位", readonly=True)]


FORMS = {
    "supervisionAnswer": [
        *header(),
        textarea("returnReason", "退回理由", readonly=True, when="returnReason != null"),
        heading("## 答复督办\n说明逾期原因、已采取的措施和预计办结时间。"),
        textarea("answer", "督办答复", max_length=2000),
    ],
    "supervisionReview": [
        *header(),
        textarea("answer", "督办答复", readonly=True),
        heading("## 审阅督办答复"),
        radio("reviewDecision", "审阅意见", [("ACCEPT", "同意办结"), ("RETURN", "退回重新答复")]),
        textarea("returnReason", "退回理由", required=False, when='reviewDecision = "RETURN"'),
    ],
}

if __name__ == "__main__":
    write_forms(OUT, FORMS)
