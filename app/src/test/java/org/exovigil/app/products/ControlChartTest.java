package org.exovigil.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlChartTest {

    private static List<ControlChart.LotValue> lots(double... values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new ControlChart.LotValue("L-" + (i + 1), values[i]))
                .toList();
    }

    @Test
    void fewerThanThreeLotsSetNoLimits() {
        assertThat(ControlChart.of(lots(1e10, 2e10))).isNull();
    }

    @Test
    void aLowerLimitBelowZeroIsDrawnAndJudgedAtZero() {
        var chart = ControlChart.of(lots(1e10, 5e10, 5e9));

        assertThat(chart.mean()).isCloseTo(2.1666666666667e10, org.assertj.core.data.Offset.offset(1.0));
        assertThat(chart.lower()).isZero();
        assertThat(chart.lowerText()).isEqualTo("0");
        assertThat(chart.lowerY()).isEqualTo(ControlChart.BOTTOM);
        assertThat(chart.points()).noneMatch(ControlChart.Point::out);
    }

    @Test
    void particleCountsAreShownToThreeSignificantDigits() {
        assertThat(ControlChart.particles(21_666_666_666.667)).isEqualTo("2.17 × 10¹⁰");
        assertThat(ControlChart.particles(9.996e9)).isEqualTo("1.00 × 10¹⁰");
        assertThat(ControlChart.particles(3.5)).isEqualTo("3.50");
        assertThat(ControlChart.particles(0.042)).isEqualTo("4.20 × 10⁻²");
    }

    @Test
    void theLotsRunAlongTheBottomInOrderWithinThePlot() {
        var chart = ControlChart.of(lots(1e10, 1.1e10, 0.9e10, 1.05e10));

        assertThat(chart.points())
                .extracting(ControlChart.Point::lotNumber)
                .containsExactly("L-1", "L-2", "L-3", "L-4");
        assertThat(chart.points()).allSatisfy(point -> {
            assertThat(point.x()).isBetween((double) chart.left(), (double) chart.right());
            assertThat(point.y()).isBetween((double) chart.top(), (double) chart.bottom());
        });
    }
}
