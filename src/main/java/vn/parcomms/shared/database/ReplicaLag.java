package vn.parcomms.shared.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far the read replica is behind the primary, for the pages that read from it: the replica
 * has replayed the primary's write-ahead log up to some point; when it has not reached the point
 * the primary is at now and has not replayed all it has received (or receives nothing), and its last
 * replayed commit is older than {@code lagShownAfter}, the page says up to when its figures go ("số
 * liệu đến hh:mm:ss"). A replica streaming everything it receives is current: what is missing is in
 * flight, often a record without a commit that an idle primary writes now and then. A replica that
 * cannot be asked is reported as behind by an unknown time rather than failing the page.
 */
public class ReplicaLag {

    /** What a page shows: nothing when the replica is current, else the time its figures go up to (if known). */
    public record Status(boolean behind, Optional<Instant> figuresUpTo) {

        static final Status CURRENT = new Status(false, Optional.empty());
    }

    private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);

    private final JdbcClient primary;
    private final JdbcClient replica;
    private final Duration lagShownAfter;
    private final Clock clock;

    public ReplicaLag(DataSource primary, DataSource replica, Duration lagShownAfter, Clock clock) {
        this.primary = JdbcClient.create(primary);
        this.replica = JdbcClient.create(replica);
        this.lagShownAfter = lagShownAfter;
        this.clock = clock;
    }

    public Status status() {
        try {
            String primaryAt = primary.sql("select pg_current_wal_insert_lsn()::text").query(String.class).single();
            return replica.sql("""
                    select coalesce(pg_last_wal_replay_lsn() >= cast(:at as pg_lsn), true)
                               or (pg_last_wal_replay_lsn() = pg_last_wal_receive_lsn()
                                   and exists (select from pg_stat_wal_receiver where status = 'streaming'))
                               as caught_up,
                           pg_last_xact_replay_timestamp() as replayed
                    """)
                    .param("at", primaryAt)
                    .query((rs, row) -> status(rs.getBoolean("caught_up"), rs.getTimestamp("replayed")))
                    .single();
        } catch (DataAccessException e) {
            log.warn("Could not tell how far the read replica is behind: {}", e.getMessage());
            return new Status(true, Optional.empty());
        }
    }

    private Status status(boolean caughtUp, Timestamp replayed) {
        if (caughtUp) {
            return Status.CURRENT;
        }
        if (replayed == null) {
            return new Status(true, Optional.empty());
        }
        Instant upTo = replayed.toInstant();
        boolean shown = Duration.between(upTo, clock.instant()).compareTo(lagShownAfter) > 0;
        return shown ? new Status(true, Optional.of(upTo)) : Status.CURRENT;
    }
}
