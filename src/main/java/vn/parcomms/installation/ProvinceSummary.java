package vn.parcomms.installation;

import java.util.List;
import vn.parcomms.account.UserView;
import vn.parcomms.organization.OrgNodeView;

/** A province as the installation's operator sees it: its root node and its administrators. */
public record ProvinceSummary(OrgNodeView province, List<UserView> admins) {
}
