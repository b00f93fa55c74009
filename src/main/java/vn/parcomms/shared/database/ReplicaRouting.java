package vn.parcomms.shared.database;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * The data source the application sees when a read replica is configured: connections come from
 * the primary unless the transaction being begun on this thread is a {@link ReplicaReads} one.
 * The choice is made by {@link TransactionManager} before the transaction takes its connection and
 * undone after it gives it back; outside any transaction (Flyway, sessions, the scheduler's locks)
 * it is always the primary. A stack per thread, because a transaction may suspend another
 * (REQUIRES_NEW) and the outer one must find its own database again.
 */
public final class ReplicaRouting extends AbstractRoutingDataSource {

    enum Target { PRIMARY, REPLICA }

    private static final ThreadLocal<Deque<Target>> CURRENT = ThreadLocal.withInitial(ArrayDeque::new);

    ReplicaRouting(DataSource primary, DataSource replica) {
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        Target target = CURRENT.get().peek();
        return target == null ? Target.PRIMARY : target;
    }

    /** True while the current thread's transaction reads from the replica. */
    public static boolean onReplica() {
        return CURRENT.get().peek() == Target.REPLICA;
    }

    static boolean wantsReplica(TransactionDefinition definition) {
        return definition.isReadOnly() && definition instanceof TransactionAttribute attribute
                && attribute.getLabels().contains(ReplicaReads.LABEL);
    }

    /**
     * JPA transactions that route {@link ReplicaReads} ones to the replica. A new transaction
     * (never one that joins an open transaction: that keeps the database it began on) pushes its
     * target in {@code doBegin}, before the entity manager takes a connection, and pops it once
     * the connection is released.
     */
    public static final class TransactionManager extends JpaTransactionManager {

        public TransactionManager(EntityManagerFactory entityManagerFactory) {
            super(entityManagerFactory);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            CURRENT.get().push(wantsReplica(definition) ? Target.REPLICA : Target.PRIMARY);
            try {
                super.doBegin(transaction, definition);
            } catch (RuntimeException | Error e) {
                CURRENT.get().pop();
                throw e;
            }
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            try {
                super.doCleanupAfterCompletion(transaction);
            } finally {
                Deque<Target> targets = CURRENT.get();
                targets.pop();
                if (targets.isEmpty()) {
                    CURRENT.remove();
                }
            }
        }
    }
}
