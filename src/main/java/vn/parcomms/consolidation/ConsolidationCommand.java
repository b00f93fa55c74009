package vn.parcomms.consolidation;

/** The narrative the office writes (drafted from the units' texts). */
public record ConsolidationCommand(String resultsSummary, String shortcomings, String difficulties, String proposals,
        String nextTasks) {
}
