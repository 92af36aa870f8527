package cn.gov.xinbei.pfp.residentid;

import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException.Reason;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final LocalDate LAST_DAY_OF_FIRST_GENERATION = LocalDate.of(2012, 12, 31);
    private static final LocalDate FIRST_DAY_WITHOUT_FIRST_GENERATION = LocalDate.of(2013, 1, 1);

    /** REFERENCE §9.1 vectors. */
    private static final String STANDARD_EXAMPLE = "53010219200508011X";
    private static final String XINBEI_MAN = "320411198001010019";
    private static final String XINBEI_WOMAN = "320411198506150025";
    /** First-generation form of XINBEI_MAN: same area, "80" year, same sequence, no check digit. */
    private static final String FIRST_GENERATION_MAN = "320411800101001";

    private static Reason reasonOf(String raw, LocalDate asOf) {
        InvalidResidentIdException e =
                catchThrowableOfType(InvalidResidentIdException.class, () -> ResidentIdNumber.parse(raw, asOf));
        assertThat(e).as("expected %s to be refused", raw).isNotNull();
        return e.reason();
    }

    private static InvalidResidentIdException failure(String raw, LocalDate asOf) {
        InvalidResidentIdException e =
                catchThrowableOfType(InvalidResidentIdException.class, () -> ResidentIdNumber.parse(raw, asOf));
        assertThat(e).as("expected %s to be refused", raw).isNotNull();
        return e;
    }

    @Test
    void independentRoutineAgreesWithTheReferenceVectors() {
        // Guards the test helper itself: if it were wrong, the checksum-dependent tests below would prove nothing.
        assertThat(Mod112.complete("53010219200508011")).isEqualTo(STANDARD_EXAMPLE);
        assertThat(Mod112.complete("32041119800101001")).isEqualTo(XINBEI_MAN);
        assertThat(Mod112.complete("32041119850615002")).isEqualTo(XINBEI_WOMAN);
    }

    @Nested
    class ValidNumbers {

        @Test
        void standardExampleWithCheckCharacterX() {
            ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE, TODAY);

            assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
            assertThat(id.addressCode()).isEqualTo("530102");
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1920, 5, 8));
            assertThat(id.sex()).isEqualTo(Sex.MALE);
            assertThat(id.wasConvertedFromFirstGeneration()).isFalse();
        }

        @Test
        void xinbeiMan() {
            ResidentIdNumber id = ResidentIdNumber.parse(XINBEI_MAN, TODAY);

            assertThat(id.addressCode()).isEqualTo("320411");
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
            assertThat(id.sex()).isEqualTo(Sex.MALE);
            assertThat(id.sex().label()).isEqualTo("男");
        }

        @Test
        void xinbeiWoman() {
            ResidentIdNumber id = ResidentIdNumber.parse(XINBEI_WOMAN, TODAY);

            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
            assertThat(id.sex().label()).isEqualTo("女");
        }

        @Test
        void lowerCaseXIsAcceptedAndNormalised() {
            ResidentIdNumber id = ResidentIdNumber.parse("53010219200508011x", TODAY);

            assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
            assertThat(id).isEqualTo(ResidentIdNumber.parse(STANDARD_EXAMPLE, TODAY));
        }

        @ParameterizedTest
        @ValueSource(strings = {"  320411198001010019", "320411198001010019\t", "\u3000320411198001010019\u3000"})
        void surroundingBlanksAreIgnored(String raw) {
            assertThat(ResidentIdNumber.parse(raw, TODAY).value()).isEqualTo(XINBEI_MAN);
        }

        @Test
        void bornOnTheCheckDateIsAccepted() {
            String bornToday = Mod112.complete("32041120250601002");

            assertThat(ResidentIdNumber.parse(bornToday, TODAY).birthDate()).isEqualTo(TODAY);
        }

        @Test
        void bornOnTheFirstAcceptedDay() {
            String born1900 = Mod112.complete("32041119000101001");

            assertThat(ResidentIdNumber.parse(born1900, TODAY).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        }

        @Test
        void validLeapDay() {
            String leapDay = Mod112.complete("32041120000229002");

            assertThat(ResidentIdNumber.parse(leapDay, TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        }
    }

    @Nested
    class Failures {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t", "\u3000"})
        void blank(String raw) {
            InvalidResidentIdException e = failure(raw, TODAY);

            assertThat(e.reason()).isEqualTo(Reason.BLANK);
            assertThat(e.getMessage()).isEqualTo("请填写公民身份号码");
        }

        @ParameterizedTest
        @CsvSource({"32041119800101001, 17", "3204111980010100190, 19", "3204118001010011, 16", "1234, 4"})
        void wrongLength(String raw, int length) {
            InvalidResidentIdException e = failure(raw, TODAY);

            assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH);
            assertThat(e.getMessage()).contains("18位").contains("当前为" + length + "位");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "32041119800101001A",   // letter other than X as check character
                "X20411198001010019",   // X anywhere but last
                "3204111980-1010019",
                "３２０４１１198001010019", // full-width digits are not ASCII digits
                "32041180010100X"       // 15-digit numbers have no check character
        })
        void illegalCharacter(String raw) {
            InvalidResidentIdException e = failure(raw, LAST_DAY_OF_FIRST_GENERATION);

            assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_CHARACTER);
            assertThat(e.getMessage()).contains("数字").contains("X");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "32041119800230001", // 02-30
                "32041120010229001", // 02-29 in a common year
                "32041119801301001", // month 13
                "32041119800100001", // day 00
                "32041118991231001"  // before 1900-01-01
        })
        void invalidBirthDateWithCorrectCheckCharacter(String first17) {
            assertThat(reasonOf(Mod112.complete(first17), TODAY)).isEqualTo(Reason.INVALID_BIRTH_DATE);
        }

        @Test
        void tooEarlyBirthDateHasItsOwnMessage() {
            InvalidResidentIdException e = failure(Mod112.complete("32041118991231001"), TODAY);

            assertThat(e.getMessage()).contains("1900年1月1日");
        }

        @Test
        void birthDateAfterTheCheckDate() {
            String bornTomorrow = Mod112.complete("32041120250602002");

            InvalidResidentIdException e = failure(bornTomorrow, TODAY);

            assertThat(e.reason()).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
            assertThat(e.getMessage()).contains("2025-06-01");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "320411198001010018", // last character off by one
                "320411198001010091", // last two transposed
                "530102192005080119", // X replaced by a digit
                "32041119800101002X"  // sequence changed
        })
        void checksumMismatch(String raw) {
            InvalidResidentIdException e = failure(raw, TODAY);

            assertThat(e.reason()).isEqualTo(Reason.CHECKSUM_MISMATCH);
            assertThat(e.getMessage()).isEqualTo("公民身份号码校验位不正确，请核对");
        }

        @Test
        void messagesNeverEchoTheNumber() {
            List<String> bad = List.of("320411198001010018", Mod112.complete("32041120250602002"),
                    Mod112.complete("32041119800230001"), "32041119800101001A", FIRST_GENERATION_MAN);

            for (String raw : bad) {
                InvalidResidentIdException e = failure(raw, TODAY);
                assertThat(e.getMessage()).as(e.reason().name())
                        .doesNotContain(raw)
                        .doesNotContain(raw.substring(6, 14))
                        .doesNotContainPattern("[0-9]{8,}");
            }
        }

        @Test
        void exceptionTurnsIntoAFieldViolation() {
            FieldViolation v = failure("320411198001010018", TODAY).toViolation("wife.idNumber");

            assertThat(v).isEqualTo(new FieldViolation("wife.idNumber", "公民身份号码校验位不正确，请核对"));
        }
    }

    @Nested
    class FirstGeneration {

        @Test
        void acceptedOnTheLastDayAndConvertedTo18() {
            ResidentIdNumber id = ResidentIdNumber.parse(FIRST_GENERATION_MAN, LAST_DAY_OF_FIRST_GENERATION);

            // Hand computation: Σ(digit×weight) over 32041119800101001 = 146, 146 mod 11 = 3 → '9'.
            assertThat(id.value()).isEqualTo("320411198001010019")
                    .isEqualTo(Mod112.complete("32041119800101001"));
            assertThat(id.wasConvertedFromFirstGeneration()).isTrue();
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
            assertThat(id.sex()).isEqualTo(Sex.MALE);
            assertThat(id).isEqualTo(ResidentIdNumber.parse(XINBEI_MAN, LAST_DAY_OF_FIRST_GENERATION));
        }

        @Test
        void conversionCanProduceX() {
            // 11010549123100 + sequence 2: the independent routine gives the check character; make sure one
            // first-generation case exercises a non-trivial conversion, whatever that character is.
            String first15 = "110105491231002";
            String expected = Mod112.complete("11010519491231002");

            ResidentIdNumber id = ResidentIdNumber.parse(first15, LAST_DAY_OF_FIRST_GENERATION);

            assertThat(id.value()).isEqualTo(expected);
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        }

        @Test
        void refusedFrom2013() {
            InvalidResidentIdException e = failure(FIRST_GENERATION_MAN, FIRST_DAY_WITHOUT_FIRST_GENERATION);

            assertThat(e.reason()).isEqualTo(Reason.FIRST_GENERATION_EXPIRED);
            assertThat(e.getMessage()).contains("18位").contains("2013年1月1日");
            assertThat(ResidentIdNumber.FIRST_GENERATION_VOID_FROM).isEqualTo(FIRST_DAY_WITHOUT_FIRST_GENERATION);
        }

        @Test
        void invalidDateInA15DigitNumber() {
            assertThat(reasonOf("320411800230001", LAST_DAY_OF_FIRST_GENERATION)).isEqualTo(Reason.INVALID_BIRTH_DATE);
        }
    }

    @Nested
    class NonThrowingChecks {

        @Test
        void problemIsEmptyForAValidNumber() {
            assertThat(ResidentIdNumber.problem(XINBEI_WOMAN, TODAY)).isEmpty();
        }

        @Test
        void problemGivesTheChineseReason() {
            assertThat(ResidentIdNumber.problem(FIRST_GENERATION_MAN, TODAY))
                    .hasValue(ResidentIdNumber.MSG_FIRST_GENERATION_EXPIRED);
            assertThat(ResidentIdNumber.problem(null, TODAY)).hasValue("请填写公民身份号码");
        }

        @Test
        void parseIntoCollectsViolationsForSeveralFields() {
            Violations violations = new Violations();

            var husband = ResidentIdNumber.parseInto(violations, "husband.idNumber", XINBEI_MAN, TODAY);
            var wife = ResidentIdNumber.parseInto(violations, "wife.idNumber", "320411198506150026", TODAY);

            assertThat(husband).hasValue(ResidentIdNumber.parse(XINBEI_MAN, TODAY));
            assertThat(wife).isEmpty();
            assertThat(violations.list()).containsExactly(
                    new FieldViolation("wife.idNumber", "公民身份号码校验位不正确，请核对"));
        }
    }

    @Nested
    class Ages {

        private final ResidentIdNumber woman = ResidentIdNumber.parse(XINBEI_WOMAN, TODAY); // born 1985-06-15
        private final ResidentIdNumber leapDayBaby =
                ResidentIdNumber.parse(Mod112.complete("32041120000229002"), TODAY);

        @ParameterizedTest
        @CsvSource({
                "1985-06-15, 0",
                "1986-06-14, 0",
                "1986-06-15, 1",
                "2009-06-14, 23",
                "2009-06-15, 24", // the 再生育 age threshold is reached on the birthday itself
                "2009-06-16, 24",
                "2034-06-14, 48",
                "2034-06-15, 49"
        })
        void ageGoesUpOnTheBirthday(LocalDate on, int expected) {
            assertThat(woman.ageOn(on)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
                "2001-02-28, 0",
                "2001-03-01, 1", // common year: the birthday is taken to be 03-01
                "2003-02-28, 2",
                "2003-03-01, 3",
                "2004-02-28, 3",
                "2004-02-29, 4", // leap year: the real birthday
                "2060-02-29, 60",
                "2061-02-28, 60",
                "2061-03-01, 61"
        })
        void leapDayBirthday(LocalDate on, int expected) {
            assertThat(leapDayBaby.ageOn(on)).isEqualTo(expected)
                    .isEqualTo(Period.between(leapDayBaby.birthDate(), on).getYears());
        }

        @Test
        void noAgeBeforeBirth() {
            assertThatIllegalArgumentException().isThrownBy(() -> woman.ageOn(LocalDate.of(1985, 6, 14)));
        }
    }

    @Nested
    class MaskingAndIdentity {

        @Test
        void maskedKeepsFirstSixAndLastFour() {
            assertThat(ResidentIdNumber.parse(XINBEI_MAN, TODAY).masked()).isEqualTo("320411********0019");
            assertThat(ResidentIdNumber.parse("53010219200508011x", TODAY).masked()).isEqualTo("530102********011X");
        }

        @Test
        void toStringIsTheMaskedForm() {
            ResidentIdNumber id = ResidentIdNumber.parse(XINBEI_WOMAN, TODAY);

            assertThat(id.toString()).isEqualTo("320411********0025").doesNotContain(XINBEI_WOMAN).doesNotContain("19850615");
            assertThat("申请人 " + id).doesNotContain(XINBEI_WOMAN);
            assertThat(List.of(id).toString()).doesNotContain(XINBEI_WOMAN);
        }

        @Test
        void equalityIsOnTheEighteenDigitValue() {
            ResidentIdNumber a = ResidentIdNumber.parse(XINBEI_MAN, TODAY);
            ResidentIdNumber b = ResidentIdNumber.parse(" " + XINBEI_MAN, TODAY);
            ResidentIdNumber other = ResidentIdNumber.parse(XINBEI_WOMAN, TODAY);

            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo(XINBEI_MAN);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "320411198001010019|320411********0019",
                "53010219200508011x|530102********011X",
                " 320411198506150025 |320411********0025",
                "320411800101001|320411******001",
                "320411198001010018|320411********0018", // wrong checksum: still an ID number to hide
                "abc|***",
                "32041119800101001|*****************"   // a mistyped number is hidden completely
        })
        void maskAnyValue(String raw, String expected) {
            assertThat(ResidentIdNumber.mask(raw)).isEqualTo(expected);
        }

        @Test
        void maskLeavesNullAndBlankAlone() {
            assertThat(ResidentIdNumber.mask(null)).isNull();
            assertThat(ResidentIdNumber.mask("  ")).isEqualTo("  ");
        }
    }
}
