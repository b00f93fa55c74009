package vn.parcomms.shared.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction that may run on the read replica when one is configured
 * ({@code parcomms.read-replica.url}); without one it is a plain read-only transaction on the
 * primary. For rollups, the province view, PAR INDEX and their exports: pages that aggregate
 * a lot and may show figures a few seconds old (the page says so, {@link ReplicaLag}). A method
 * called inside a transaction that is already open joins it, on whichever database it runs.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, label = ReplicaReads.LABEL)
public @interface ReplicaReads {

    /** The transaction label that {@link ReplicaRouting.TransactionManager} looks for. */
    String LABEL = "parcomms:read-replica";
}
