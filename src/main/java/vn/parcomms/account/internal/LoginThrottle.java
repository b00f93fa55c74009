package vn.parcomms.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts password checks per typed account name and per client address in {@code login_throttle}
 * and refuses a check while either is locked.
 *
 * <p>An attempt is counted <em>before</em> its password is checked, by one conditional
 * {@code insert ... on conflict do update ... returning}: of any number of parallel attempts at
 * most {@code max} get a password check, the rest wait for the running ones to finish (so
 * parallel correct sign-ins all get in) or are refused once a lock is set. A wrong password locks
 * the key when the count reaches the maximum, for {@code base * 2^n} (capped), n being the number of
 * locks in a row. Attempts during a lock are neither checked nor counted, so a lock ends on time.
 * A correct password clears the account's key and takes back its own count from the address key
 * (signing in to one's own account does not wipe the failures an address made on others).
 *
 * <p>Every statement runs in its own transaction, committed at once, whatever the caller's
 * transaction: a rolled back service call must not take back a counted failure.
 */
@Component
public class LoginThrottle {

    /** How long an attempt waits for running checks of the same key before it is refused. */
    private static final Duration WAIT_BUDGET = Duration.ofSeconds(10);
    private static final long WAIT_STEP_MILLIS = 40;
    private static final int KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration firstLock;
    private final Duration longestLock;
    private final Duration forgetAfter;

    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${parcomms.security.max-failed-logins}") int maxPerAccount,
            @Value("${parcomms.security.max-failed-logins-per-address}") int maxPerAddress,
            @Value("${parcomms.security.lockout-duration}") Duration firstLock,
            @Value("${parcomms.security.max-lockout-duration}") Duration longestLock,
            @Value("${parcomms.security.forget-failures-after}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
        this.forgetAfter = forgetAfter;
    }

    /** What came of one attempt. */
    public enum Verdict {
        /** The password was checked and is right. */
        ACCEPTED,
        /** The password was checked and is wrong (counted). */
        WRONG,
        /** The password was not checked: the account name or the address is locked. */
        THROTTLED
    }

    /**
     * Runs {@code passwordCheck} when neither the account name nor the address is locked or busy,
     * and counts its outcome.
     */
    public Verdict attempt(String username, String address, BooleanSupplier passwordCheck) {
        String account = accountKey(username);
        String client = addressKey(address);
        if (!claimBoth(account, client)) {
            return Verdict.THROTTLED;
        }
        boolean right;
        try {
            right = passwordCheck.getAsBoolean();
        } catch (RuntimeException e) {
            release(account);
            release(client);
            throw e;
        }
        if (right) {
            clear(account);
            release(client);
            return Verdict.ACCEPTED;
        }
        fail(account, maxPerAccount);
        fail(client, maxPerAddress);
        return Verdict.WRONG;
    }

    /** An administrator's reset lifts the account's lock and forgets its back-off. */
    public void clearAccount(String username) {
        clear(accountKey(username));
    }

    public boolean isAccountLocked(String username) {
        return Boolean.TRUE.equals(inOwnTransaction(() -> jdbc.sql("""
                        select locked_until > :now from login_throttle where throttle_key = :key""")
                .param("now", Timestamp.from(clock.instant()))
                .param("key", accountKey(username))
                .query(Boolean.class).optional().orElse(false)));
    }

    private boolean claimBoth(String account, String client) {
        Instant giveUp = clock.instant().plus(WAIT_BUDGET);
        while (true) {
            Claim accountClaim = claim(account, maxPerAccount);
            if (accountClaim == Claim.GRANTED) {
                Claim clientClaim = claim(client, maxPerAddress);
                if (clientClaim == Claim.GRANTED) {
                    return true;
                }
                release(account);
                if (clientClaim == Claim.LOCKED) {
                    return false;
                }
            } else if (accountClaim == Claim.LOCKED) {
                return false;
            }
            if (!clock.instant().isBefore(giveUp)) {
                return false;
            }
            try {
                Thread.sleep(WAIT_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private enum Claim { GRANTED, BUSY, LOCKED }

    /**
     * Counts one attempt on the key unless it is locked or {@code max} attempts are already
     * counted; a count older than {@code forgetAfter} starts again from nothing.
     */
    private Claim claim(String key, int max) {
        Instant now = clock.instant();
        Timestamp forgetBefore = Timestamp.from(now.minus(forgetAfter));
        boolean granted = inOwnTransaction(() -> jdbc.sql("""
                        insert into login_throttle as t (throttle_key, failures, lock_level, updated_at)
                        values (:key, 1, 0, :now)
                        on conflict (throttle_key) do update set
                            failures = case when t.updated_at < :forgetBefore then 1 else t.failures + 1 end,
                            lock_level = case when t.updated_at < :forgetBefore then 0 else t.lock_level end,
                            updated_at = :now
                        where (t.locked_until is null or t.locked_until <= :now)
                          and (t.failures < :max or t.updated_at < :forgetBefore)
                        returning t.failures""")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("forgetBefore", forgetBefore)
                .param("max", max)
                .query(Integer.class).optional().isPresent());
        if (granted) {
            return Claim.GRANTED;
        }
        boolean locked = Boolean.TRUE.equals(inOwnTransaction(() -> jdbc.sql("""
                        select locked_until is not null and locked_until > :now
                        from login_throttle where throttle_key = :key""")
                .param("now", Timestamp.from(now))
                .param("key", key)
                .query(Boolean.class).optional().orElse(false)));
        return locked ? Claim.LOCKED : Claim.BUSY;
    }

    /**
     * A wrong password: its attempt is already counted; when the count has reached the maximum the
     * key is locked, each lock in a row twice as long as the one before, up to {@code longestLock}.
     */
    private void fail(String key, int max) {
        Instant now = clock.instant();
        inOwnTransaction(() -> jdbc.sql("""
                        update login_throttle set
                            locked_until = case when failures >= :max
                                then cast(:now as timestamptz) + make_interval(secs =>
                                    least(:firstSeconds * power(2, least(lock_level, 40)), :longestSeconds))
                                else locked_until end,
                            lock_level = case when failures >= :max then lock_level + 1 else lock_level end,
                            failures = case when failures >= :max then 0 else failures end,
                            updated_at = :now
                        where throttle_key = :key""")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("max", max)
                .param("firstSeconds", (double) firstLock.toSeconds())
                .param("longestSeconds", (double) longestLock.toSeconds())
                .update());
    }

    /** Takes back an attempt that was counted but not checked (or checked right on an address). */
    private void release(String key) {
        inOwnTransaction(() -> jdbc.sql("""
                        update login_throttle set failures = greatest(failures - 1, 0) where throttle_key = :key""")
                .param("key", key)
                .update());
    }

    private void clear(String key) {
        inOwnTransaction(() -> jdbc.sql("delete from login_throttle where throttle_key = :key")
                .param("key", key)
                .update());
    }

    private <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }

    static String accountKey(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return limit("account:" + name);
    }

    static String addressKey(String address) {
        return limit("address:" + (address == null || address.isBlank() ? "unknown" : address));
    }

    private static String limit(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }
}
