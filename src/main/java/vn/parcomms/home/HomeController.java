package vn.parcomms.home;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parcomms.account.AccountService;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanSearch;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.todo.ToDoService;

/** The first page after login: what concerns this user's role and node. */
@Controller
class HomeController {

    private final OrganizationService organizations;
    private final AccountService accounts;
    private final PlanListing planListing;
    private final ToDoService toDos;

    HomeController(OrganizationService organizations, AccountService accounts, PlanListing planListing,
            ToDoService toDos) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.planListing = planListing;
        this.toDos = toDos;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        if (user.isOperator()) {
            return "redirect:/operator"; // belongs to no province: its own pages (ADR 0026)
        }
        OrgNodeView node = organizations.find(user.orgNodeId());
        model.addAttribute("node", node);
        model.addAttribute("ancestors", organizations.ancestors(node.id()));
        model.addAttribute("children", organizations.children(node.id()));
        model.addAttribute("scopeRoot", organizations.find(organizations.scopeRootId(user)));
        model.addAttribute("activeNodes", organizations.countActiveInScope(user));
        if (!user.is(Role.ADMIN)) {
            // The first page of the plan list (not the whole list): the home page shows six.
            model.addAttribute("homePlans", planListing.page(user, new PlanSearch(null, null, null, null, false), 0)
                    .rows().stream().limit(6).toList());
        }
        List<ActivityView> assigned = user.isAnyOf(Role.UNIT, Role.OFFICE) ? planListing.assignedActivities(user)
                : List.of();
        if (user.isAnyOf(Role.UNIT, Role.OFFICE)) {
            model.addAttribute("assignedActivities", assigned.stream().limit(8).toList());
        }
        if (!user.is(Role.ADMIN)) {
            model.addAttribute("toDos", toDos.of(user, assigned));
        }
        if (user.is(Role.ADMIN)) {
            model.addAttribute("usersByRole", accounts.countActiveByRole(user));
        }
        return "home/index";
    }
}
