package cn.gov.xinbei.pfp.secondchild.domain;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApplicationReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2012, 3, 1);
    private static final Set<String> TOWNS = Set.of("chunjiang", "menghe");

    @Test
    void readsAValidApplicationWithDerivedFacts() {
        SecondChildApplication application = read(Applications.onlyChildCouple());
        assertThat(application.womanAge()).isEqualTo(27);
        assertThat(application.womanCountsAsRural()).isFalse();
        assertThat(application.girlsOnly()).isFalse();
        assertThat(application.condition()).isEqualTo(ConditionCode.ART22_6);
        assertThat(application.missingDocuments()).isEmpty();
        assertThat(application.couple()).isEqualTo("王芳、李强");
    }

    @Test
    void urbanWomanConvertedWithinFiveYearsStillCountsAsRural() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("wifeRuralToUrbanOn", "2007-03-02");
        assertThat(read(v).womanCountsAsRural()).isTrue();
        v.put("wifeRuralToUrbanOn", "2007-03-01");
        assertThat(read(v).womanCountsAsRural()).isFalse();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        InvalidInputException e = refused(Map.of());
        assertThat(e.violations()).extracting(FieldViolation::field)
                .contains("townSlug", "applicationDate", "marriageDate", "wifeName", "wifeIdNumber", "wifeHukouType",
                        "husbandName", "husbandIdNumber", "childrenTogether", "girlsTogether", "conditionCode");
        assertThat(e.getMessage()).contains("女方姓名为必填项");
    }

    @Test
    void idNumberMustMatchTheSpousesSex() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("wifeIdNumber", Applications.HUSBAND_ID);
        assertThat(messageFor(v, "wifeIdNumber")).contains("性别为男");
    }

    @Test
    void familyFactsMustAddUp() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("girlsTogether", 2);
        v.put("wifeChildrenEver", 0);
        InvalidInputException e = refused(v);
        assertThat(e.violations()).extracting(FieldViolation::field).contains("girlsTogether", "wifeChildrenEver");
    }

    @Test
    void claimMustMatchTheMaritalHistory() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("conditionCode", "ART22_4");
        assertThat(messageFor(v, "conditionCode")).contains("离婚后再婚");
        v.put("conditionCode", "ART22_6");
        v.put("wifeOnlyChild", false);
        v.put("husbandOnlyChild", false);
        assertThat(messageFor(v, "conditionCode")).contains("独生子女");
    }

    @Test
    void datesInTheFutureOrBeforeMarriageAgeAreRefused() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("applicationDate", "2012-03-02");
        assertThat(messageFor(v, "applicationDate")).contains("不能晚于今天");
        v.put("applicationDate", "2012-03-01");
        v.put("marriageDate", "2003-01-01");
        assertThat(messageFor(v, "marriageDate")).contains("未满20周岁");
        v.put("marriageDate", "2012/01/01");
        assertThat(messageFor(v, "marriageDate")).contains("格式不正确");
    }

    @Test
    void numbersMustBeWholeAndInRange() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("childrenTogether", 1.5);
        assertThat(messageFor(v, "childrenTogether")).contains("整数");
        v.put("childrenTogether", 11);
        assertThat(messageFor(v, "childrenTogether")).contains("0至10");
    }

    @Test
    void unknownTownsConditionsAndOversizedTextAreRefused() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("townSlug", "wujin");
        v.put("conditionCode", "ART99");
        v.put("specialCircumstanceEvidence", "证".repeat(201));
        InvalidInputException e = refused(v);
        assertThat(e.violations()).extracting(FieldViolation::field)
                .contains("townSlug", "conditionCode", "specialCircumstanceEvidence");
    }

    @Test
    void aProvenSpecialCircumstanceNamesItsEvidence() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("specialCircumstanceProven", true);
        assertThat(messageFor(v, "specialCircumstanceEvidence")).contains("证明材料名称");
    }

    @Test
    void missingDocumentsDependOnTheClaim() {
        Map<String, Object> v = Applications.onlyChildCouple();
        v.put("docOnlyChildProof", false);
        assertThat(read(v).missingDocuments()).containsExactly(RequiredDocument.ONLY_CHILD_PROOF);
        v.put("conditionCode", "ART22_2");
        v.put("docOnlyChildProof", null);
        assertThat(read(v).missingDocuments()).containsExactly(RequiredDocument.SPECIAL_EVIDENCE);
    }

    private static SecondChildApplication read(Map<String, Object> variables) {
        return ApplicationReader.read(variables, TODAY, TOWNS::contains);
    }

    private static InvalidInputException refused(Map<String, Object> variables) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(variables));
        assertThat(e).as("the application should be refused").isNotNull();
        return e;
    }

    private static String messageFor(Map<String, Object> variables, String field) {
        return refused(variables).violations().stream().filter(v -> v.field().equals(field))
                .map(FieldViolation::message).findFirst()
                .orElseThrow(() -> new AssertionError("no violation on " + field));
    }
}
