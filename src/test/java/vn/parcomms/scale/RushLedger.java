package vn.parcomms.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the app acknowledged during a {@link DeadlineRush}, and the check against what the
 * database holds afterwards: the last figure of every entry saved with a 2xx answer must be the
 * figure the report holds ("no lost save"), and every acknowledged submit, acceptance and return
 * must be one line of the report's history ("nothing done twice", "nothing lost").
 */
final class RushLedger {

    /** One figure of one entry of one report. */
    record FigureKey(long reportId, String activityKey, long indicatorId) {
    }

    static final String SUBMITTED = "SUBMITTED";
    static final String ACCEPTED = "ACCEPTED";
    static final String RETURNED = "RETURNED";
    static final List<String> STEPS = List.of(SUBMITTED, ACCEPTED, RETURNED);

    private final Map<FigureKey, Integer> lastSaved = new ConcurrentHashMap<>();
    private final Map<FigureKey, Integer> lastSent = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, AtomicInteger>> steps = new ConcurrentHashMap<>();
    private final Set<Long> reports = ConcurrentHashMap.newKeySet();

    /** A report the run opened (its history is checked even when no step of it was acknowledged). */
    void opened(long reportId) {
        reports.add(reportId);
    }

    /** A save about to be sent (its answer may never arrive: a timeout). */
    void sending(Map<FigureKey, Integer> figures) {
        lastSent.putAll(figures);
    }

    /** A save answered 2xx with these figures; later saves of the same figure replace it. */
    void saved(Map<FigureKey, Integer> figures) {
        figures.keySet().forEach(k -> reports.add(k.reportId()));
        lastSaved.putAll(figures);
    }

    /** A step (SUBMITTED, ACCEPTED, RETURNED) the app acknowledged. */
    void stepTaken(long reportId, String step) {
        reports.add(reportId);
        steps.computeIfAbsent(reportId, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(step, k -> new AtomicInteger()).incrementAndGet();
    }

    int count(long reportId, String step) {
        Map<String, AtomicInteger> of = steps.get(reportId);
        AtomicInteger n = of == null ? null : of.get(step);
        return n == null ? 0 : n.get();
    }

    Set<Long> reports() {
        return Set.copyOf(reports);
    }

    int savedFigures() {
        return lastSaved.size();
    }

    /** Every acknowledged figure whose report holds another value (or none), one line each. */
    List<String> lostSaves(Map<FigureKey, Integer> stored) {
        List<String> problems = new ArrayList<>();
        lastSaved.entrySet().stream().sorted(Map.Entry.comparingByKey(
                java.util.Comparator.comparingLong(FigureKey::reportId).thenComparing(FigureKey::activityKey)
                        .thenComparingLong(FigureKey::indicatorId)))
                .forEach(e -> {
                    Integer held = stored.get(e.getKey());
                    if (!e.getValue().equals(held)) {
                        boolean unanswered = held != null && held.equals(lastSent.get(e.getKey()));
                        problems.add((unanswered ? "a later save with no answer (timed out) landed: report "
                                : "lost save: report ") + e.getKey().reportId() + ", activity "
                                + e.getKey().activityKey() + ", indicator " + e.getKey().indicatorId() + ": saved "
                                + e.getValue() + ", the report holds " + held);
                    }
                });
        return problems;
    }

    /**
     * Every report whose history (lines per step, recorded during the run) differs from the steps
     * acknowledged: a missing line is a lost step, an extra one a step done twice (or done
     * without its answer reaching the client).
     */
    List<String> historyMismatches(Map<Long, Map<String, Integer>> history) {
        List<String> problems = new ArrayList<>();
        Set<Long> ids = new TreeSet<>(reports);
        ids.addAll(history.keySet());
        for (long id : ids) {
            Map<String, Integer> lines = history.getOrDefault(id, Map.of());
            for (String step : STEPS) {
                int acknowledged = count(id, step);
                int recorded = lines.getOrDefault(step, 0);
                if (acknowledged != recorded) {
                    problems.add("history: report " + id + ", " + step + " acknowledged " + acknowledged
                            + " times, recorded " + recorded + " times" + (recorded > acknowledged
                                    ? " (done twice, or a request with no answer did it)" : ""));
                }
            }
        }
        return problems;
    }
}
