package vn.parcomms.account.internal;

import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgNodeUsage;

/** Users keep their node from being deleted, and active users keep it from being deactivated. */
@Component
class UserNodeUsage implements OrgNodeUsage {

    private final UserAccountRepository users;

    UserNodeUsage(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public boolean references(long orgNodeId) {
        return users.existsByOrgNodeId(orgNodeId);
    }

    @Override
    public long activeDependants(long orgNodeId) {
        return users.countByOrgNodeIdAndActiveTrue(orgNodeId);
    }
}
