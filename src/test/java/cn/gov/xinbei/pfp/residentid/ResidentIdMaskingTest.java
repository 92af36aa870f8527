package cn.gov.xinbei.pfp.residentid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdMaskingTest {

    @Test
    void masksEveryIdNumberInText() {
        String text = "丈夫320411198001010019，妻子 320411198506150025；旧证320411800101001。标准53010219200508011x";

        assertThat(ResidentIdMasking.maskAll(text)).isEqualTo(
                "丈夫320411********0019，妻子 320411********0025；旧证320411******001。标准530102********011X");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "order 1234567890123456789 done",   // 19 digits: not an ID number, not a slice of one
            "amount 12345678901234567",          // 17 digits
            "short 1234567890123456",            // 16 digits
            "ts 2025-06-01T10:00:00.123+08:00",
            "no digits at all"
    })
    void leavesOtherNumbersAlone(String text) {
        assertThat(ResidentIdMasking.maskAll(text)).isEqualTo(text);
    }

    @Test
    void nullAndShortTextPassThrough() {
        assertThat(ResidentIdMasking.maskAll(null)).isNull();
        assertThat(ResidentIdMasking.maskAll("ok")).isEqualTo("ok");
    }
}
