package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeSituation;
import cn.gov.xinbei.pfp.maintenancefee.domain.HukouCategory;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registration of a fee case (社会抚养费征收, REFERENCE.md §5): the police's report of a child born out of policy or
 * outside marriage, or a case a clerk opens from a report or an inspection. Runs in the engine's transaction of the
 * start: a refused report writes nothing and leaves no process behind.
 */
@Service
@Transactional
public class FeeCaseRegistration {

    static final String POLICE_GROUP = Organization.group("police", Organization.LIAISON);
    private static final Pattern BIRTH_CERTIFICATE = Pattern.compile("[A-Z0-9]{6,20}");

    private final CaseFileService caseFiles;
    private final MaintenanceFeeCaseRepository feeCases;
    private final FeeParentRepository parents;
    private final Organization organization;
    private final MaintenanceFeeProperties properties;
    private final EngineClock clock;

    public FeeCaseRegistration(CaseFileService caseFiles, MaintenanceFeeCaseRepository feeCases,
                               FeeParentRepository parents, Organization organization,
                               MaintenanceFeeProperties properties, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.feeCases = feeCases;
        this.parents = parents;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    public record Registration(CaseFile caseFile, Town town, MaintenanceFeeCase details) {
    }

    /**
     * Registers a report (the police's registration of a child born out of policy or outside marriage) or a case a
     * clerk opens from a report or an inspection. Refused: malformed facts, a town the acting clerk does not belong
     * to, and a second case for the same child and parents (357号令 art. 5: the same fact is not charged twice).
     *
     * @param actorGroups the acting user's groups, or null when the system itself acts
     */
    public Registration register(Map<String, Object> v, String actor, Collection<String> actorGroups) {
        LocalDate today = clock.today();
        Violations violations = new Violations();
        Town town = organization.townBySlug(FormValues.blankToNull(v.get("townSlug"))).orElse(null);
        if (town == null) {
            violations.add("townSlug", "请选择孩子户籍或出生所在的镇（街道）");
        }
        boolean police = actorGroups != null && actorGroups.contains(POLICE_GROUP);
        MaintenanceFeeCase.ReportSource source = police ? MaintenanceFeeCase.ReportSource.POLICE_REPORT
                : FormValues.choice(MaintenanceFeeCase.ReportSource.class, v.get("reportSource"), "reportSource",
                "请选择案件来源：派出所通报、群众举报或检查发现", violations);
        FeeSituation situation = FormValues.choice(FeeSituation.class, v.get("situation"), "situation",
                "请选择违法生育情形", violations);
        String description = FormValues.writtenText(v.get("situationDescription"), "situationDescription", "情况说明", violations);
        String fatherName = FormValues.required(v.get("fatherName"), "fatherName", "男方姓名", 30, violations);
        String motherName = FormValues.required(v.get("motherName"), "motherName", "女方姓名", 30, violations);
        ResidentIdNumber fatherId = FeeInputs.idNumber(v.get("fatherIdNumber"), "fatherIdNumber",
                "男方", Sex.MALE, today, violations);
        ResidentIdNumber motherId = FeeInputs.idNumber(v.get("motherIdNumber"), "motherIdNumber",
                "女方", Sex.FEMALE, today, violations);
        HukouCategory fatherHukou = FormValues.choice(HukouCategory.class, v.get("fatherHukouType"), "fatherHukouType",
                "请选择男方户籍类别（城镇居民或农村居民）", violations);
        HukouCategory motherHukou = FormValues.choice(HukouCategory.class, v.get("motherHukouType"), "motherHukouType",
                "请选择女方户籍类别（城镇居民或农村居民）", violations);
        String childName = FormValues.optional(v.get("childName"), "childName", "孩子姓名", 30, violations);
        LocalDate childBirth = FeeInputs.date(v.get("childBirthDate"), "childBirthDate", "孩子出生日期", clock.zone(), violations);
        if (childBirth == null) {
            violations.add("childBirthDate", "请填写孩子出生日期");
        } else if (childBirth.isAfter(today)) {
            violations.add("childBirthDate", "孩子出生日期不能晚于今天");
        } else if (properties.abolishedFor(childBirth)) {
            violations.add("childBirthDate", abolitionReason(childBirth));
        } else {
            for (ResidentIdNumber parentId : new ResidentIdNumber[] {fatherId, motherId}) {
                if (parentId != null && !childBirth.isAfter(parentId.birthDate())) {
                    violations.add("childBirthDate", "孩子出生日期不能早于父母的出生日期");
                    break;
                }
            }
        }
        String childNumber = Optional.ofNullable(FormValues.blankToNull(v.get("childIdNumber"))).map(String::toUpperCase)
                .orElse(null);
        ResidentIdNumber childId = null;
        if (childNumber == null || childNumber.isBlank()) {
            violations.add("childIdNumber", "请填写孩子的公民身份号码或出生医学证明编号");
        } else if (childNumber.length() == 18) {
            childId = FeeInputs.idNumber(childNumber, "childIdNumber", "孩子", null, today, violations);
            if (childId != null && childBirth != null && !childId.birthDate().equals(childBirth)) {
                violations.add("childIdNumber", "孩子公民身份号码中的出生日期（" + childId.birthDate() + "）与孩子出生日期（"
                        + childBirth + "）不一致");
            }
        } else if (!BIRTH_CERTIFICATE.matcher(childNumber).matches()) {
            violations.add("childIdNumber", "孩子出生医学证明编号应为6至20位字母或数字（或填写18位公民身份号码）");
        }
        if (fatherId != null && fatherId.equals(motherId)) {
            violations.add("motherIdNumber", "男方与女方公民身份号码相同");
        }
        violations.throwIfAny();

        if (actorGroups != null && !police && !UserScope.registersIn(actorGroups, town.slug())) {
            throw new InvalidInputException("townSlug", "您只能登记本镇（街道）的案件，本案属" + town.name());
        }
        refuseDuplicate(childNumber, fatherId, motherId, childBirth);

        List<CaseParty> parties = new ArrayList<>();
        parties.add(party(CaseParty.Role.FATHER, fatherName, fatherId));
        parties.add(party(CaseParty.Role.MOTHER, motherName, motherId));
        if (childId != null) {
            parties.add(party(CaseParty.Role.CHILD, childName == null ? "（未取名）" : childName, childId));
        }
        CaseFile caseFile = caseFiles.register(CaseKind.MAINTENANCE_FEE, town.slug(),
                fatherName + "、" + motherName + " 社会抚养费征收（" + situation.label() + "）", today, parties, actor);
        MaintenanceFeeCase details = feeCases.save(new MaintenanceFeeCase(caseFile.getId(), source, situation,
                description, childName, childBirth, childNumber));
        parents.save(new FeeParent(caseFile.getId(), Parent.FATHER, fatherName, fatherHukou, town.code()));
        parents.save(new FeeParent(caseFile.getId(), Parent.MOTHER, motherName, motherHukou, town.code()));
        return new Registration(caseFile, town, details);
    }

    /**
     * Why no fee case may be opened for a child born on this date: the fee was abolished (中共中央、国务院《关于优化生育
     * 政策促进人口长期均衡发展的决定》, 2021; 人口与计划生育法 2021 no longer provides for it; Jiangsu amendment adopted
     * 2021-09-29, REFERENCE.md §12 B5-B6, D1). The cut-off is configuration: its Jiangsu in-force date was not found.
     */
    public String abolitionReason(LocalDate childBirth) {
        return "孩子出生日期" + childBirth + "在社会抚养费取消之后（本系统按" + properties.abolishedForBirthsFrom()
                + "起出生的不再征收执行：2021年中共中央、国务院《关于优化生育政策促进人口长期均衡发展的决定》取消社会抚养费，"
                + "《人口与计划生育法》2021年修正已无社会抚养费规定，江苏省条例于2021年9月29日修正），不得立案征收社会抚养费";
    }

    private void refuseDuplicate(String childNumber, ResidentIdNumber fatherId, ResidentIdNumber motherId,
                                 LocalDate childBirth) {
        Optional<MaintenanceFeeCase> sameChild = feeCases.findByChildIdNumber(childNumber);
        Optional<CaseFile> existing = sameChild.map(c -> caseFiles.byId(c.getCaseId()));
        if (existing.isEmpty()) {
            // The same parents and the same birth date, reported under another number (ID vs birth certificate).
            existing = caseFiles.casesOf(CaseKind.MAINTENANCE_FEE, motherId.value()).stream()
                    .filter(c -> c.getParties().stream().anyMatch(p -> p.getIdNumber().equals(fatherId.value())))
                    .filter(c -> feeCases.findById(c.getId()).map(d -> d.getChildBirthDate().equals(childBirth))
                            .orElse(false))
                    .findFirst();
        }
        existing.ifPresent(c -> {
            throw new InvalidInputException("childIdNumber", "该子女及其父母已有社会抚养费案件（案件编号" + c.getCaseNumber()
                    + "，" + c.getStatus().label() + "），同一违法生育事实不得重复立案征收（《社会抚养费征收管理办法》第五条）");
        });
    }

    private static CaseParty party(CaseParty.Role role, String name, ResidentIdNumber id) {
        return new CaseParty(role, name, id.value(), id.masked(), id.birthDate(), id.sex().name());
    }
}
