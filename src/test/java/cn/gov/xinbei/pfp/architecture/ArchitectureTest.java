package cn.gov.xinbei.pfp.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The borders of the code: domain rules are plain Java so they can be read and tested alone; features do not depend
 * on each other in a circle, and talk to each other through their services, never through another feature's process
 * glue (delegates and listeners bound to one feature's BPMN).
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "cn.gov.xinbei.pfp";

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.camunda..", "jakarta.persistence..",
            "com.fasterxml.jackson..", "org.hibernate.."};

    /**
     * What a domain package may use besides the JDK and domain packages (its own feature's or another's): the
     * plain-Java building blocks below, each held pure by {@link #buildingBlocksArePureJava}. Libraries such as the
     * lunar calendar stay behind an interface of the domain (calendar.domain.ChineseDates).
     */
    private static final String[] DOMAIN_BUILDING_BLOCKS = {ROOT + ".residentid", ROOT + ".shared.validation..",
            ROOT + ".shared.configuration.."};

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles = slices().matching(ROOT + ".(*)..")
            .namingSlices("feature $1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainPackagesArePure = classes()
            .that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(
                    new String[]{"java..", "..domain.."}, DOMAIN_BUILDING_BLOCKS));

    @ArchTest
    static final ArchRule buildingBlocksArePureJava = classes()
            .that().resideInAnyPackage(DOMAIN_BUILDING_BLOCKS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(new String[]{"java.."},
                    DOMAIN_BUILDING_BLOCKS));

    @ArchTest
    static final ArchRule residentIdLoggingUsesNoApplicationFramework = noClasses()
            .that().resideInAPackage(ROOT + ".residentid..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule processGlueIsUsedByNoOtherFeature = classes()
            .that().resideInAPackage(ROOT + "..")
            .should(useNoOtherFeaturesProcessGlue());

    @ArchTest
    static final ArchRule sharedCodeDependsOnNoFeature = noClasses()
            .that().resideInAnyPackage(ROOT + ".shared..", ROOT + ".calendar..", ROOT + ".residentid..",
                    ROOT + ".organization..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".secondchild..", ROOT + ".casefile..",
                    ROOT + ".assistance..", ROOT + ".maintenancefee..", ROOT + ".twonon..",
                    ROOT + ".birthregistration..", ROOT + ".migrantcertificate..", ROOT + ".migrantarrival..", ROOT + ".departmentdata..", ROOT + ".targets..",
                    ROOT + ".supervision..", ROOT + ".deadlines..", ROOT + ".desk..", ROOT + ".security..");

    /** A feature's {@code process} package (not shared.process, which is there to be shared). */
    private static final Pattern PROCESS_GLUE = Pattern.compile(Pattern.quote(ROOT) + "\\.(\\w+)\\.process(\\..*)?");

    private static ArchCondition<JavaClass> useNoOtherFeaturesProcessGlue() {
        return new ArchCondition<>("use no other feature's process glue") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String originFeature = featureOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    processFeatureOf(dependency.getTargetClass().getPackageName())
                            .filter(target -> !target.equals(originFeature))
                            .ifPresent(target -> events.add(SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription())));
                }
            }
        };
    }

    private static Optional<String> processFeatureOf(String packageName) {
        Matcher matcher = PROCESS_GLUE.matcher(packageName);
        return matcher.matches() && !matcher.group(1).equals("shared") ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String featureOf(String packageName) {
        String rest = packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
