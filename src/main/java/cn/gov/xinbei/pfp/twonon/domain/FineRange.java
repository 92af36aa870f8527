package cn.gov.xinbei.pfp.twonon.domain;

import java.math.BigDecimal;

/** A fine's legal range, both ends included. */
public record FineRange(BigDecimal min, BigDecimal max, String text) {

    public boolean contains(BigDecimal fine) {
        return fine != null && fine.compareTo(min) >= 0 && fine.compareTo(max) <= 0;
    }
}
