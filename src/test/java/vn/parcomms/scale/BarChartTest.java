package vn.parcomms.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's chart: the chosen column read from a TSV, bars over the target in red. */
class BarChartTest {

    private static final List<String> TSV = List.of("page\tp50 ms\tp95 ms", "/rollups\t20.5\t40", "/plans\t30\t180.2",
            "", "/blank\t1\t");

    @Test
    void readsTheP95ColumnByDefaultAndSkipsBlankValues() {
        assertThat(BarChart.read(TSV, null)).containsExactly(new BarChart.Bar("/rollups", 40),
                new BarChart.Bar("/plans", 180.2));
        assertThat(BarChart.read(TSV, "p50 ms")).extracting(BarChart.Bar::value).containsExactly(20.5, 30.0, 1.0);
        assertThat(BarChart.read(TSV, "2")).extracting(BarChart.Bar::value).containsExactly(20.5, 30.0, 1.0);
    }

    @Test
    void drawsTheBarOverTheTargetRedAndTheOtherGreen() {
        BufferedImage image = BarChart.draw(BarChart.read(TSV, null), "p95", 150, "p95 ms");

        // Rows start at y = 56 and are 22 px high; the bars start after the labels.
        int green = 0;
        int red = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int first = image.getRGB(x, 56 + 11) & 0xffffff;
            int second = image.getRGB(x, 56 + 22 + 11) & 0xffffff;
            green += first == 0x2E7D32 ? 1 : 0;
            red += second == 0xC62828 ? 1 : 0;
        }
        assertThat(green).isPositive();
        assertThat(red).isGreaterThan(green);
        assertThat(image.getHeight()).isEqualTo(56 + 40 + 2 * 22);
    }
}
