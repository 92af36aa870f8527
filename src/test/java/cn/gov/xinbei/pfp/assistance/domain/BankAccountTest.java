package cn.gov.xinbei.pfp.assistance.domain;

import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agent bank and account number at intake: digits only, the bank's length range, Luhn where the bank needs it. */
class BankAccountTest {

    static final AgentBank RURAL_BANK = new AgentBank("JNRCB", "江苏江南农村商业银行", 16, 19, false);
    static final AgentBank CARD_BANK = new AgentBank("ABC", "中国农业银行", 19, 19, true);
    static final List<AgentBank> BANKS = List.of(RURAL_BANK, CARD_BANK);

    private final Violations violations = new Violations();

    private Optional<BankAccount> read(Object bank, Object account) {
        return BankAccount.read(violations, "agentBank", bank, "bankAccount", account, BANKS);
    }

    private List<FieldViolation> found() {
        return violations.list();
    }

    @Test
    void aPassbookNumberOfTheRuralBankNeedsNoCheckDigit() {
        assertThat(read("JNRCB", "3204110100001234")).hasValueSatisfying(a -> {
            assertThat(a.bank()).isEqualTo(RURAL_BANK);
            assertThat(a.number()).isEqualTo("3204110100001234");
        });
        assertThat(found()).isEmpty();
    }

    @Test
    void spacesBetweenGroupsAreDroppedAsPrintedOnCards() {
        assertThat(read("ABC", "6228 4804 0256 4890 018")).map(BankAccount::number).hasValue("6228480402564890018");
        assertThat(read("JNRCB", " 6230\u30009101 0000 0000 018 ")).map(BankAccount::number).hasValue("6230910100000000018");
        assertThat(found()).isEmpty();
    }

    @Test
    void lettersOrPunctuationAreRefusedNamingTheField() {
        assertThat(read("JNRCB", "6230-9101-0000-0000")).isEmpty();
        assertThat(found()).containsExactly(new FieldViolation("bankAccount", "代发银行账号只能包含数字"));
    }

    @Test
    void theLengthRangeIsTheConfiguredBanks() {
        assertThat(read("JNRCB", "123456789012345")).isEmpty(); // 15 digits: one too few
        assertThat(read("JNRCB", "12345678901234567890")).isEmpty(); // 20 digits: one too many
        assertThat(read("ABC", "622848040256489001")).isEmpty(); // 18 digits
        assertThat(found()).extracting(FieldViolation::message).containsExactly(
                "江苏江南农村商业银行的代发银行账号应为16至19位数字，现为15位",
                "江苏江南农村商业银行的代发银行账号应为16至19位数字，现为20位",
                "中国农业银行的代发银行账号应为19位数字，现为18位");
        assertThat(read("JNRCB", "1234567890123456")).isPresent(); // 16 digits: the lower bound itself
        assertThat(read("JNRCB", "1234567890123456789")).isPresent(); // 19: the upper bound
    }

    @Test
    void theLuhnCheckAppliesOnlyToBanksThatRequireIt() {
        // 6228480402564890018 is valid: its Luhn digit sum is 80 (worked out by hand); ...019 gives 81.
        assertThat(BankAccount.luhnValid("6228480402564890018")).isTrue();
        assertThat(BankAccount.luhnValid("6228480402564890019")).isFalse();
        assertThat(BankAccount.luhnValid("79927398713")).isTrue(); // the textbook example
        assertThat(read("ABC", "6228480402564890019")).isEmpty();
        assertThat(found()).containsExactly(new FieldViolation("bankAccount", "代发银行账号校验位不正确，请核对中国农业银行卡号"));
        assertThat(read("JNRCB", "6228480402564890019")).isPresent(); // the rural bank's numbers carry no check digit
    }

    @Test
    void theBankMustBeOneOfTheConfiguredAgentBanks() {
        assertThat(read("", "")).isEmpty();
        assertThat(found()).containsExactly(new FieldViolation("agentBank", "请选择代发银行"),
                new FieldViolation("bankAccount", "请填写代发银行账号"));
        Violations other = new Violations();
        assertThat(BankAccount.read(other, "agentBank", "ICBC", "bankAccount", "6222020000000000000", BANKS)).isEmpty();
        assertThat(other.list()).containsExactly(new FieldViolation("agentBank", "代发银行不在本区委托发放机构名单中，请从列表中选择"));
    }

    @Test
    void noMessageRepeatsTheNumber() {
        read("ABC", "6228480402564890019");
        read("JNRCB", "62284804025648900191234");
        assertThat(found()).isNotEmpty().allSatisfy(v -> assertThat(v.message()).doesNotContain("62284804"));
    }

    @Test
    void maskedShowsTheLastFourDigitsOnlyAndToStringNeverTheNumber() {
        BankAccount account = read("ABC", "6228480402564890018").orElseThrow();
        assertThat(account.masked()).isEqualTo("***************0018");
        assertThat(account.toString()).isEqualTo("BankAccount[ABC ***************0018]").doesNotContain("62284804");
        assertThat(BankAccount.mask(null)).isEqualTo("未登记");
        assertThat(BankAccount.mask("123")).isEqualTo("***");
    }

    @Test
    void aBankWithAnImpossibleLengthRangeIsAConfigurationError() {
        assertThatThrownBy(() -> new AgentBank("JNRCB", "江南农商行", 19, 16, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16");
        assertThatThrownBy(() -> new AgentBank("jn rcb", "江南农商行", 16, 19, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgentBank("JNRCB", "江南农商行", 16, 41, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
