package vn.parcomms.demo;

import java.util.HashMap;
import java.util.Map;
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
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Loads the demo province and the demo accounts (password "demo") once, on the embedded
 * database only. A second start finds the province and leaves everything as the users left it.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    /** The password of every demo account. Demo profile only; never used on an external database. */
    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganizationService organizations;
    private final AccountService accounts;
    private final String port;

    DemoDataLoader(OrganizationService organizations, AccountService accounts,
            @Value("${server.port:8080}") String port) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!organizations.existsCode(DemoOrganization.PROVINCE_CODE)) {
            loadOrganization();
            loadAccounts();
            log.info("Demo data loaded: province Bà Rịa - Vũng Tàu, {} nodes", DemoOrganization.NODES.size() + 1);
        }
        log.info("ParComms is ready at http://localhost:{}/ - demo accounts (password '{}'): admin (ADMIN), "
                + "vanphong (OFFICE), giamdoc (LEADER), donvi (UNIT), noivu (REVIEWER)", port, DEMO_PASSWORD);
    }

    private void loadOrganization() {
        long provinceId = organizations.createProvince(DemoOrganization.PROVINCE_CODE,
                "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh BR-VT");
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, provinceId);
        Map<String, Long> ids = new HashMap<>();
        ids.put(DemoOrganization.PROVINCE_CODE, provinceId);
        for (DemoOrganization.Node node : DemoOrganization.NODES) {
            long id = organizations.create(setup, new OrgNodeCommand(node.code(), node.name(), node.shortName(),
                    node.kind(), ids.get(node.parentCode())));
            ids.put(node.code(), id);
        }
    }

    private void loadAccounts() {
        long province = organizations.findByCode(DemoOrganization.PROVINCE_CODE).id();
        long health = organizations.findByCode(DemoOrganization.HEALTH).id();
        long homeAffairs = organizations.findByCode(DemoOrganization.HOME_AFFAIRS).id();
        long centre = organizations.findByCode(DemoOrganization.DISTRICT_CENTRE).id();
        createDemoUser("admin", "Quản trị hệ thống", province, Role.ADMIN);
        createDemoUser("vanphong", "Nguyễn Thị Minh Anh", health, Role.OFFICE);
        createDemoUser("giamdoc", "Trần Văn Bình", health, Role.LEADER);
        createDemoUser("donvi", "Lê Thị Cúc", centre, Role.UNIT);
        createDemoUser("noivu", "Phạm Quốc Dũng", homeAffairs, Role.REVIEWER);
    }

    private void createDemoUser(String username, String fullName, long nodeId, Role role) {
        accounts.createForSetup(new UserCommand(username, fullName, username + "@demo.parcomms.invalid", nodeId, role),
                DEMO_PASSWORD);
    }
}
