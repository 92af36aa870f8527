package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseSearchTest {

    @Test
    void aFullIdNumberIsSearchedExactlyWithItsCheckDigitUpperCase() {
        Violations violations = new Violations();
        assertThat(CaseSearch.parse(" 32041119830203003x ", violations))
                .isEqualTo(new CaseSearch(null, null, "32041119830203003X"));
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsAViolationOfTheSearchField() {
        Violations violations = new Violations();
        assertThat(CaseSearch.parse("320411198405120021", violations)).isEqualTo(CaseSearch.NONE);
        assertThat(violations.list()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("q");
            assertThat(v.message()).startsWith("检索的公民身份号码有误：");
        });
    }

    @Test
    void lettersDigitsAndDashesAreTheBeginningOfACaseNumber() {
        assertThat(CaseSearch.parse("sc-2012-0001", new Violations()))
                .isEqualTo(new CaseSearch("SC-2012-0001", null, null));
        assertThat(CaseSearch.parse("00012", new Violations())).isEqualTo(new CaseSearch("00012", null, null));
    }

    @Test
    void anythingElseIsAPartOfAName() {
        assertThat(CaseSearch.parse("王芳", new Violations())).isEqualTo(new CaseSearch(null, "王芳", null));
        // Wildcards are taken out, never passed to LIKE.
        assertThat(CaseSearch.parse("王%芳_", new Violations())).isEqualTo(new CaseSearch(null, "王芳", null));
    }

    @Test
    void blankIsNoSearchAndWildcardsAloneAreAViolation() {
        assertThat(CaseSearch.parse("  ", new Violations()).isEmpty()).isTrue();
        assertThat(CaseSearch.parse(null, new Violations()).isEmpty()).isTrue();
        Violations violations = new Violations();
        assertThat(CaseSearch.parse("%_", violations).isEmpty()).isTrue();
        assertThat(violations.list()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("请输入案件编号、当事人姓名或完整的公民身份号码"));
    }

    @Test
    void conditionsNameTheCallersColumnsAndBindEveryValue() {
        Map<String, Object> params = new LinkedHashMap<>();
        assertThat(new CaseSearch("SC-2012", null, null).condition("s.case_id", "c.case_number", params))
                .isEqualTo("(c.case_number like :searchNumber)");
        assertThat(params).containsEntry("searchNumber", "SC-2012%");

        params.clear();
        assertThat(new CaseSearch(null, null, "32041119830203003X").condition("c.id", "c.case_number", params))
                .contains("c.id in (select pi.case_id from case_party pi where pi.id_number = :searchId)");
        assertThat(params).containsEntry("searchId", "32041119830203003X");

        assertThat(CaseSearch.NONE.condition("c.id", "c.case_number", new LinkedHashMap<>())).isNull();
    }

    @Test
    void aNameLongerThanTheKeptPartsIsLookedUpByItsBeginningAndComparedWhole() {
        Map<String, Object> params = new LinkedHashMap<>();
        String longName = "阿卜杜热合曼·买买提明江";
        String condition = new CaseSearch(null, longName, null).condition("c.id", "c.case_number", params);
        assertThat(condition).contains("np.part = :searchName").contains("pn.full_name like :searchNameLike");
        assertThat(params.get("searchName")).isEqualTo(longName.substring(0, 10));
        assertThat(params.get("searchNameLike")).isEqualTo("%" + longName + "%");

        params.clear();
        assertThat(new CaseSearch(null, "王芳", null).condition("c.id", "c.case_number", params))
                .doesNotContain("full_name");
        assertThat(params).containsEntry("searchName", "王芳");
    }
}
