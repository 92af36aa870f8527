#!/usr/bin/env python3
"""Writes the second-child eligibility DMN files of the versions after 2004 (issue 14, point 5).

    python3 tools/second_child_dmn.py

* processes/second-child/second-child-eligibility-js2014.dmn - 《江苏省人口与计划生育条例》 as amended 2014-03-28
  (单独两孩, REFERENCE.md §12 A1-A6). Derived row by row from the hand-kept 2004 file: the same circumstance codes,
  renumbered articles (A4), the 烈士独生子女 words dropped from the disability item, and the old 双独 / rural 单独
  items (codes ART22_6, ART23_1) answered by the new art. 22 (一) "一方为独生子女，只有一个孩子", which also takes the
  new code ONE_ONLY_CHILD. Art. 26 (2014): woman 24 or older, except the remarriage items 22 (四)(五).
* processes/second-child/second-child-eligibility-js2016.dmn - from 2016-01-01 (全面两孩, §12 B1-B4, D2-D4): a first
  or second child is registered (生育登记), not approved; approval (再生育审批) only for the three cases of B4.
  SECONDARY, weak, not verified.
* processes/second-child/second-child-eligibility-js2021.dmn - from the 2021 amendment (三孩, §12 B5-B6): first to
  third child registered; the Jiangsu 2021 re-birth conditions were NOT FOUND, the rows are the B4 cases carried one
  child up [I], not verified.

The 2004 file itself (processes/second-child/second-child-eligibility-js2004.dmn) is kept by hand; the rule-version
table (second-child-rule-version.dmn) too. Their annotations name these files.
"""
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "processes" / "second-child"
NS = {"d": "https://www.omg.org/spec/DMN/20191111/MODEL/"}

REG = "《江苏省人口与计划生育条例》"
R2004 = REG + "（2004年修正）"
R2014 = REG + "（2014年修正）"
R2016 = REG + "（2016年修正）"
R2021 = REG + "（2021年修正）"

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" '
          'xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" '
          'xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" '
          'xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_{key}" name="{title}" '
          'namespace="http://camunda.org/schema/1.0/dmn" exporter="Camunda Modeler" exporterVersion="5.40.0" '
          'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">\n')


def q(s):
    """A FEEL string literal."""
    return '"' + s + '"'


def write_dmn(path, key, title, decision_name, inputs, rules, annotation):
    """inputs: (column id, label, expression, typeRef or None); rules: (description, entries, [outcome, article, reason])."""
    out = [HEADER.format(key=key, title=title)]
    out.append(f'  <decision id="{key}" name="{decision_name}" camunda:historyTimeToLive="P3650D">\n')
    out.append(f'    <decisionTable id="DecisionTable_{key}" hitPolicy="FIRST">\n')
    for column, label, expression, type_ref in inputs:
        typed = f' typeRef="{type_ref}"' if type_ref else ""
        out.append(f'      <input id="Input_{column}" label="{label}">\n')
        out.append(f'        <inputExpression id="InputExpression_{column}"{typed}>\n')
        out.append(f'          <text>{escape(expression)}</text>\n')
        out.append('        </inputExpression>\n')
        out.append('      </input>\n')
    out.append('      <output id="Output_outcome" label="审查结果" name="outcome" typeRef="string" />\n')
    out.append('      <output id="Output_article" label="适用条款" name="article" typeRef="string" />\n')
    out.append('      <output id="Output_reason" label="理由" name="reason" typeRef="string" />\n')
    for n, (description, entries, outputs) in enumerate(rules, start=1):
        assert len(entries) == len(inputs), (description, entries)
        rid = f"Rule_{n:03d}"
        out.append(f'        <rule id="{rid}">\n')
        out.append(f'          <description>{escape(description)}</description>\n')
        for i, entry in enumerate(entries, start=1):
            out.append(f'          <inputEntry id="{rid}_in{i:02d}">\n')
            out.append(f'            <text>{escape(entry)}</text>\n')
            out.append('          </inputEntry>\n')
        for i, value in enumerate(outputs, start=1):
            out.append(f'          <outputEntry id="{rid}_out{i}">\n')
            out.append(f'            <text>{escape(value)}</text>\n')
            out.append('          </outputEntry>\n')
        out.append('        </rule>\n')
    out.append('    </decisionTable>\n')
    out.append('  </decision>\n')
    out.append('  <textAnnotation id="TextAnnotation_legalBasis">\n')
    out.append(f'    <text>{escape(annotation)}</text>\n')
    out.append('  </textAnnotation>\n')
    out.append('  <association id="Association_legalBasis">\n')
    out.append(f'    <sourceRef href="#{key}" />\n')
    out.append('    <targetRef href="#TextAnnotation_legalBasis" />\n')
    out.append('  </association>\n')
    out.append('  <dmndi:DMNDI>\n')
    out.append(f'    <dmndi:DMNDiagram id="DMNDiagram_{key}">\n')
    out.append(f'      <dmndi:DMNShape id="DMNShape_{key}" dmnElementRef="{key}">\n')
    out.append('        <dc:Bounds height="80" width="180" x="160" y="100" />\n')
    out.append('      </dmndi:DMNShape>\n')
    out.append('      <dmndi:DMNShape id="DMNShape_TextAnnotation_legalBasis" dmnElementRef="TextAnnotation_legalBasis">\n')
    out.append('        <dc:Bounds height="200" width="420" x="420" y="40" />\n')
    out.append('      </dmndi:DMNShape>\n')
    out.append('      <dmndi:DMNEdge id="DMNEdge_Association_legalBasis" dmnElementRef="Association_legalBasis">\n')
    out.append('        <di:waypoint x="340" y="140" />\n')
    out.append('        <di:waypoint x="420" y="140" />\n')
    out.append('      </dmndi:DMNEdge>\n')
    out.append('    </dmndi:DMNDiagram>\n')
    out.append('  </dmndi:DMNDI>\n')
    out.append('</definitions>\n')
    path.write_text("".join(out), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({len(rules)} rules)")


# ------------------------------------------------------------------------------------------------------ 2014

# The fifteen inputs of the 2004 table, in its order (the Java contract, EligibilityFacts.NAMES).
FACT_INPUTS = [
    ("conditionCode", "申请依据的条件", "conditionCode", "string"),
    ("womanAge", "女方周岁年龄", "womanAge", "integer"),
    ("womanRural", "女方为农村居民", "womanRural", "boolean"),
    ("childrenTogether", "夫妻现有共同子女数", "childrenTogether", "integer"),
    ("girlsOnly", "现有子女均为女孩", "girlsOnly", "boolean"),
    ("husbandPriorStatus", "男方此前婚姻状况", "husbandPriorStatus", "string"),
    ("wifePriorStatus", "女方此前婚姻状况", "wifePriorStatus", "string"),
    ("husbandChildrenEver", "男方生育过的子女数", "husbandChildrenEver", "integer"),
    ("wifeChildrenEver", "女方生育过的子女数", "wifeChildrenEver", "integer"),
    ("husbandOnlyChild", "男方为独生子女", "husbandOnlyChild", "boolean"),
    ("wifeOnlyChild", "女方为独生子女", "wifeOnlyChild", "boolean"),
    ("husbandTwoGenerationOnlyChild", "男方为两代独生子女", "husbandTwoGenerationOnlyChild", "boolean"),
    ("wifeTwoGenerationOnlyChild", "女方为两代独生子女", "wifeTwoGenerationOnlyChild", "boolean"),
    ("specialCircumstanceProven", "特殊情形证明已提交", "specialCircumstanceProven", "boolean"),
    ("disabledChildAssessment", "病残儿医学鉴定结论", "disabledChildAssessment", "string"),
]
COL = {column: i for i, (column, _, _, _) in enumerate(FACT_INPUTS)}

# Circumstance code -> (article text in the 2004 file, article in the 2014 text, source of the 2014 text).
SRC_A2 = "来源：REFERENCE.md §12 A2、A4（VERIFIED，二手转载，未经公报核对）"
SRC_A3 = "来源：REFERENCE.md §12 A3、A4（VERIFIED，二手转载，未经公报核对）"
SRC_A3_P2 = "来源：REFERENCE.md §12 A3（第二款未修改，VERIFIED，二手转载）"
SRC_3_1 = "来源：REFERENCE.md §3.1、§3.2.3（2014年合并文本，[S]；2014年修正未改动本条）"
SRC_A5 = "来源：REFERENCE.md §12 A5（VERIFIED，二手转载，未经公报核对）"
RENUMBER = {
    "ART22_1": ("第二十二条第（一）项", "第二十二条第（二）项", SRC_A2),
    "ART22_2": ("第二十二条第（二）项", "第二十二条第（三）项", SRC_A2),
    "ART22_3": ("第二十二条第（三）项", "第二十二条第（四）项", SRC_A2),
    "ART22_4": ("第二十二条第（四）项", "第二十二条第（五）项", SRC_A2),
    "ART22_5": ("第二十二条第（五）项", "第二十二条第（六）项", SRC_A2),
    "ART22_7": ("第二十二条第（七）项", "第二十二条第（七）项", SRC_A2),
    "ART23_2": ("第二十三条第一款第（二）项", "第二十三条第一款第（一）项", SRC_A3),
    "ART23_3": ("第二十三条第一款第（三）项", "第二十三条第一款第（二）项", SRC_A3),
    "ART23_4": ("第二十三条第一款第（四）项", "第二十三条第一款第（三）项", SRC_A3),
    "ART23_5": ("第二十三条第一款第（五）项", "第二十三条第一款第（四）项", SRC_A3),
    "ART23_6": ("第二十三条第一款第（六）项", "第二十三条第一款第（五）项", SRC_A3),
    "ART23_P2": ("第二十三条第二款", "第二十三条第二款", SRC_A3_P2),
    "ART24": ("第二十四条", "第二十四条", SRC_3_1),
    "ART25": ("第二十五条", "第二十五条", SRC_3_1),
}
# Codes answered by the new art. 22 (一): the new code, and the two 2004 items it absorbed (A4).
ONLY_CHILD_CODES = ["ONE_ONLY_CHILD", "ART22_6", "ART23_1"]
ALL_2014_CODES = ["ONE_ONLY_CHILD", "ART22_1", "ART22_2", "ART22_3", "ART22_4", "ART22_5", "ART22_6",
                  "ART22_7", "ART23_1", "ART23_2", "ART23_3", "ART23_4", "ART23_5", "ART23_6", "ART23_P2", "ART24",
                  "ART25"]
REMARRIAGE_CODES = ["ART22_3", "ART22_4"]


def read_2004():
    tree = ET.parse(FOLDER / "second-child-eligibility-js2004.dmn")
    rules = []
    for rule in tree.getroot().iter("{%s}rule" % NS["d"]):
        entries = [e.find("d:text", NS).text for e in rule.findall("d:inputEntry", NS)]
        outputs = [e.find("d:text", NS).text for e in rule.findall("d:outputEntry", NS)]
        rules.append((rule.get("id"), rule.find("d:description", NS).text, entries, outputs))
    return rules


def entries(**values):
    row = ["-"] * len(FACT_INPUTS)
    for column, value in values.items():
        row[COL[column]] = value
    return row


def codes(code_list):
    return ",".join(q(c) for c in code_list)


def js2014_rules():
    art22_1 = R2014 + "第二十二条第（一）项"
    art22_1_text = (art22_1 + "：一方为独生子女，只有一个孩子的（2014年修正新增，城乡夫妻均适用；原第二十二条第（六）项“两代独生子女、"
                    "夫妻均为独生子女”和原第二十三条第一款第（一）项“女方为农村居民，一方为独生子女”并入本项）。本行：")
    only_child = [
        (art22_1_text + "男方为独生子女，只有一个孩子。" + SRC_A2,
         entries(conditionCode=codes(ONLY_CHILD_CODES), womanAge=">= 24", childrenTogether="1", husbandOnlyChild="true"),
         ['"ELIGIBLE"', q(art22_1), q("男方为独生子女，夫妻只有一个孩子，符合第二十二条第（一）项，可以申请再生育一个孩子")]),
        (art22_1_text + "女方为独生子女，只有一个孩子。" + SRC_A2,
         entries(conditionCode=codes(ONLY_CHILD_CODES), womanAge=">= 24", childrenTogether="1", wifeOnlyChild="true"),
         ['"ELIGIBLE"', q(art22_1), q("女方为独生子女，夫妻只有一个孩子，符合第二十二条第（一）项，可以申请再生育一个孩子")]),
        (art22_1_text + "夫妻现有子女不是一个。" + SRC_A2,
         entries(conditionCode=codes(ONLY_CHILD_CODES), childrenTogether="0, > 1"),
         ['"INELIGIBLE"', q(art22_1), q("夫妻现有子女不是一个，不符合第二十二条第（一）项“只有一个孩子”的条件")]),
        (art22_1_text + "双方均非独生子女。" + SRC_A2,
         entries(conditionCode=codes(ONLY_CHILD_CODES), childrenTogether="1", husbandOnlyChild="false",
                 wifeOnlyChild="false"),
         ['"INELIGIBLE"', q(art22_1), q("夫妻双方均不是独生子女，不符合第二十二条第（一）项“一方为独生子女”的条件")]),
        (art22_1_text + "兜底：以上各行均未命中（通常为申请信息缺项）。" + SRC_A2,
         entries(conditionCode=codes(ONLY_CHILD_CODES)),
         ['"INELIGIBLE"', q(art22_1), q("申请信息不完整或不符合第二十二条第（一）项（一方为独生子女，只有一个孩子的）的条件")]),
    ]
    art26 = R2014 + "第二十六条"
    age_row = (
        art26 + "：符合本条例规定可以再生育一个孩子的夫妻，在女方达到二十四周岁后可以提出生育申请，但属于本条例第二十二条第四项、"
        "第五项规定情形的，婚后即可提出申请。本行：女方未满二十四周岁（再婚的第二十二条第（四）项、第（五）项除外）。" + SRC_A5,
        entries(conditionCode=codes([c for c in ALL_2014_CODES if c not in REMARRIAGE_CODES]), womanAge="< 24"),
        ['"INELIGIBLE"', q(art26),
         q("女方未满二十四周岁，依照第二十六条须在女方达到二十四周岁后方可申请再生育（第二十二条第（四）项、第（五）项再婚情形除外）")])
    art23 = R2014 + "第二十三条"
    rural_row = (
        art23 + "：第二十三条第一款、第二款仅适用于女方为农村居民的夫妻；农村居民转为城镇居民但仍在农村居住生活的，以及成建制转为城镇"
        "居民的，自转为城镇居民之日起五年内仍适用（第二十三条第三款）。本行：女方不是农村居民，第二十三条各项均不适用（“一方为独生子女”"
        "自2014年修正起属第二十二条第（一）项，城乡均适用）。" + SRC_A3,
        entries(conditionCode=codes(["ART23_2", "ART23_3", "ART23_4", "ART23_5", "ART23_6", "ART23_P2"]),
                womanRural="false"),
        ['"INELIGIBLE"', q(art23), q("第二十三条仅适用于女方为农村居民的夫妻（含转为城镇居民未满五年或成建制转为城镇居民未满五年的），女方不是农村居民")])

    rules = [age_row, rural_row] + only_child
    for rid, description, row, outputs in read_2004():
        if rid in ("Rule_001", "Rule_002"):
            continue
        code = row[0].strip('"') if row[0] != "-" else None
        if code in ("ART22_6", "ART23_1", "ONE_ONLY_CHILD"):
            continue
        if code is None:  # the catch-all
            rules.append((description.replace(R2004, R2014) + "。" + SRC_A2, row,
                          [o.replace(R2004, R2014) for o in outputs]))
            continue
        old, new, source = RENUMBER[code]

        def convert(text):
            text = text.replace(R2004, R2014).replace(old, new)
            if code == "ART22_2":
                text = text.replace("，或者一方为烈士的独生子女", "").replace("人员或烈士的独生子女", "人员")
            return text

        text = convert(description)
        if code == "ART22_2":
            text += "（2014年修正删去了“或者一方为烈士的独生子女”，该情形并入第二十二条第（一）项）"
        rules.append((text + "。" + source, row, [convert(o) for o in outputs]))
    for description, _, outputs in rules:
        assert "2004" not in description and all("2004" not in o for o in outputs), description
        assert "烈士" not in "".join(outputs), outputs
    return rules


JS2014_ANNOTATION = (
    "Legal basis: 《江苏省人口与计划生育条例》 as amended 2014-03-28 (第二次修正, 单独两孩), in force on promulgation, "
    "2014-03-28 (REFERENCE.md §12 A1), arts. 22-26. Article texts from secondary copies of the 2014 consolidated text "
    "(§12 A2-A5, VERIFIED on secondary pages, no gazette): check against jsrd.gov.cn before go-live. Generated by "
    "tools/second_child_dmn.py from the 2004 table: same circumstance codes and columns; articles renumbered "
    "(A4: old 22(一)-(五) are (二)-(六), old 23(二)-(六) are 23(一)-(五)); the new 22(一) \"一方为独生子女，只有一个孩子\" "
    "takes code ONE_ONLY_CHILD and the absorbed 2004 codes ART22_6 (双独/两代独生子女) and ART23_1 (rural 单独), "
    "for urban and rural couples alike; \"烈士的独生子女\" is dropped from 22(三). Art. 26 (2014): woman aged 24 or more, "
    "except 22(四)(五) remarriage, which may apply right after marriage. Hit policy FIRST, same row order as the 2004 "
    "table: age rule, rural-woman rule, then per condition ELIGIBLE rows, INELIGIBLE rows naming the missing fact, a "
    "general INELIGIBLE row, and a last catch-all. Chosen by second-child-rule-version.dmn for applications dated "
    "from 2014-03-28 up to the 2016 version's configured start (app.second-child.rule-versions.js2016.effective-from).")


# ------------------------------------------------------------------------------------------------ 2016, 2021

# The later tables count children; they read the facts of the same Java contract and compute the counts in FEEL.
COUNT_INPUTS = [
    ("conditionCode", "申请依据的条件", "conditionCode", "string"),
    ("familyChildren", "夫妻双方现有子女合计（共同子女只计一次）",
     "husbandChildrenEver + wifeChildrenEver - childrenTogether", None),
    ("childrenTogether", "夫妻现有共同子女数", "childrenTogether", "integer"),
    ("husbandPriorChildren", "男方婚前（与他人）生育的子女数", "husbandChildrenEver - childrenTogether", None),
    ("wifePriorChildren", "女方婚前（与他人）生育的子女数", "wifeChildrenEver - childrenTogether", None),
    ("disabledChildAssessment", "病残儿医学鉴定结论", "disabledChildAssessment", "string"),
]
CCOL = {column: i for i, (column, _, _, _) in enumerate(COUNT_INPUTS)}


def centries(**values):
    row = ["-"] * len(COUNT_INPUTS)
    for column, value in values.items():
        row[CCOL[column]] = value
    return row


REGISTRATION_PATH = (
    "请告知申请人到夫妻一方户籍所在地或现居住地的镇（街道）计划生育办公室办理生育登记（也可经村（居）委会办理），携带结婚证、"
    "双方户口簿和居民身份证；再婚的另带离婚协议书、判决书或调解书，子女死亡的另带死亡证明。生育登记不是审批：请在任务列表“启动流程 → 生育登记”中办理，本申请不予登记为再生育审批")


def js2016_rules():
    weak = "（SECONDARY, weak, not verified：REFERENCE.md §12 B4，常州本地宝页面转引“本条例”，条号及审批程序未找到）"
    reg_src = ("来源：REFERENCE.md §12 B1（人口与计划生育法2015年修正第十八条，2016-01-01施行，SECONDARY）、B2（中发〔2015〕40号，"
               "VERIFIED，二手新闻）、D2（常州办理材料，SECONDARY, weak, not verified）")
    registration = "《中华人民共和国人口与计划生育法》（2015年修正）第十八条；中发〔2015〕40号"
    b4 = R2016 + "再生育条件（条号未找到）"
    b4_text = ("：符合下列情形之一的，可以要求安排再生育子女：1、一方婚前未生育，一方婚前已生育过一个子女，且双方婚后共同生育一个子女的；"
               "2、双方婚前合计生育两个及以上子女，且没有共同生育子女的；3、已生育的两个子女中，有经病残儿医学鉴定机构鉴定为病残儿，"
               "医学上认为可以再生育的。依法收养的子女不计入生育的子女数。本行：")
    two_cases = codes(REMARRIAGE_CODES)
    return [
        ("中发〔2015〕40号：实行生育登记服务制度，对生育两个以内（含两个）孩子的，不实行审批，由家庭自主安排生育。本行：夫妻双方现有子女"
         "合计不超过一个，申请所涉为第一个或第二个子女，办理生育登记，不予登记审批申请。" + reg_src,
         centries(familyChildren="[0..1]"),
         ['"REGISTRATION_ONLY"', q(registration),
          q("自2016年1月1日起，一对夫妻生育两个以内（含两个）子女不实行审批，实行生育登记（中发〔2015〕40号）。夫妻双方现有子女合计"
            "不超过一个，所涉为第一个或第二个子女，无需申请再生育审批。" + REGISTRATION_PATH)]),
        (b4 + b4_text + "情形1：男方婚前生育过一个子女，女方婚前未生育，双方婚后共同生育一个子女。" + weak,
         centries(conditionCode=two_cases, familyChildren="2", childrenTogether="1", husbandPriorChildren="1",
                  wifePriorChildren="0"),
         ['"ELIGIBLE"', q(b4 + "第1项"),
          q("男方婚前生育过一个子女，女方婚前未生育，双方婚后共同生育一个子女，可以要求安排再生育子女（2016年修正再生育情形1，依据未经核实，审批时请核对现行条例）")]),
        (b4 + b4_text + "情形1：女方婚前生育过一个子女，男方婚前未生育，双方婚后共同生育一个子女。" + weak,
         centries(conditionCode=two_cases, familyChildren="2", childrenTogether="1", husbandPriorChildren="0",
                  wifePriorChildren="1"),
         ['"ELIGIBLE"', q(b4 + "第1项"),
          q("女方婚前生育过一个子女，男方婚前未生育，双方婚后共同生育一个子女，可以要求安排再生育子女（2016年修正再生育情形1，依据未经核实，审批时请核对现行条例）")]),
        (b4 + b4_text + "情形2：双方婚前合计生育两个及以上子女，没有共同生育子女。" + weak,
         centries(conditionCode=two_cases, familyChildren=">= 2", childrenTogether="0"),
         ['"ELIGIBLE"', q(b4 + "第2项"),
          q("双方婚前合计生育两个及以上子女，且没有共同生育子女，可以要求安排再生育子女（2016年修正再生育情形2，依据未经核实，审批时请核对现行条例）")]),
        (b4 + b4_text + "情形1、2以外的再婚夫妻。" + weak,
         centries(conditionCode=two_cases, familyChildren=">= 2"),
         ['"INELIGIBLE"', q(b4),
          q("再婚夫妻只有在“一方婚前未生育、一方婚前已生育一个子女且婚后共同生育一个子女”或“双方婚前合计生育两个及以上子女且没有共同生育子女”"
            "时可以要求安排再生育子女，本申请不属于上述情形")]),
        (b4 + b4_text + "情形3：已生育的两个子女中有病残儿，鉴定结论为可以再生育。" + weak,
         centries(conditionCode=q("ART22_1"), familyChildren="2", childrenTogether="2",
                  disabledChildAssessment=q("QUALIFIES")),
         ['"ELIGIBLE"', q(b4 + "第3项"),
          q("已生育的两个子女中有经病残儿医学鉴定机构鉴定为病残儿、医学上认为可以再生育的，可以要求安排再生育子女（2016年修正再生育情形3，依据未经核实，审批时请核对现行条例）")]),
        (b4 + b4_text + "情形3：两个子女，病残儿医学鉴定未申请或尚在进行中。" + weak,
         centries(conditionCode=q("ART22_1"), familyChildren="2", childrenTogether="2",
                  disabledChildAssessment=q("NONE") + "," + q("PENDING")),
         ['"NEEDS_ASSESSMENT"', q(b4 + "第3项"),
          q("须经病残儿医学鉴定机构鉴定为病残儿、医学上认为可以再生育后，方可依2016年修正再生育情形3批准")]),
        (b4 + b4_text + "情形3：鉴定结论为不符合，或子女数不是两个。" + weak,
         centries(conditionCode=q("ART22_1"), familyChildren=">= 2"),
         ['"INELIGIBLE"', q(b4 + "第3项"),
          q("不符合2016年修正再生育情形3（已生育的两个子女中有经鉴定为病残儿、医学上认为可以再生育的）：鉴定结论为不符合或子女数不是两个")]),
        (b4 + b4_text + "其他条件：2016年起，生育第三个及以上子女只有上述三种情形可以申请审批。" + weak,
         centries(familyChildren=">= 2"),
         ['"INELIGIBLE"', q(b4),
          q("自2016年1月1日起，照顾再生育的原有条件（独生子女、因公致残、井下作业、农村女方等）已不适用；夫妻已有两个以上子女的，只有再婚夫妻"
            "的两种情形和已生育的两个子女中有病残儿的情形可以申请再生育审批，本申请不属于这些情形")]),
        (b4 + b4_text + "兜底：以上各行均未命中（通常为子女数缺项）。" + weak,
         centries(),
         ['"INELIGIBLE"', q(b4), q("申请信息不完整：无法计算夫妻双方现有子女数，不能判定是办理生育登记还是再生育审批")]),
    ]


JS2016_ANNOTATION = (
    "SECONDARY, weak, not verified. Applies from the configured app.second-child.rule-versions.js2016.effective-from "
    "(default 2016-01-01: 人口与计划生育法 2015 amendment in force 2016-01-01 [SECONDARY]; the Jiangsu 2016 amendment, "
    "adopted about 2016-01-14, has no in-force date found, REFERENCE.md §12 B3) and only while "
    "app.second-child.rule-versions.js2016.enabled is true. Row 1 (a first or second child: 生育登记, not approval) "
    "rests on 中发〔2015〕40号 (§12 B2, VERIFIED on secondary news). The approval rows are the three 再生育 cases quoted by "
    "a Changzhou guide (§12 B4, SECONDARY, weak; article number and procedure NOT FOUND). Adopted children are not "
    "counted (B4); the facts do not carry them, so the clerk enters born children only. No age rule: the 2016 text of "
    "art. 26 was NOT FOUND. Generated by tools/second_child_dmn.py. Outcomes: REGISTRATION_ONLY is refused at "
    "registration with the reason (4xx at the field childrenTogether), never registered as an approval case.")


def js2021_rules():
    inferred = ("（[I] not verified：江苏2021年修正后的再生育条件未找到，REFERENCE.md §12 B6；本行为2016年情形（§12 B4）顺延一个子女的推定，"
                "审批时须核对现行条例）")
    reg_src = ("来源：REFERENCE.md §12 B5（人口与计划生育法2021年修正第十八条，一对夫妻可以生育三个子女，VERIFIED）、D3（国卫办人口发〔2021〕21号，"
               "SECONDARY）、D2（常州办理材料，SECONDARY, weak）")
    registration = "《中华人民共和国人口与计划生育法》（2021年修正）第十八条；国卫办人口发〔2021〕21号"
    rebirth = R2021 + "再生育条件（条文未找到，推定）"
    text = "：江苏2021年修正的再生育条件未找到；按2016年的三种情形顺延一个子女推定。本行："
    two_cases = codes(REMARRIAGE_CODES)
    return [
        ("《中华人民共和国人口与计划生育法》（2021年修正）第十八条：一对夫妻可以生育三个子女；第一至第三个子女实行生育登记。本行：夫妻双方现有"
         "子女合计不超过两个，申请所涉为第一至第三个子女，办理生育登记，不予登记审批申请。" + reg_src,
         centries(familyChildren="[0..2]"),
         ['"REGISTRATION_ONLY"', q(registration),
          q("自2021年修正起，一对夫妻可以生育三个子女，第一至第三个子女实行生育登记，不实行审批（人口与计划生育法第十八条）。夫妻双方现有子女"
            "合计不超过两个，所涉为第一至第三个子女，无需申请再生育审批。" + REGISTRATION_PATH)]),
        (rebirth + text + "再婚：一方婚前未生育，另一方婚前生育过子女，婚后共同生育，现有子女合计三个。" + inferred,
         centries(conditionCode=two_cases, familyChildren="3", childrenTogether=">= 1", husbandPriorChildren=">= 1",
                  wifePriorChildren="0"),
         ['"ELIGIBLE"', q(rebirth),
          q("男方婚前生育过子女，女方婚前未生育，双方婚后共同生育，现有子女合计三个，按推定的2021年再生育条件可以要求安排再生育子女（条文未找到，审批时请核对现行条例）")]),
        (rebirth + text + "再婚：一方婚前未生育，另一方婚前生育过子女，婚后共同生育，现有子女合计三个（女方婚前生育）。" + inferred,
         centries(conditionCode=two_cases, familyChildren="3", childrenTogether=">= 1", husbandPriorChildren="0",
                  wifePriorChildren=">= 1"),
         ['"ELIGIBLE"', q(rebirth),
          q("女方婚前生育过子女，男方婚前未生育，双方婚后共同生育，现有子女合计三个，按推定的2021年再生育条件可以要求安排再生育子女（条文未找到，审批时请核对现行条例）")]),
        (rebirth + text + "再婚：双方婚前合计生育三个及以上子女，没有共同生育子女。" + inferred,
         centries(conditionCode=two_cases, familyChildren=">= 3", childrenTogether="0"),
         ['"ELIGIBLE"', q(rebirth),
          q("双方婚前合计生育三个及以上子女，且没有共同生育子女，按推定的2021年再生育条件可以要求安排再生育子女（条文未找到，审批时请核对现行条例）")]),
        (rebirth + text + "病残儿：已生育的三个子女中有病残儿，鉴定结论为可以再生育。" + inferred,
         centries(conditionCode=q("ART22_1"), familyChildren="3", disabledChildAssessment=q("QUALIFIES")),
         ['"ELIGIBLE"', q(rebirth),
          q("已生育的三个子女中有经鉴定为病残儿、医学上认为可以再生育的，按推定的2021年再生育条件可以要求安排再生育子女（条文未找到，审批时请核对现行条例）")]),
        (rebirth + text + "病残儿：三个子女，鉴定未申请或尚在进行中。" + inferred,
         centries(conditionCode=q("ART22_1"), familyChildren="3",
                  disabledChildAssessment=q("NONE") + "," + q("PENDING")),
         ['"NEEDS_ASSESSMENT"', q(rebirth), q("须经病残儿医学鉴定机构鉴定为病残儿、医学上认为可以再生育后，方可按推定的2021年再生育条件审批")]),
        (rebirth + text + "其他：现有子女合计三个以上，不属于以上情形。" + inferred,
         centries(familyChildren=">= 3"),
         ['"INELIGIBLE"', q(rebirth),
          q("夫妻已有三个以上子女，不属于再婚或病残儿的再生育情形；江苏2021年修正后的再生育条件未找到，如认为符合现行条例的其他情形，请报区卫生健康部门人工核定")]),
        (rebirth + text + "兜底：以上各行均未命中（通常为子女数缺项）。" + inferred,
         centries(),
         ['"INELIGIBLE"', q(rebirth), q("申请信息不完整：无法计算夫妻双方现有子女数，不能判定是办理生育登记还是再生育审批")]),
    ]


JS2021_ANNOTATION = (
    "NOT VERIFIED. Applies from the configured app.second-child.rule-versions.js2021.effective-from (default 2021-09-29: "
    "the Jiangsu 2021 amendment was adopted 2021-09-29 [VERIFIED]; its in-force date is NOT FOUND, probably on "
    "promulgation [I], REFERENCE.md §12 B6) and only while app.second-child.rule-versions.js2021.enabled is true. "
    "Row 1 (first to third child: 生育登记) rests on 人口与计划生育法 2021 art. 18 (§12 B5, VERIFIED) and 国卫办人口发"
    "〔2021〕21号 (§12 D3, SECONDARY). The Jiangsu re-birth conditions after 2021 were NOT FOUND: the approval rows carry "
    "the 2016 cases (§12 B4) one child up, an inference [I] to be checked against the official text before use. "
    "Generated by tools/second_child_dmn.py.")


def main():
    write_dmn(FOLDER / "second-child-eligibility-js2014.dmn", "secondChildEligibility_js2014",
              "照顾再生育一孩资格（江苏2014年修正）", "照顾再生育一孩资格审查（江苏省人口与计划生育条例2014年修正）",
              FACT_INPUTS, js2014_rules(), JS2014_ANNOTATION)
    write_dmn(FOLDER / "second-child-eligibility-js2016.dmn", "secondChildEligibility_js2016",
              "再生育审批资格（江苏2016年修正，未经核实）", "生育登记或再生育审批（江苏省人口与计划生育条例2016年修正，未经核实）",
              COUNT_INPUTS, js2016_rules(), JS2016_ANNOTATION)
    write_dmn(FOLDER / "second-child-eligibility-js2021.dmn", "secondChildEligibility_js2021",
              "再生育审批资格（江苏2021年修正，未经核实）", "生育登记或再生育审批（江苏省人口与计划生育条例2021年修正，未经核实）",
              COUNT_INPUTS, js2021_rules(), JS2021_ANNOTATION)


if __name__ == "__main__":
    main()
