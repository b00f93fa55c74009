package vn.parcomms.plan.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The counting maps read last, per set of plans, kept so that a dashboard or the province view
 * does not read tens of thousands of activity keys on every request. An entry is only ever used
 * after its stamp was checked against the database in the same request ({@code PlanFacts}), so a
 * change made by another instance is seen at once; the cache only saves the reading. Bounded: the
 * least recently used entry goes first.
 */
@Component
public class CountingCache {

    static final int MAX_ENTRIES = 64;

    private final Map<Object, Object> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The entry kept for the key, null when none; {@code type} is what the caller stored. */
    public synchronized <T> T get(Object key, Class<T> type) {
        Object value = entries.get(key);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    /** Forgets everything (tests that change plans behind the application's back). */
    public synchronized void clear() {
        entries.clear();
    }
}
