package vn.parcomms.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module read last for a few keys, kept so that the next request can use it again after
 * checking, against the database, that it still holds (a stamp read in the same request). It
 * saves reading, never decides what is current. Bounded: the least recently used entry goes
 * first. Safe for concurrent requests.
 */
public final class RecentReads<K, V> {

    private final Map<K, V> entries;

    public RecentReads(int maxEntries) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The entry kept for the key, null when none. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }
}
