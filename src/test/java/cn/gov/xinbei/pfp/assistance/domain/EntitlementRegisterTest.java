package cn.gov.xinbei.pfp.assistance.domain;

import static cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.RETIREE_ONE_OFF_AWARD;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.RURAL_AWARD;
import static cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.SPECIAL_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;

class EntitlementRegisterTest {

    private static final LocalDate AS_OF = LocalDate.of(2012, 6, 1);
    /** Born 1950-05-10, Xinbei District (320411). */
    private static final String FIRST_17 = "32041119500510001";
    private static final ResidentIdNumber PERSON = ResidentIdNumber.parse(withCheck(FIRST_17), AS_OF);
    private static final ResidentIdNumber OTHER = ResidentIdNumber.parse(withCheck("32041119520101002"), AS_OF);

    /** GB 11643 check character (ISO 7064 MOD 11-2), computed independently of the production code. */
    private static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : String.valueOf(check));
    }

    private static Entitlement entitlement(ResidentIdNumber id, AssistanceScheme scheme, String town, String from,
                                           String until) {
        return new Entitlement(id, scheme, town, LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    @Test
    void aFirstEntitlementNeverConflicts() {
        EntitlementRegister register = new EntitlementRegister(List.of());
        assertThat(register.conflicts(entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2012-01-01", null))).isFalse();
    }

    @Test
    void anOpenEntitlementInAnotherTownConflicts() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2010-01-01", null)));
        List<EntitlementConflict> conflicts =
                register.conflictsOf(entitlement(PERSON, RURAL_AWARD, "薛家镇", "2012-01-01", null));
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.existing().town()).isEqualTo("罗溪镇");
            assertThat(conflict.message())
                    .contains("已在罗溪镇享有农村部分计划生育家庭奖励扶助资格", "2010-01-01起，未终止", "不得同时享有两项有效资格")
                    .contains(PERSON.masked())
                    .doesNotContain(PERSON.value());
        });
    }

    @Test
    void anEntitlementThatEndedBeforeTheNewOneStartsDoesNotConflict() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2008-01-01", "2011-12-31")));
        assertThat(register.conflicts(entitlement(PERSON, RURAL_AWARD, "薛家镇", "2012-01-01", null))).isFalse();
    }

    @Test
    void sharingOneDayIsAConflict() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2008-01-01", "2012-01-01")));
        assertThat(register.conflictsOf(entitlement(PERSON, RURAL_AWARD, "薛家镇", "2012-01-01", null)))
                .singleElement().satisfies(conflict -> assertThat(conflict.message()).contains("2008-01-01至2012-01-01"));
    }

    @Test
    void aNewEntitlementEndingBeforeAnExistingOneStartsDoesNotConflict() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(PERSON, SPECIAL_SUPPORT, "春江镇", "2012-01-01", null)));
        assertThat(register.conflicts(entitlement(PERSON, SPECIAL_SUPPORT, "春江镇", "2009-01-01", "2011-12-31")))
                .isFalse();
        assertThat(register.conflicts(entitlement(PERSON, SPECIAL_SUPPORT, "春江镇", "2009-01-01", "2012-01-01")))
                .isTrue();
    }

    @Test
    void anotherSchemeDoesNotConflictBecauseConcurrentDrawingIsNotSettled() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2010-01-01", null)));
        assertThat(register.conflicts(entitlement(PERSON, SPECIAL_SUPPORT, "罗溪镇", "2012-01-01", null))).isFalse();
    }

    @Test
    void anotherPersonDoesNotConflict() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(OTHER, RURAL_AWARD, "罗溪镇", "2010-01-01", null)));
        assertThat(register.conflicts(entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2012-01-01", null))).isFalse();
    }

    @Test
    void aOneOffAwardCanBeHadOnlyOnceWhateverTheYears() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(PERSON, RETIREE_ONE_OFF_AWARD, "孟河镇", "2009-05-01", "2009-05-01")));
        List<EntitlementConflict> conflicts =
                register.conflictsOf(entitlement(PERSON, RETIREE_ONE_OFF_AWARD, "新桥镇", "2012-03-01", "2012-03-01"));
        assertThat(conflicts).singleElement()
                .satisfies(conflict -> assertThat(conflict.message()).contains("已在孟河镇享受过持证退休企业职工一次性奖励", "每人只能享受一次"));
    }

    @Test
    void theFirstGenerationNumberOfTheSamePersonIsTheSamePerson() {
        String fifteen = FIRST_17.substring(0, 6) + FIRST_17.substring(8, 17);
        ResidentIdNumber old = ResidentIdNumber.parse(fifteen, AS_OF);
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(old, RURAL_AWARD, "罗溪镇", "2010-01-01", null)));
        assertThat(register.conflicts(entitlement(PERSON, RURAL_AWARD, "薛家镇", "2012-01-01", null))).isTrue();
    }

    @Test
    void everyCollidingEntitlementIsListed() {
        EntitlementRegister register = new EntitlementRegister(List.of(
                entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2010-01-01", "2012-06-30"),
                entitlement(PERSON, RURAL_AWARD, "薛家镇", "2012-07-01", null),
                entitlement(PERSON, RURAL_AWARD, "西夏墅镇", "2005-01-01", "2009-12-31")));
        assertThat(register.conflictsOf(entitlement(PERSON, RURAL_AWARD, "春江镇", "2012-01-01", null)))
                .extracting(conflict -> conflict.existing().town())
                .containsExactly("罗溪镇", "薛家镇");
    }

    @Test
    void anEntitlementMustNotEndBeforeItStartsAndNeedsATown() {
        assertThatThrownBy(() -> entitlement(PERSON, RURAL_AWARD, "罗溪镇", "2012-01-01", "2011-12-31"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("早于起始日期");
        assertThatThrownBy(() -> entitlement(PERSON, RURAL_AWARD, " ", "2012-01-01", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("经办镇（街道）");
    }
}
