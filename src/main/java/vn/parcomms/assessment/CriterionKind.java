package vn.parcomms.assessment;

import java.util.List;

/**
 * The rule kinds a PAR INDEX criterion is computed by; the parameters each kind reads are data
 * ({@code par_index_criterion_param}), named here so the editor asks for them and the service
 * checks them.
 */
public enum CriterionKind {
    /** The sum of its sub-criteria, at most its maximum. */
    GROUP(List.of()),
    /** The node's own plan issued by a day of the year: on time, late, none. */
    PLAN_ISSUED(List.of("deadlineMonth", "deadlineDay", "onTimePoints", "latePoints", "nonePoints")),
    /** Share of the plan's activities due in the year that are done (dropped left out). */
    ACTIVITIES_DONE(List.of("mode", "highPercent", "highPoints", "lowPercent", "midPoints", "lowPoints")),
    /** Share of the plan's indicators whose accepted figures reached their targets. */
    TARGETS_MET(List.of("mode", "highPercent", "highPoints", "lowPercent", "midPoints", "lowPoints")),
    /** The periodic reports: all on time or not ({@code ALL}), or a deduction per late or missing report. */
    REPORTS_ON_TIME(List.of("mode", "onTimePoints", "latePoints", "missingPoints", "minimumPoints")),
    /** Channels used (with accepted figures) counted per group, online and traditional. */
    CHANNEL_DIVERSITY(List.of("onlinePerChannel", "onlineCap", "traditionalPerChannel", "traditionalCap")),
    /** The accepted total of one indicator (conferences held, trainings) times points per item. */
    ACTIVITY_COUNT(List.of("indicator", "perItem")),
    /** Scored by hand with evidence in the self-assessment; computes nothing. */
    MANUAL(List.of());

    /** Parameters whose value is a word, not a number. */
    public static final List<String> WORDS = List.of("mode", "indicator");

    private final List<String> parameters;

    CriterionKind(List<String> parameters) {
        this.parameters = parameters;
    }

    /** Every parameter the kind may read, in the editor's order. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * The parameters the kind needs with the given mode: a proportional share needs no steps, an
     * {@code ALL} reports rule no deduction, a deduction no on-time points.
     */
    public List<String> required(String mode) {
        return switch (this) {
            case ACTIVITIES_DONE, TARGETS_MET -> "PROPORTIONAL".equals(mode) ? List.of("mode") : parameters;
            case REPORTS_ON_TIME -> "DEDUCTION".equals(mode) ? List.of("mode", "latePoints", "missingPoints")
                    : List.of("mode", "onTimePoints", "latePoints");
            default -> parameters;
        };
    }

    /** The modes the kind offers, empty when it has none. */
    public List<String> modes() {
        return switch (this) {
            case ACTIVITIES_DONE, TARGETS_MET -> List.of("PROPORTIONAL", "STEPPED");
            case REPORTS_ON_TIME -> List.of("ALL", "DEDUCTION");
            default -> List.of();
        };
    }
}
