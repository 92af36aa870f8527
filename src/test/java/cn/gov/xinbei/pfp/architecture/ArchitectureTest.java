package cn.gov.xinbei.pfp.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The borders of the code: domain rules stay free of Spring, Camunda, JPA and Jackson so they can be read and
 * tested alone; features talk to each other through their services, never through another feature's process glue.
 */
@AnalyzeClasses(packages = "cn.gov.xinbei.pfp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.camunda..", "jakarta.persistence..",
            "com.fasterxml.jackson..", "org.hibernate.."};

    @ArchTest
    static final ArchRule domainRulesArePureJava = noClasses()
            .that().resideInAnyPackage("..domain..", "cn.gov.xinbei.pfp.shared.validation..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule residentIdRulesArePureJava = noClasses()
            .that().resideInAPackage("cn.gov.xinbei.pfp.residentid")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule processGlueIsUsedByNoOtherFeature = noClasses()
            .that().resideOutsideOfPackage("cn.gov.xinbei.pfp.secondchild..")
            .should().dependOnClassesThat().resideInAPackage("cn.gov.xinbei.pfp.secondchild.process..");

    @ArchTest
    static final ArchRule sharedCodeDependsOnNoFeature = noClasses()
            .that().resideInAnyPackage("cn.gov.xinbei.pfp.shared..", "cn.gov.xinbei.pfp.calendar..",
                    "cn.gov.xinbei.pfp.residentid..", "cn.gov.xinbei.pfp.organization..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.gov.xinbei.pfp.secondchild..",
                    "cn.gov.xinbei.pfp.casefile..");
}
