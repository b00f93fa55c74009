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
 * On an external database with no account yet, creates the province root and the first
 * administrator, whose password must come from configuration: there is no default password.
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
        if (accounts.hasAnyUser()) {
            return;
        }
        if (password == null || password.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("The database has no user yet. Set PARCOMMS_BOOTSTRAP_ADMIN_PASSWORD "
                    + "(at least " + AccountService.MIN_PASSWORD_LENGTH + " characters) to create the first "
                    + "administrator '" + username + "'.");
        }
        long provinceId = organizations.existsCode(provinceCode)
                ? organizations.findByCode(provinceCode).id()
                : organizations.createProvince(provinceCode, provinceName, null);
        accounts.createForSetup(new UserCommand(username, "Administrator", null, provinceId, Role.ADMIN), password);
        log.info("Created the first administrator '{}' for {}", username, provinceName);
    }
}
