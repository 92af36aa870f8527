package cn.gov.xinbei.pfp.shared.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitedCountTest {

    @Test
    void aCountOverTheLimitIsTheLimitWithMore() {
        assertThat(LimitedCount.of(LimitedCount.probe(4), 4)).isEqualTo(new LimitedCount(4, true));
        assertThat(LimitedCount.of(4, 4)).isEqualTo(new LimitedCount(4, false));
        assertThat(LimitedCount.of(0, 4)).isEqualTo(new LimitedCount(0, false));
    }

    @Test
    void pagesListTheCountedRowsOnly() {
        LimitedCount counted = LimitedCount.of(5, 4);
        assertThat(counted.rowsOn(0, 3)).isEqualTo(3);
        assertThat(counted.rowsOn(1, 3)).as("the fourth counted row, not the fifth").isEqualTo(1);
        assertThat(counted.rowsOn(2, 3)).isZero();
    }
}
