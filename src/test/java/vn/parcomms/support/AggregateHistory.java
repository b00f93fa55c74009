package vn.parcomms.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.parcomms.shared.Step;

/**
 * Drives an aggregate's changes and checks that each leaves exactly one line of history, and
 * that every public method taking a {@link Step} (the aggregate's changes) was driven: a new
 * transition cannot slip past the test, and one that does not record fails it.
 */
public final class AggregateHistory<A> {

    private final Class<A> type;
    private final Function<A, Integer> historySize;
    private final Function<A, String> lastAction;
    private final Set<String> driven = new TreeSet<>();

    public AggregateHistory(Class<A> type, Function<A, Integer> historySize, Function<A, String> lastAction) {
        this.type = type;
        this.historySize = historySize;
        this.lastAction = lastAction;
    }

    public static Step step() {
        return new Step(7L, "Nguyễn Văn Thử", java.time.Instant.parse("2099-03-01T03:00:00Z"));
    }

    /** A change of {@code aggregate} by {@code method}: exactly one more line, with {@code action}. */
    public void change(A aggregate, String method, String action, Runnable change) {
        int before = historySize.apply(aggregate);
        change.run();
        assertThat(historySize.apply(aggregate)).as("lines %s leaves", method).isEqualTo(before + 1);
        assertThat(lastAction.apply(aggregate)).as("line %s leaves", method).isEqualTo(action);
        driven.add(method);
    }

    /**
     * A change of {@code source} that starts a new aggregate: the new one starts with exactly one
     * line ({@code action}); the source gets {@code sourceLines} lines (0 or 1).
     */
    public A start(A source, String method, String action, int sourceLines, Supplier<A> start) {
        int before = source == null ? 0 : historySize.apply(source);
        A started = start.get();
        assertThat(historySize.apply(started)).as("lines %s starts with", method).isEqualTo(1);
        assertThat(lastAction.apply(started)).as("line %s starts with", method).isEqualTo(action);
        if (source != null) {
            assertThat(historySize.apply(source)).as("lines %s leaves on its source", method)
                    .isEqualTo(before + sourceLines);
        }
        driven.add(method);
        return started;
    }

    /**
     * Every public method and constructor taking a step was driven, and every other public method
     * is a reader or one of the {@code editsWithoutHistory} named.
     */
    public void assertEveryChangeDriven(Set<String> readers, Set<String> editsWithoutHistory) {
        Set<String> changes = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (Arrays.asList(m.getParameterTypes()).contains(Step.class)) {
                changes.add(m.getName());
            } else {
                assertThat(m.getName().startsWith("get") || m.getName().startsWith("is")
                        || readers.contains(m.getName()) || editsWithoutHistory.contains(m.getName()))
                        .as("%s.%s changes the aggregate without a step to record", type.getSimpleName(), m.getName())
                        .isTrue();
            }
        }
        for (Constructor<?> c : type.getConstructors()) {
            if (Arrays.asList(c.getParameterTypes()).contains(Step.class)) {
                changes.add("new");
            }
        }
        assertThat(driven).as("changes of %s driven by the test", type.getSimpleName()).isEqualTo(changes);
    }
}
