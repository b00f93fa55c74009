package vn.parcomms.installation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.account.UserView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * What the installation's operator does (ADR 0026): list the provinces with their administrators,
 * add a province with its first administrator, deactivate or reactivate a province's
 * administrator. The operator belongs to no province and reads nothing below a province's root:
 * no plans, reports, rollups, and of the users only the provinces' administrators.
 */
@Service
@Transactional(readOnly = true)
public class InstallationService {

    /** What a province's code may be, as in the first-run setup. */
    public static final String PROVINCE_CODE_FORMAT = "[A-Za-z0-9._-]{2,30}";

    private final OrganizationService organizations;
    private final AccountService accounts;

    InstallationService(OrganizationService organizations, AccountService accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /** Every province of the installation with its administrators, in two statements. */
    public List<ProvinceSummary> provinces(CurrentUser operator) {
        requireOperator(operator);
        Map<Long, List<UserView>> admins = accounts.provinceAdmins(operator).stream()
                .collect(Collectors.groupingBy(UserView::orgNodeId));
        return organizations.provinces().stream()
                .map(p -> new ProvinceSummary(p, admins.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /**
     * A new province (the root of its own tree) and its first administrator, in one transaction: a
     * taken code or user name, or a password against the rules, leaves neither behind.
     */
    @Transactional
    public long addProvince(CurrentUser operator, NewProvince command) {
        requireOperator(operator);
        String code = command.code() == null ? "" : command.code().trim();
        if (!code.matches(PROVINCE_CODE_FORMAT)) {
            throw DomainException.onField("code", "setup.error.provinceCode");
        }
        long province = organizations.createProvince(code, command.name(), null);
        accounts.createProvinceAdmin(operator, province, new UserCommand(command.adminUsername(),
                command.adminFullName(), null, province, Role.ADMIN), command.adminPassword());
        return province;
    }

    /** Deactivates or reactivates a province's administrator (no other account). */
    @Transactional
    public void setAdminActive(CurrentUser operator, long userId, long expectedVersion, boolean active) {
        requireOperator(operator);
        accounts.setProvinceAdminActive(operator, userId, expectedVersion, active);
    }

    /** 403 for anybody but the installation's operator; the forms ask before they are shown. */
    public void requireOperator(CurrentUser user) {
        if (!user.isOperator()) {
            throw new ForbiddenException(user.username() + " is not the installation's operator");
        }
    }
}
