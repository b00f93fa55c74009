package vn.parcomms.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.Role;

/**
 * Without the demo, on a database with no account yet, creates the province root and the first
 * administrator when configuration gives its password ({@code PARCOMMS_BOOTSTRAP_ADMIN_PASSWORD}),
 * as docker-compose does; there is no default password. Without it the first-run setup in the
 * browser does the same ({@link vn.parcomms.account.FirstRunSetup}).
 */
@Component
@Profile("!demo")
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final String username;
    private final String password;
    private final String provinceCode;
    private final String provinceName;

    BootstrapAdmin(AccountService accounts, OrganizationService organizations,
            @Value("${parcomms.bootstrap-admin.username}") String username,
            @Value("${parcomms.bootstrap-admin.password}") String password,
            @Value("${parcomms.bootstrap-admin.province-code:PROVINCE}") String provinceCode,
            @Value("${parcomms.bootstrap-admin.province-name:Ủy ban nhân dân tỉnh}") String provinceName) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.username = username;
        this.password = password;
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAnyUser() || password == null || password.isEmpty()) {
            return;
        }
        if (password.length() < AccountService.MIN_PASSWORD_LENGTH) {
            // A password given but too weak is a mistake to fix, not a reason to fall back to the setup page.
            throw new IllegalStateException("PARCOMMS_BOOTSTRAP_ADMIN_PASSWORD is shorter than "
                    + AccountService.MIN_PASSWORD_LENGTH + " characters; set a longer one to create the first "
                    + "administrator '" + username + "', or leave it unset to use the first-run setup at /setup.");
        }
        long provinceId = organizations.existsCode(provinceCode)
                ? organizations.findByCode(provinceCode).id()
                : organizations.createProvince(provinceCode, provinceName, null);
        accounts.createForSetup(new UserCommand(username, "Administrator", null, provinceId, Role.ADMIN), password);
        log.info("Created the first administrator '{}' for {}", username, provinceName);
    }
}
