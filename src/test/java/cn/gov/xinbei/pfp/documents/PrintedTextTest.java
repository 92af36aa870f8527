package cn.gov.xinbei.pfp.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedTextTest {

    @Test
    void webAddressesAndSourceMarkersAreNotPrinted() {
        assertThat(PrintedText.clean("基数来源：常州市统计局发布：常州市区城镇居民人均可支配收入29,829元（名义增长13.6%）\n"
                + "https://tjj.changzhou.gov.cn/html/tjj/2012/OPOEMFCL_0209/8396.html ；新北区为常州市辖区，适用市区数据[I]"))
                .isEqualTo("基数来源：常州市统计局发布：常州市区城镇居民人均可支配收入29,829元（名义增长13.6%）；"
                        + "新北区为常州市辖区，适用市区数据");
        assertThat(PrintedText.clean("常州统计年鉴表8-11（溧阳市农村居民人均纯收入），https://tjj.changzhou.gov.cn/a.zip"))
                .isEqualTo("常州统计年鉴表8-11（溧阳市农村居民人均纯收入）");
        assertThat(PrintedText.clean("见 www.example.cn [S]。")).isEqualTo("见。");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "4 × 29,829 = 119,316.00元\n人民币119,316.00元（大写：壹拾壹万玖仟叁佰壹拾陆元整）。";
        assertThat(PrintedText.clean(text)).isEqualTo(text);
    }
}
