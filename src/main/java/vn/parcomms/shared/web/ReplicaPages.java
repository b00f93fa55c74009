package vn.parcomms.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller whose pages read from the read replica ({@code ReplicaReads} services): when a
 * replica is configured and behind, those pages say up to when their figures go.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReplicaPages {
}
