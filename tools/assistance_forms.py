"""Generates the Camunda Forms of 奖励扶助资格确认 into forms/assistance/. Run: python3 tools/assistance_forms.py

Labels are Chinese (the users' language); keys are the process variable names the listeners read. Fields that belong
to one scheme are hidden for the others. Client-side checks are a convenience: every value is checked again on the
server (AssistanceApplicationReader, AssistanceRegistration and the stage services) when the form is submitted.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from camunda_forms import ID_PATTERN, TOWNS, checkbox, date, heading, number, radio, select, textarea, textfield, write_forms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "forms", "assistance")


def agent_banks():
    """The agent banks of config/assistance.yml (app.assistance-bank.agent-banks) as (code, name) choices."""
    import yaml
    with open(os.path.join(HERE, "..", "config", "assistance.yml"), encoding="utf-8") as f:
        config = yaml.safe_load(f)
    return [(b["code"], b["name"]) for b in config["app"]["assistance-bank"]["agent-banks"]]


BANKS = agent_banks()
# Digits, spaces between groups allowed; length, bank and check digit are checked on the server (BankAccount).
ACCOUNT_PATTERN = "^[0-9 ]+$"


SCHEMES = [("RURAL_AWARD", "农村部分计划生育家庭奖励扶助（奖扶）"),
           ("SPECIAL_SUPPORT", "独生子女伤残死亡家庭特别扶助（特扶）"),
           ("SURGERY_COMPLICATION", "计划生育手术并发症人员特别扶助"),
           ("RETIREE_ONE_OFF_AWARD", "持证退休企业职工一次性奖励")]
HUKOU = [("AGRICULTURAL", "农业户口"), ("RURAL_RESIDENT", "界定为农村居民户口"), ("URBAN", "非农业（城镇居民）户口")]
RURAL = 'scheme = "RURAL_AWARD"'
SPECIAL = 'scheme = "SPECIAL_SUPPORT"'
SURGERY = 'scheme = "SURGERY_COMPLICATION"'
RETIREE = 'scheme = "RETIREE_ONE_OFF_AWARD"'
MARRIED = 'maritalStatus = "MARRIED"'
ACCOUNT_CHANGE = 'changeReason = "BANK_ACCOUNT_CHANGED"'


def case_header(extra=()):
    return [
        heading("## 案件信息"),
        textfield("caseNumber", "案件编号", readonly=True),
        textfield("caseTitle", "案件", readonly=True),
        textfield("schemeName", "扶助项目", readonly=True),
        textfield("townName", "户籍所在镇（街道）", readonly=True),
        textfield("village", "户籍所在村（居）委会", readonly=True),
        textfield("applicantName", "申请人姓名", readonly=True),
        textfield("applicantIdNumber", "申请人公民身份号码", readonly=True),
        textfield("eligibilityLabel", "资格评估", readonly=True),
        textarea("eligibilityReason", "评估说明", readonly=True),
        textfield("eligibilityArticle", "依据", readonly=True),
        *extra,
    ]


FORMS = {
    "assistanceApplication": [
        heading("# 奖励扶助 / 特别扶助 申请登记\n本人向户籍所在村（居）委会申请，由镇（街道）经办人登记。"
                "登记时即按申请日有效的规则评估资格；不符合条件的不予登记，并说明所依据的条款。"),
        select("scheme", "扶助项目", SCHEMES),
        select("townSlug", "户籍所在镇（街道）", TOWNS),
        textfield("village", "户籍所在村（居）委会", max_length=40),
        date("applicationDate", "申请日期"),
        heading("### 申请人"),
        textfield("applicantName", "申请人姓名"),
        textfield("applicantIdNumber", "申请人公民身份号码", max_length=18, pattern=ID_PATTERN,
                  description="出生日期、性别以身份证号码为准"),
        select("maritalStatus", "婚姻状况", [("MARRIED", "有配偶"), ("WIDOWED", "丧偶"), ("DIVORCED", "离异")]),
        textfield("spouseName", "配偶姓名", when=MARRIED),
        textfield("spouseIdNumber", "配偶公民身份号码", max_length=18, pattern=ID_PATTERN, when=MARRIED),
        heading("### 奖扶：户口及子女情况（户口性质由派出所出具证明后核实）", when=RURAL),
        select("applicantHukou", "申请人户口性质", HUKOU, when=RURAL),
        select("spouseHukou", "配偶户口性质", HUKOU, when=f"{RURAL} and {MARRIED}"),
        textfield("outOfPolicyBirthYears", "违反计划生育政策生育的年份（无则不填）", required=False, max_length=60,
                  description="多个年份用逗号分隔，如1985,1990", when=RURAL),
        number("livingChildren", "现存子女数", when=RURAL),
        number("livingDaughters", "现存子女中女儿数", when=RURAL),
        number("deceasedChildren", "已死亡子女数", when=RURAL),
        heading("### 特扶：独生子女情况（死亡证明由派出所核实，残疾人证由镇（街道）核验）", when=SPECIAL),
        checkbox("onlyOneChild", "只生育或合法收养一个子女", when=SPECIAL),
        checkbox("childBornOrAdoptedAfterwards", "独生子女死亡或伤残后又生育或收养了子女", when=SPECIAL),
        select("childStatus", "独生子女情况", [("DIED", "死亡"), ("DISABLED", "伤残（持残疾人证）"), ("NEITHER", "健在，未残疾")],
               when=SPECIAL),
        number("childDisabilityGrade", "残疾等级（残疾人证）", minimum=1, maximum=4,
               when=f'{SPECIAL} and childStatus = "DISABLED"'),
        heading("### 手术并发症：鉴定情况", when=SURGERY),
        select("certificationStatus", "并发症鉴定状态", [("CERTIFIED", "已鉴定"), ("PENDING", "鉴定中"), ("NONE", "未鉴定")],
               when=SURGERY),
        select("certifyingBodyLevel", "鉴定机构级别", [("TOWNSHIP", "乡镇级"), ("COUNTY", "县（区）级"), ("CITY", "市级"),
                                                  ("PROVINCE", "省级")], when=f'{SURGERY} and certificationStatus = "CERTIFIED"'),
        number("complicationGrade", "并发症等级", minimum=1, maximum=3,
               when=f'{SURGERY} and certificationStatus = "CERTIFIED"'),
        heading("### 一次性奖励：退休情况（由人社部门核实）", when=RETIREE),
        checkbox("holdsOnlyChildParentCertificate", "持有《独生子女父母光荣证》", when=RETIREE),
        checkbox("enterpriseBasicPensionRetiree", "按企业职工基本养老保险办理退休", when=RETIREE),
        date("retirementDate", "退休日期", when=RETIREE),
        checkbox("receivedPensionTopUp", "退休时已享受加发5%基本养老金", when=RETIREE),
        heading("### 扶助金发放账户\n财政将扶助金拨付至代发银行，由代发银行划入本人账户。账号只在登记册中保存，"
                "名册和待办中只显示后4位。"),
        select("agentBank", "代发银行", BANKS),
        textfield("bankAccount", "代发银行账号", max_length=50, pattern=ACCOUNT_PATTERN,
                  description="本人在代发银行的存折或银行卡账号，只填数字"),
    ],
    "assistanceVillageReview": [
        *case_header([textarea("lastObjection", "公示期间的异议（如有）", readonly=True)]),
        heading("## 村（居）民委员会审议并张榜公示\n公示内容不含身份证号码等个人敏感信息；公示期内收到异议的，退回重新审议。"),
        textarea("villageOpinion", "村（居）委会审议意见"),
        textfield("villagePostingPlace", "张榜公示地点", max_length=100),
    ],
    "assistanceTownReview": [
        *case_header([textarea("lastObjection", "公示期间的异议（如有）", readonly=True)]),
        heading("## 镇（街道）初审并张榜公示"),
        textarea("townOpinion", "镇（街道）初审意见"),
        textfield("townPostingPlace", "张榜公示地点", max_length=100),
        textfield("disabilityCertificateNumber", "独生子女《残疾人证》编号（特扶伤残必填）", required=False, max_length=40),
        heading("### 扶助金发放账户\n登记的账户有误时在此更正（代发银行和账号同时填写）；不需更正的留空。"),
        textfield("agentBankName", "登记的代发银行", readonly=True),
        textfield("bankAccount", "登记的代发银行账号", readonly=True),
        select("correctedAgentBank", "更正后的代发银行", BANKS, required=False),
        textfield("correctedBankAccount", "更正后的代发银行账号", required=False, max_length=50,
                  pattern=ACCOUNT_PATTERN),
    ],
    "assistancePoliceCheck": [
        *case_header([textfield("spouseIdNumber", "配偶公民身份号码", readonly=True)]),
        heading("## 派出所出具证明\n户口性质证明（奖扶）及独生子女死亡证明（特扶），新北区2012年工作意见附件3。"),
        select("confirmedApplicantHukou", "申请人户口性质（奖扶）", HUKOU, required=False),
        select("confirmedSpouseHukou", "配偶户口性质（奖扶，有配偶时）", HUKOU, required=False),
        textfield("hukouCertificateNumber", "户口性质证明编号（奖扶）", required=False, max_length=40),
        textfield("deathCertificateNumber", "独生子女死亡证明编号（特扶）", required=False, max_length=40),
    ],
    "assistanceHrCheck": [
        *case_header(),
        heading("## 人力资源和社会保障局核实退休情况\n核对退休时间、养老保险类别及是否已享受加发5%基本养老金。"),
        radio("hrConfirmation", "核实结果", [("CONFIRMED", "与申报一致"), ("REJECTED", "与申报不符")]),
        date("hrRetirementDate", "核实的退休日期（与申报一致时必填）", required=False),
    ],
    "assistanceConfirmation": [
        *case_header([textfield("ruleVersion", "规则版本", readonly=True)]),
        heading("## 区人口和计划生育局审核确认并公布\n确认后按扶助标准表登记享受资格，金额不由表单填写。"),
        radio("bureauDecision", "审核结果", [("CONFIRM", "确认享受资格"), ("REFUSE", "不予确认")]),
        textarea("bureauReason", "理由（不予确认时必填）", required=False),
    ],
    "assistanceTransfer": [
        *case_header([textfield("entitlementFrom", "享受资格起始日期", readonly=True),
                      textfield("entitlementAmount", "扶助标准", readonly=True),
                      textfield("payYear", "拨付年度", readonly=True),
                      textfield("payAmount", "本年度应拨付金额（元）", readonly=True)]),
        heading("## 财政局拨付至委托发放机构\n同一对象同一年度只能拨付一次。"),
        textfield("transferReference", "拨付凭证号", max_length=40),
        date("transferredOn", "拨付日期"),
    ],
    "assistanceCredit": [
        *case_header([textfield("agentBankName", "代发银行", readonly=True),
                      textfield("bankAccount", "代发银行账号", readonly=True),
                      textfield("payYear", "拨付年度", readonly=True),
                      textfield("payAmount", "拨付金额（元）", readonly=True),
                      textfield("transferReference", "拨付凭证号", readonly=True)]),
        heading("## 委托发放机构划入个人账户"),
        date("creditedOn", "入账日期"),
        textfield("bankReference", "发放机构入账流水号", max_length=40),
    ],
    "assistanceChangeRequest": [
        heading("# 奖励扶助变更登记\n享受对象死亡、户口迁出本区、再生育或收养子女、伤残子女康复或核查不符合条件的，"
                "自停发日期起停止享受；一次性奖励已发放的不作停发变更。更换代发银行或账号的，登记后即时变更，"
                "自下次拨付起划入新账户，享受资格继续有效。"),
        select("scheme", "扶助项目", SCHEMES[:3]),
        textfield("holderIdNumber", "享受对象公民身份号码", max_length=18, pattern=ID_PATTERN),
        select("changeReason", "变更原因", [("DEATH", "受益人死亡"), ("HUKOU_MOVED_OUT", "户口迁出本区"),
                                        ("ANOTHER_CHILD", "再生育或收养子女（特扶）"),
                                        ("CHILD_RECOVERED", "伤残子女康复或残疾等级调整为四级以下（特扶）"),
                                        ("FOUND_INELIGIBLE", "核查发现不符合条件"),
                                        ("BANK_ACCOUNT_CHANGED", "变更代发银行账户（不停发）")]),
        date("effectiveDate", "停发日期", when=f"not({ACCOUNT_CHANGE})"),
        heading("### 新的扶助金发放账户\n账号只在登记册中保存，名册、待办和时间线中只显示后4位。", when=ACCOUNT_CHANGE),
        select("newAgentBank", "代发银行", BANKS, when=ACCOUNT_CHANGE),
        textfield("newBankAccount", "代发银行账号", max_length=50, pattern=ACCOUNT_PATTERN,
                  description="本人在代发银行的存折或银行卡账号，只填数字", when=ACCOUNT_CHANGE),
        textfield("changeEvidence", "证明材料名称及出具机关", max_length=200,
                  description="如：派出所死亡证明、户口迁移证明；变更账户的：本人申请及新存折（银行卡）复印件"),
    ],
    "assistanceChangeDecision": [
        heading("## 变更申请"),
        textfield("caseNumber", "原案件编号", readonly=True),
        textfield("caseTitle", "案件", readonly=True),
        textfield("holderName", "享受对象姓名", readonly=True),
        textfield("holderIdNumber", "享受对象公民身份号码", readonly=True),
        textfield("changeReasonLabel", "变更原因", readonly=True),
        textfield("effectiveDate", "停发日期", readonly=True),
        textfield("changeEvidence", "证明材料", readonly=True),
        heading("## 区人口和计划生育局审核变更"),
        radio("changeDecision", "审核结果", [("CONFIRM", "确认变更，自停发日期起停发"), ("REJECT", "不予变更")]),
        textarea("changeDecisionReason", "理由（不予变更时必填）", required=False),
    ],
    "assistanceReverification": [
        heading("## 年度核查"),
        textfield("verificationYear", "核查年度", readonly=True),
        textfield("caseNumber", "原案件编号", readonly=True),
        textfield("schemeName", "扶助项目", readonly=True),
        textfield("holderName", "享受对象姓名", readonly=True),
        textfield("holderIdNumber", "享受对象公民身份号码", readonly=True),
        radio("reverificationResult", "核查结果", [("STILL_ELIGIBLE", "仍符合条件"),
                                                ("CHANGE_NEEDED", "需变更（死亡、户口迁出、再生育等，另行登记变更）")]),
        textarea("reverificationNote", "需变更的情况（需变更时必填）", required=False),
        heading("### 扶助金发放账户\n账户有误或已更换时在此更正（代发银行和账号同时填写），下次拨付起生效；不需更正的留空。"),
        textfield("agentBankName", "登记的代发银行", readonly=True),
        textfield("bankAccount", "登记的代发银行账号", readonly=True),
        select("correctedAgentBank", "更正后的代发银行", BANKS, required=False),
        textfield("correctedBankAccount", "更正后的代发银行账号", required=False, max_length=50,
                  pattern=ACCOUNT_PATTERN),
    ],
}

write_forms(OUT, FORMS)
