"""Generates the Camunda Forms of the birth registration into forms/birth-registration/. Run: python3 tools/birth_registration_forms.py

Labels are Chinese (the users' language); keys are the process variable names the listeners read. Client-side
checks here are a convenience: every value is checked again on the server when the form is submitted.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from camunda_forms import ID_PATTERN, TOWNS, checkbox, date, heading, radio, select, textarea, textfield, write_forms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "forms", "birth-registration")

TOWN_BASIS = [("WIFE_HUKOU", "女方户籍所在地"), ("HUSBAND_HUKOU", "男方户籍所在地"),
              ("WIFE_RESIDENCE", "女方现居住地"), ("HUSBAND_RESIDENCE", "男方现居住地")]
BIRTH_ORDERS = [("1", "第一个子女"), ("2", "第二个子女"), ("3", "第三个子女"), ("4", "第四个及以上子女")]
TIMING = [("BEFORE_BIRTH", "生育前登记（填写预产期）"), ("AFTER_BIRTH", "出生后补登（填写出生日期）")]
PHONE_PATTERN = "^(1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8})$"


def spouse(prefix, who):
    return [
        heading(f"### {who}"),
        textfield(f"{prefix}Name", f"{who}姓名"),
        textfield(f"{prefix}IdNumber", f"{who}公民身份号码", max_length=18, pattern=ID_PATTERN,
                  description="18位号码，按GB 11643校验码核验"),
    ]


FORMS = {
    "birthRegistrationApplication": [
        heading("# 生育登记\n夫妻生育第一至第三个子女实行生育登记，不实行审批（2016年1月1日起第一、二个子女，三孩政策施行起第一至第三个子女）。"
                "可在夫妻一方户籍所在地或现居住地的镇（街道）办理，生育前登记或出生后补登均可。超出登记范围的，须申请再生育审批。"),
        select("townSlug", "登记镇（街道）", TOWNS),
        select("townBasis", "在该镇（街道）登记的依据", TOWN_BASIS),
        textfield("townBasisAddress", "户籍地址或现居住地址", max_length=100,
                  description="记录选择该镇（街道）的理由：户口簿上的地址，或现居住地址"),
        date("registrationDate", "登记日期"),
        date("marriageDate", "结婚登记日期"),
        *spouse("wife", "女方"),
        *spouse("husband", "男方"),
        heading("### 登记的子女"),
        select("birthOrder", "登记的孩次", BIRTH_ORDERS),
        radio("birthTiming", "登记时间", TIMING),
        date("birthDate", "预产期或出生日期"),
        heading("### 查验材料\n一般只需居民身份证或户口簿；无法通过信息系统核查的，由当事人书面承诺代替证明（承诺制）。"),
        checkbox("docIdentity", "已查验夫妻双方居民身份证或户口簿"),
        checkbox("docMarriageCertificate", "已查验结婚证"),
        checkbox("commitmentGiven", "当事人已签署个人承诺书（代替未能查验的证明）"),
        textarea("commitmentItems", "承诺事项（签署承诺时必填）", required=False, max_length=200),
        heading("### 联系方式"),
        textfield("contactPhone", "联系电话", max_length=20, pattern=PHONE_PATTERN,
                  description="11位手机号码或带区号的固定电话"),
    ],
    "birthRegistrationTownDecision": [
        heading("## 登记信息"),
        textfield("caseNumber", "案件编号", readonly=True),
        textfield("caseTitle", "案件", readonly=True),
        textfield("townName", "登记镇（街道）", readonly=True),
        textfield("townBasisLabel", "登记地依据", readonly=True),
        textfield("childSummary", "登记的子女", readonly=True),
        textarea("documentsSummary", "查验材料", readonly=True),
        textfield("eligibilityArticle", "依据", readonly=True),
        textarea("eligibilityReason", "登记范围核对", readonly=True),
        heading("## 镇（街道）办理生育登记\n材料齐全的予以登记并发放《生育服务证》（编号由系统按年度顺序编制）；"
                "不予登记的，应书面说明理由并告知申请行政复议或者提起行政诉讼的权利。"),
        radio("registrationDecision", "登记意见", [("REGISTER", "予以登记，发放《生育服务证》"), ("REFUSE", "不予登记")]),
        textarea("refusalReasons", "不予登记的理由（不予登记时必填）", required=False),
    ],
}

write_forms(OUT, FORMS)
