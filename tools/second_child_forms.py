"""Generates the Camunda Forms of the second-child approval into forms/second-child/. Run: python3 tools/second_child_forms.py

Labels are Chinese (the users' language); keys are the process variable names the listeners read. Client-side
checks here are a convenience: every value is checked again on the server when the form is submitted.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from camunda_forms import ID_PATTERN, TOWNS, checkbox, date, heading, number, radio, select, textarea, textfield, write_forms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "forms", "second-child")


HUKOU = [("RURAL", "农村居民"), ("URBAN", "城镇居民")]
PRIOR = [("NONE", "初婚"), ("DIVORCED", "离婚后再婚"), ("WIDOWED", "丧偶后再婚")]
# Circumstance codes, labelled with the item of the 2004 text where each first appeared; the article applied is the
# one of the rule version in force on the application date (tools/second_child_dmn.py, second-child-rule-version.dmn).
CONDITIONS = [
    ("ONE_ONLY_CHILD", "2014年修正第二十二条（一）一方为独生子女，只有一个孩子（2014年3月28日起，城乡均适用）"),
    ("ART22_1", "第二十二条（一）只有一个孩子，经病残儿医学鉴定为非严重遗传性残疾（2016年起：两个子女中有病残儿）"),
    ("ART22_2", "第二十二条（二）一方为二等乙级以上因公致残军人、武警、公安民警、见义勇为人员，或烈士的独生子女，只有一个孩子"),
    ("ART22_3", "第二十二条（三）一方丧偶，另一方未生育（2016年起：丧偶再婚的再生育情形）"),
    ("ART22_4", "第二十二条（四）一方离婚且只有一个孩子或依法生育过两个孩子，另一方未生育（2016年起：离婚再婚的再生育情形）"),
    ("ART22_5", "第二十二条（五）双方均未生育，依法收养后又怀孕"),
    ("ART22_6", "第二十二条（六）一方为两代独生子女或夫妻均为独生子女，只有一个孩子"),
    ("ART22_7", "第二十二条（七）一方从事井下作业连续五年以上，现仍从事，只有一个女孩"),
    ("ART23_1", "第二十三条（一）女方农村居民，一方为独生子女，只有一个孩子"),
    ("ART23_2", "第二十三条（二）女方农村居民，只生育一个孩子，男方其他兄弟均无生育条件"),
    ("ART23_3", "第二十三条（三）女方农村居民，男方到无兄弟的女方落户并赡养女方父母，只有一个女孩"),
    ("ART23_4", "第二十三条（四）女方农村居民，男方无兄弟且只有一个姐姐或妹妹，只有一个女孩"),
    ("ART23_5", "第二十三条（五）女方农村居民，定居人均五亩以上沿海垦区，只有一个女孩"),
    ("ART23_6", "第二十三条（六）女方农村居民，一方以海洋捕捞为业五年以上，只有一个女孩"),
    ("ART23_P2", "第二十三条第二款 女方农村居民，从事种养业，一方非遗传性一、二级肢体残疾，只有一个女孩"),
    ("ART24", "第二十四条 经批准再生育的孩子死亡后仍符合条件"),
    ("ART25", "第二十五条 双方为归侨或港澳台居民回内地定居不满六年"),
]
DOCUMENTS = [
    ("docApplicationForm", "《再生育申请审批表》（经双方单位或村（居）委会签署意见）"),
    ("docIdCards", "夫妻双方居民身份证"),
    ("docHukouBooklets", "夫妻双方户口簿"),
    ("docMarriageCertificate", "结婚证"),
    ("docChildBirthCertificate", "现有子女出生医学证明"),
    ("docOnlyChildProof", "独生子女证明（《独生子女父母光荣证》等）"),
    ("docDivorceOrDeathProof", "离婚证明或原配偶死亡证明"),
    ("docSpecialEvidence", "申请条件所需的特别证明材料"),
]


def spouse(prefix, who):
    return [
        heading(f"### {who}"),
        textfield(f"{prefix}Name", f"{who}姓名"),
        textfield(f"{prefix}IdNumber", f"{who}公民身份号码", max_length=18, pattern=ID_PATTERN,
                  description="18位号码；第一代15位号码仅在2012年12月31日前有效"),
        select(f"{prefix}HukouType", f"{who}户口性质", HUKOU),
        date(f"{prefix}RuralToUrbanOn", f"{who}农转非日期（五年内农转非的填写）", required=False),
        select(f"{prefix}PriorStatus", f"{who}婚姻状况", PRIOR),
        number(f"{prefix}ChildrenEver", f"{who}生育子女总数（含前婚）"),
        checkbox(f"{prefix}OnlyChild", f"{who}本人为独生子女"),
        checkbox(f"{prefix}TwoGenerationOnlyChild", f"{who}为两代独生子女（本人及其父或母均为独生子女）"),
    ]


def case_header(extra=()):
    return [
        heading("## 案件信息"),
        textfield("caseNumber", "案件编号", readonly=True),
        textfield("caseTitle", "案件", readonly=True),
        textfield("townName", "女方户籍所在镇（街道）", readonly=True),
        textfield("conditionSummary", "申请依据", readonly=True),
        textfield("eligibilityLabel", "资格评估", readonly=True),
        textarea("eligibilityReason", "评估说明", readonly=True),
        textfield("eligibilityArticle", "适用条款", readonly=True),
        *extra,
    ]


FORMS = {
    "secondChildApplication": [
        heading("# 照顾再生育一孩申请登记\n向女方户籍所在地镇人民政府或街道办事处提出申请（《江苏省人口与计划生育条例》第二十六条）。"),
        select("townSlug", "女方户籍所在镇（街道）", TOWNS),
        date("applicationDate", "申请日期"),
        date("marriageDate", "结婚登记日期"),
        *spouse("wife", "女方"),
        *spouse("husband", "男方"),
        heading("### 子女情况"),
        number("childrenTogether", "夫妻现有共同子女数"),
        number("girlsTogether", "其中女孩数"),
        heading("### 申请依据"),
        select("conditionCode", "申请依据的条件", CONDITIONS),
        checkbox("specialCircumstanceProven", "申请条件所需的特别情形已有证明"),
        textfield("specialCircumstanceEvidence", "特别证明材料名称及出具机关", required=False, max_length=200),
        heading("### 已收材料"),
        *[checkbox(k, l) for k, l in DOCUMENTS],
    ],
    "secondChildAcceptance": [
        *case_header([textarea("missingDocuments", "尚缺材料", readonly=True)]),
        heading("## 材料核对"),
        *[checkbox(k, l) for k, l in DOCUMENTS],
        radio("acceptanceDecision", "受理意见", [("ACCEPT", "材料齐全，予以受理"),
                                                ("REQUEST_CORRECTION", "材料不全，一次性告知补正")]),
        textarea("correctionItems", "需补正的全部材料（告知补正时必填）", required=False,
                 description="《行政许可法》第三十二条：应当当场或者在五日内一次告知申请人需要补正的全部内容"),
    ],
    "secondChildCorrection": [
        *case_header([textarea("correctionItems", "已告知补正的材料", readonly=True)]),
        heading("## 补正后材料"),
        *[checkbox(k, l) for k, l in DOCUMENTS],
        radio("correctionOutcome", "补正情况", [("SUBMITTED", "申请人已补正材料"), ("WITHDRAWN", "申请人撤回申请")]),
    ],
    "secondChildHukouProof": [
        *case_header([textfield("wifeName", "女方姓名", readonly=True),
                      textfield("wifeIdNumber", "女方公民身份号码", readonly=True)]),
        heading("## 户口性质证明（派出所）"),
        select("confirmedHukouType", "女方户口性质", HUKOU),
        date("confirmedRuralToUrbanOn", "农转非日期（如有）", required=False),
        textfield("hukouCertificateNumber", "证明编号", max_length=40),
    ],
    "secondChildTownReview": [
        *case_header(),
        heading("## 镇（街道）审核"),
        radio("townRecommendation", "审核意见", [("APPROVE", "情况属实，同意上报区局审批"),
                                              ("REFUSE", "建议不予批准")]),
        textarea("townOpinion", "审核意见说明"),
    ],
    "secondChildAssessment": [
        *case_header(),
        heading("## 病残儿医学鉴定结论\n鉴定所需时间不计入审批期限（《行政许可法》第四十五条）。"),
        select("assessmentResult", "鉴定结论", [("QUALIFIES", "非严重遗传性残疾，不能成长为正常劳动力或严重影响婚配（符合条件）"),
                                               ("NOT_QUALIFIES", "不符合第二十二条第（一）项条件")]),
        textfield("assessmentConclusionNumber", "鉴定结论通知书编号", max_length=40),
    ],
    "secondChildDecision": [
        *case_header([textfield("ruleVersion", "规则版本", readonly=True)]),
        heading("## 区人口和计划生育局审批\n自收到之日起二十个工作日内作出决定；经局长批准可延长十个工作日（《行政许可法》第四十二条）。"),
        radio("decision", "审批结果", [("APPROVE", "批准再生育一个孩子"), ("REFUSE", "不予批准"),
                                     ("REQUEST_EXTENSION", "申请延长审批期限（报局长批准）")]),
        textarea("decisionReason", "理由（不予批准或申请延期时必填）", required=False),
    ],
    "secondChildExtension": [
        *case_header([textarea("decisionReason", "延期理由", readonly=True)]),
        heading("## 局长审批延期\n延长期限为十个工作日，只能延长一次，并应将延长理由告知申请人。"),
        radio("extensionApproved", "是否同意延期", [("true", "同意延长十个工作日"), ("false", "不同意")]),
    ],
    "secondChildCertificate": [
        *case_header([textfield("certificateNumber", "生育证编号", readonly=True)]),
        heading("## 发放《生育证》\n自作出决定之日起十个工作日内颁发（《行政许可法》第四十四条）。"),
        date("certificateIssuedOn", "发证日期"),
    ],
    "secondChildPosting": [
        *case_header([textfield("certificateNumber", "生育证编号", readonly=True)]),
        heading("## 结果公示\n公示内容不含身份证号码等个人敏感信息。"),
        textfield("postingPlace", "公示地点（村务公开栏等）", max_length=100),
    ],
    "secondChildRefusalService": [
        *case_header([textarea("refusalNotice", "不予批准决定书内容", readonly=True)]),
        heading("## 送达不予批准决定书"),
        date("refusalServedOn", "送达日期"),
    ],
}

write_forms(OUT, FORMS)
