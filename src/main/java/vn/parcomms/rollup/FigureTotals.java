package vn.parcomms.rollup;

import java.util.List;

/**
 * Totals over several plans at once (the province view over its agencies' plans), counted by the
 * dashboard's rule: per indicator (channel null) and per channel and indicator.
 */
public record FigureTotals(List<Line> indicators, List<Line> channels) {

    public record Line(Long channelId, String channelName, String channelNameEn, long indicatorId, String name,
            String nameEn, String unit, String unitEn, long target, long actual) {
    }
}
