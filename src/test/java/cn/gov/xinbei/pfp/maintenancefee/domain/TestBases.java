package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A base table for unit tests: the published 2011 Changzhou urban figure (29,829 元, REFERENCE.md 5.2) and the
 * Xinbei area tree, plus ONE INVENTED township figure (孟河镇 2011 rural, 15,431.50 元) so that rural and mixed-hukou
 * arithmetic can be tested. That figure was not published anywhere; the shipped configuration does not have it.
 */
final class TestBases {

    static final String CITY = "320400";
    static final String XINBEI = "320411";
    static final String HEHAI = "320411001";
    static final String MENGHE = "320411101";
    static final String XINQIAO = "320411102";

    static final BigDecimal CHANGZHOU_URBAN_2011 = new BigDecimal("29829");
    /** Invented for tests (see the class comment); its half yuan exercises the rounding to the 分. */
    static final BigDecimal MENGHE_RURAL_2011_INVENTED = new BigDecimal("15431.50");

    private TestBases() {
    }

    static IncomeBaseTable table() {
        return new IncomeBaseTable(
                List.of(new IncomeArea(CITY, "常州市", AreaLevel.CITY, null),
                        new IncomeArea(XINBEI, "新北区", AreaLevel.DISTRICT, CITY),
                        new IncomeArea(HEHAI, "河海街道", AreaLevel.TOWNSHIP, XINBEI),
                        new IncomeArea(MENGHE, "孟河镇", AreaLevel.TOWNSHIP, XINBEI),
                        new IncomeArea(XINQIAO, "新桥镇", AreaLevel.TOWNSHIP, XINBEI)),
                List.of(new IncomeFigure(2011, CITY, IncomeBaseKind.URBAN_DISPOSABLE_INCOME, CHANGZHOU_URBAN_2011,
                                "常州市统计局2012-02-09", "S"),
                        new IncomeFigure(2011, CITY, IncomeBaseKind.RURAL_NET_INCOME, new BigDecimal("14838"),
                                "常州统计年鉴表8-11", "S"),
                        new IncomeFigure(2011, MENGHE, IncomeBaseKind.RURAL_NET_INCOME, MENGHE_RURAL_2011_INVENTED,
                                "测试用虚构数据", "I")));
    }
}
