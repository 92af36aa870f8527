package cn.gov.xinbei.pfp.maintenancefee.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAmountTest {

    @ParameterizedTest
    @CsvSource({
            "119316.00, 壹拾壹万玖仟叁佰壹拾陆元整",
            "238632, 贰拾叁万捌仟陆佰叁拾贰元整",
            "477.26, 肆佰柒拾柒元贰角陆分",
            "119793.26, 壹拾壹万玖仟柒佰玖拾叁元贰角陆分",
            "100005, 壹拾万零伍元整",
            "10000, 壹万元整",
            "1005.50, 壹仟零伍元伍角",
            "100000005, 壹亿零伍元整",
            "10100, 壹万零壹佰元整",
            "0.07, 柒分",
            "20.07, 贰拾元零柒分",
            "0, 零元整"})
    void writesCapitalNumerals(String amount, String expected) {
        assertThat(ChineseAmount.capital(new BigDecimal(amount))).isEqualTo(expected);
    }
}
