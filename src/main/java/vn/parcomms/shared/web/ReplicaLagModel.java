package vn.parcomms.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parcomms.shared.database.ReplicaLag;

/**
 * {@code replicaLag} for the pages of {@link ReplicaPages} controllers: the replica's status when a
 * replica is configured, nothing otherwise (the layout then shows no notice).
 */
@ControllerAdvice(annotations = ReplicaPages.class)
class ReplicaLagModel {

    private final ObjectProvider<ReplicaLag> replicaLag;

    ReplicaLagModel(ObjectProvider<ReplicaLag> replicaLag) {
        this.replicaLag = replicaLag;
    }

    @ModelAttribute("replicaLag")
    ReplicaLag.Status replicaLag() {
        ReplicaLag lag = replicaLag.getIfAvailable();
        return lag == null ? null : lag.status();
    }
}
