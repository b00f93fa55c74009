package vn.parcomms.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a node's criteria are computed from for a year, gathered from the plan and report modules'
 * read APIs through the rollup (ADR 0010): its own issued plan, the year's completion, the
 * indicators' targets and accepted totals, the channels with accepted figures by group, and its
 * periodic reports (a unit's reports for a department, an agency's consolidated reports).
 *
 * @param planIssued      the issue date of the node's own plan for the year, null when none
 * @param donePercent     the completion share as the rollup rounds it, null when nothing is due
 * @param channelsByGroup the number of distinct channels with accepted figures per channel group
 * @param reportsMissing  reports whose deadline passed without them
 */
public record ScoringFacts(int year, LocalDate planIssued, int activitiesDue, int activitiesDropped,
        int activitiesDone, Double donePercent, List<IndicatorFact> indicators, Map<String, Integer> channelsByGroup,
        int reportsExpected, int reportsOnTime, int reportsLate, int reportsMissing) {

    public ScoringFacts {
        indicators = List.copyOf(indicators);
        channelsByGroup = Map.copyOf(channelsByGroup);
    }

    /** One indicator of the plan: its code, the year's target and the accepted total. */
    public record IndicatorFact(String code, long target, long actual) {

        public boolean met() {
            return target > 0 && actual >= target;
        }
    }

    public int channels(String group) {
        return channelsByGroup.getOrDefault(group, 0);
    }
}
