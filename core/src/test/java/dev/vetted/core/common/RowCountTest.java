package dev.vetted.core.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowCountTest {

    @Test
    void anExactCountIsWrittenAsItIs() {
        assertThat(RowCount.exactly(0).text()).isEqualTo("0");
        assertThat(RowCount.exactly(1000).text()).isEqualTo("1,000");
    }

    @Test
    void aCountThatStoppedAtTheLimitSaysAtLeast() {
        assertThat(new RowCount(RowCount.LIMIT, false).text()).isEqualTo("1,000+");
    }

    @Test
    void twoCountsTogetherAreExactOnlyWhenBothAre() {
        assertThat(RowCount.exactly(3).plus(RowCount.exactly(4))).isEqualTo(RowCount.exactly(7));
        assertThat(RowCount.exactly(3).plus(new RowCount(1000, false))).isEqualTo(new RowCount(1003, false));
        assertThat(new RowCount(1003, false).text()).isEqualTo("1,003+");
    }

    @Test
    void aPageCarriesWhetherItsTotalIsExact() {
        Page<String> exact = new Page<>(List.of("a"), 0, 20, 1);
        assertThat(exact.totalExact()).isTrue();
        assertThat(exact.totalText()).isEqualTo("1");
        Page<Integer> capped = new Page<>(List.of("a"), 0, 20, new RowCount(1000, false)).map(String::length);
        assertThat(capped.totalExact()).isFalse();
        assertThat(capped.totalText()).isEqualTo("1,000+");
    }

    @Test
    void aShortPageIsItsOwnExactCount() {
        assertThat(RowCount.fromShortPage(0, 20, 7)).contains(RowCount.exactly(7));
        assertThat(RowCount.fromShortPage(0, 20, 0)).contains(RowCount.exactly(0));
        // past a thousand too: the last page of 1,003 says 1,003, not 1,000+
        assertThat(RowCount.fromShortPage(10, 100, 3)).contains(RowCount.exactly(1003));
    }

    @Test
    void aFullPageOrAnEmptyLaterPageNeedsCounting() {
        assertThat(RowCount.fromShortPage(0, 20, 20)).isEmpty();
        assertThat(RowCount.fromShortPage(3, 20, 0)).isEmpty();
    }
}
