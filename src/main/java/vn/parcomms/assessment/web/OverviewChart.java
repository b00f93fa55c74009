package vn.parcomms.assessment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.parcomms.assessment.ProvinceOverview;

/**
 * The overview's bar chart, drawn on the server: per agency one bar for the self-score and one
 * for the appraised score on one axis of points from {@code low} (0, or the lowest negative
 * score) to {@code high} (the set's maximum, or a higher score). Positions are percentages of
 * the axis, so the SVG stretches to any width; the agency's name is HTML above its bars and wraps
 * instead of being clipped on a phone.
 */
record OverviewChart(BigDecimal low, BigDecimal middle, BigDecimal high, String zeroAt, List<Bars> bars) {

    record Bars(ProvinceOverview.Row row, Bar self, Bar appraised) {
    }

    /** {@code x} and {@code width} as SVG percentages; null when there is no score. */
    record Bar(String x, String width) {
    }

    static OverviewChart of(ProvinceOverview overview) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = overview.maximum() == null ? BigDecimal.ZERO : overview.maximum().max(BigDecimal.ZERO);
        for (ProvinceOverview.Row r : overview.rows()) {
            for (BigDecimal v : new BigDecimal[] {r.selfTotal(), r.appraisedTotal()}) {
                if (v != null) {
                    low = low.min(v);
                    high = high.max(v);
                }
            }
        }
        if (high.compareTo(low) == 0) {
            high = low.add(BigDecimal.ONE);
        }
        List<Bars> bars = new ArrayList<>();
        for (ProvinceOverview.Row r : overview.rows()) {
            if (r.selfTotal() != null) {
                bars.add(new Bars(r, bar(r.selfTotal(), low, high), r.appraisedTotal() == null ? null
                        : bar(r.appraisedTotal(), low, high)));
            }
        }
        BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return new OverviewChart(low, middle, high, percent(BigDecimal.ZERO.subtract(low), low, high), bars);
    }

    private static Bar bar(BigDecimal value, BigDecimal low, BigDecimal high) {
        BigDecimal from = value.min(BigDecimal.ZERO).subtract(low);
        return new Bar(percent(from, low, high), percent(value.abs(), low, high));
    }

    private static String percent(BigDecimal part, BigDecimal low, BigDecimal high) {
        return part.multiply(BigDecimal.valueOf(100)).divide(high.subtract(low), 2, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }
}
