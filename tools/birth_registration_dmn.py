#!/usr/bin/env python3
"""Writes processes/birth-registration/birth-registration-eligibility.dmn. Run: python3 tools/birth_registration_dmn.py

生育登记 (birth registration, REFERENCE.md §12 B2, B5, D2-D3): from 2016-01-01 a first or second child is registered,
not approved; from the 2021 amendment of the national law up to the third child. Which birth orders a registration
may cover is decided here, by the registration date and the (expected or actual) birth date:

* the registration date must fall in the registration era (no 生育登记 before 2016-01-01: the approval era);
* the birth date must too (a child born before 2016 was under the approval rules: 《生育服务证》 for a first child,
  再生育审批 for another; it cannot be registered afterwards as a 补登);
* a birth order is registered when it is allowed on BOTH dates, i.e. on the earlier of the two: a registration made
  before the three-child rule for a child expected after it is refused (the couple register again once the rule is
  in force), and a 补登 made after it for a third child born before it is refused (that birth needed approval).

The two dates come from the application's configuration, passed as variables: twoChildrenFrom and threeChildrenFrom
are the periods of app.department-data.birth-check.registration-only (config/department-data.yml) with
max-birth-order 2 and 3, the same periods the births check (/desk/births) uses, so a registered child and a birth
the check finds compliant follow one rule. Hit policy FIRST; the last row catches incomplete input.
"""
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "processes" / "birth-registration" / "birth-registration-eligibility.dmn"
KEY = "birthRegistrationEligibility"

LAW_2015 = "《中华人民共和国人口与计划生育法》（2015年修正）第十八条；中发〔2015〕40号"
LAW_2021 = "《中华人民共和国人口与计划生育法》（2021年修正）第十八条；国卫办人口发〔2021〕21号"
SRC_2015 = ("来源：REFERENCE.md §12 B1（人口与计划生育法2015年修正，2016-01-01施行，SECONDARY）、B2（中发〔2015〕40号：“实行生育登记服务制度，"
            "对生育两个以内（含两个）孩子的，不实行审批”，VERIFIED，二手新闻）、D2（常州办理材料，SECONDARY, weak）。")
SRC_2021 = ("来源：REFERENCE.md §12 B5（人口与计划生育法2021年修正第十八条：一对夫妻可以生育三个子女，VERIFIED）、D3（国卫办人口发〔2021〕21号："
            "第一至第三个子女均登记，生育前登记或出生后补登，SECONDARY）。")
DATES = ("起始日 twoChildrenFrom、threeChildrenFrom 来自配置 app.department-data.birth-check.registration-only"
         "（max-birth-order 为2和3的两个期间，默认2016-01-01和2021-08-20），与出生核查共用。")
APPROVAL = "再生育须符合条件并申请再生育审批（启动流程 → 照顾再生育一孩审批）"

INPUTS = [
    # (column, label, expression, typeRef)
    ("registrationDate", "登记日期", "date(registrationDate)", None),
    ("birthDate", "预产期或出生日期", "date(birthDate)", None),
    ("birthOrder", "登记的孩次", "birthOrder", "integer"),
]
OUTPUTS = [
    ("outcome", "结果", "string"),
    ("field", "有误的字段", "string"),
    ("article", "依据", "string"),
    ("reason", "说明", "string"),
]


def q(s):
    return '"' + s + '"'


RULES = [
    # (id suffix, description, [registrationDate, birthDate, birthOrder], [outcome, field, article, reason])
    ("RegistrationBeforeRegistrationEra",
     "登记日期早于生育登记制度实行之日：此前实行生育审批（第一个子女领取《生育服务证》，再生育须经审批），不办理生育登记。" + SRC_2015 + DATES,
     ["< twoChildrenFrom", "-", "-"],
     ['"REFUSED"', '"registrationDate"', q(LAW_2015),
      '"生育登记自" + string(twoChildrenFrom) + "起实行，登记日期" + string(date(registrationDate)) + '
      '"在此之前：当时实行生育审批（第一个子女领取《生育服务证》，再生育须经审批），不能办理生育登记"']),
    ("BirthBeforeRegistrationEra",
     "子女出生（或预产期）早于生育登记制度实行之日：该次生育适用当时的审批规定，不能按生育登记补登。" + SRC_2015 + DATES,
     ["-", "< twoChildrenFrom", "-"],
     ['"REFUSED"', '"birthDate"', q(LAW_2015),
      '"该子女出生于" + string(date(birthDate)) + "，早于生育登记制度实行之日（" + string(twoChildrenFrom) + '
      '"）：当时第一个子女领取《生育服务证》、再生育须经审批，不能按生育登记补登"']),
    ("FirstOrSecondChildAfter2021",
     "第一或第二个子女，登记日期和出生日期均在三孩政策施行之后：实行生育登记。" + SRC_2021 + DATES,
     [">= threeChildrenFrom", ">= threeChildrenFrom", "[1..2]"],
     ['"REGISTRABLE"', "null", q(LAW_2021),
      '"第" + string(birthOrder) + "个子女，一对夫妻可以生育三个子女，实行生育登记，不实行审批"']),
    ("FirstOrSecondChild",
     "第一或第二个子女（2016年1月1日起）：对生育两个以内（含两个）孩子的，不实行审批，实行生育登记。" + SRC_2015 + DATES,
     ["-", "-", "[1..2]"],
     ['"REGISTRABLE"', "null", q(LAW_2015),
      '"第" + string(birthOrder) + "个子女，生育两个以内（含两个）孩子的不实行审批，实行生育登记"']),
    ("ThirdChildAfter2021",
     "第三个子女，登记日期和出生（预产）日期均在三孩政策施行之后：实行生育登记。" + SRC_2021 + DATES,
     [">= threeChildrenFrom", ">= threeChildrenFrom", "3"],
     ['"REGISTRABLE"', "null", q(LAW_2021), '"第三个子女，一对夫妻可以生育三个子女，实行生育登记，不实行审批"']),
    ("ThirdChildBefore2021",
     "第三个子女，但登记日期或出生（预产）日期早于三孩政策施行之日：当时生育第三个子女须符合再生育条件并经审批（REFERENCE.md §12 B4，"
     "SECONDARY, weak）。" + SRC_2021 + DATES,
     ["-", "-", "3"],
     ['"REFUSED"', '"birthOrder"', q(LAW_2015),
      '"第三个子女自" + string(threeChildrenFrom) + "起才实行生育登记，登记日期和出生（预产）日期都须在此之后；此前生育第三个子女的，'
      + APPROVAL + '。三孩政策施行前登记而预产期在其后的，可在施行后再办理登记"']),
    ("FourthOrLaterChild",
     "第四个及以上子女：超出生育登记范围（2016年起为两个以内，三孩政策施行起为三个以内），符合再生育条件的须经审批。"
     + SRC_2015 + SRC_2021 + DATES,
     ["-", "-", ">= 4"],
     ['"REFUSED"', '"birthOrder"', q(LAW_2021),
      '"第" + string(birthOrder) + "个子女超出生育登记的范围（" + string(twoChildrenFrom) + "起为第一、二个子女，" '
      '+ string(threeChildrenFrom) + "起为第一至第三个子女）：' + APPROVAL + '"']),
    ("IncompleteInput",
     "兜底：以上各行均未命中（孩次缺项或无效、日期缺项）。",
     ["-", "-", "-"],
     ['"REFUSED"', '"birthOrder"', q(LAW_2015), '"登记信息不完整：请填写登记日期、预产期或出生日期和登记的孩次（1至3）"']),
]

ANNOTATION = (
    "Legal basis: 人口与计划生育法 2015 amendment art. 18 in force 2016-01-01 (REFERENCE.md §12 B1, SECONDARY) with "
    "中发〔2015〕40号 (B2, VERIFIED on secondary news): first and second child registered (生育登记), not approved; "
    "2021 amendment art. 18 (B5, VERIFIED): three children, registration per 国卫办人口发〔2021〕21号 (D3, SECONDARY), "
    "before birth or 补登 after birth. Jiangsu's own registration rules: NOT FOUND (D2). Dates are variables "
    "(twoChildrenFrom, threeChildrenFrom) from app.department-data.birth-check.registration-only, shared with the births "
    "check; defaults 2016-01-01 and 2021-08-20 (the national 2021 amendment; the Jiangsu amendment of 2021-09-29, used "
    "by the second-child approval's js2021 version keyed on the application date, has no in-force date found). "
    "A birth order is registrable when it is allowed on the registration date and on the birth date (expected or "
    "actual). Refusals name the field (outcome REFUSED, field) and point to 再生育审批 where that is the way. "
    "Caller passes registrationDate and birthDate as java.time.LocalDate or yyyy-MM-dd text, birthOrder as an integer. "
    "Generated by tools/birth_registration_dmn.py.")

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" '
          'xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" '
          'xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" '
          'xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_{key}" name="{title}" '
          'namespace="http://camunda.org/schema/1.0/dmn" exporter="Camunda Modeler" exporterVersion="5.40.0" '
          'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">\n')


def main():
    out = [HEADER.format(key=KEY, title="生育登记范围")]
    out.append(f'  <decision id="{KEY}" name="生育登记：按登记日期、出生日期和孩次判定是否办理登记" camunda:historyTimeToLive="P3650D">\n')
    out.append(f'    <decisionTable id="DecisionTable_{KEY}" hitPolicy="FIRST">\n')
    out.append('      <!-- Dates without typeRef on purpose: FEEL date(...) reads java.time.LocalDate and "yyyy-MM-dd" text '
               '(Camunda\'s typeRef "date" would reject LocalDate); see processes/second-child/second-child-rule-version.dmn. -->\n')
    for column, label, expression, type_ref in INPUTS:
        typed = f' typeRef="{type_ref}"' if type_ref else ""
        out.append(f'      <input id="Input_{column}" label="{label}">\n')
        out.append(f'        <inputExpression id="InputExpression_{column}"{typed}>\n')
        out.append(f'          <text>{escape(expression)}</text>\n')
        out.append('        </inputExpression>\n')
        out.append('      </input>\n')
    for name, label, type_ref in OUTPUTS:
        out.append(f'      <output id="Output_{name}" label="{label}" name="{name}" typeRef="{type_ref}" />\n')
    for suffix, description, entries, outputs in RULES:
        rid = f"Rule_{suffix}"
        out.append(f'      <rule id="{rid}">\n')
        out.append(f'        <description>{escape(description)}</description>\n')
        for i, entry in enumerate(entries, start=1):
            out.append(f'        <inputEntry id="{rid}_in{i}">\n')
            out.append(f'          <text>{escape(entry)}</text>\n')
            out.append('        </inputEntry>\n')
        for i, value in enumerate(outputs, start=1):
            out.append(f'        <outputEntry id="{rid}_out{i}">\n')
            out.append(f'          <text>{escape(value)}</text>\n')
            out.append('        </outputEntry>\n')
        out.append('      </rule>\n')
    out.append('    </decisionTable>\n')
    out.append('  </decision>\n')
    out.append('  <textAnnotation id="TextAnnotation_legalBasis">\n')
    out.append(f'    <text>{escape(ANNOTATION)}</text>\n')
    out.append('  </textAnnotation>\n')
    out.append('  <association id="Association_legalBasis">\n')
    out.append(f'    <sourceRef href="#{KEY}" />\n')
    out.append('    <targetRef href="#TextAnnotation_legalBasis" />\n')
    out.append('  </association>\n')
    out.append('  <dmndi:DMNDI>\n')
    out.append(f'    <dmndi:DMNDiagram id="DMNDiagram_{KEY}">\n')
    out.append(f'      <dmndi:DMNShape id="DMNShape_{KEY}" dmnElementRef="{KEY}">\n')
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
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(out), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(RULES)} rules)")


if __name__ == "__main__":
    main()
