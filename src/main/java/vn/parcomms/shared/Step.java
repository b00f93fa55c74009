package vn.parcomms.shared;

import java.time.Clock;
import java.time.Instant;
import vn.parcomms.shared.security.CurrentUser;

/**
 * Who takes a step in a record's history, and when: what an aggregate's transition method is
 * given so that it can write its own history line. The system user (id 0) is stored without an
 * account id, as a name only.
 */
public record Step(Long actorId, String actorName, Instant at) {

    public static Step of(CurrentUser user, Clock clock) {
        return new Step(user.id() == 0 ? null : user.id(), user.fullName(), clock.instant());
    }
}
