package vn.parcomms.demo;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Loads the demo, only when it is asked for with the {@code demo} profile: the province and the demo
 * accounts (password "demo"), then the {@link DemoStep}s in order (plans, unit reports, consolidated
 * reports), all in one transaction. A start stopped half-way (Ctrl-C, kill, a failure) leaves
 * nothing behind, so the next start loads the whole demo again instead of finding half of it for
 * good. A later start finds the province and leaves everything as the users left it; it only adds
 * what is missing (demo accounts added to the demo later). A database that already has users of its
 * own, but not the demo province, never gets the demo mixed into it.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    /** The password of every demo account. Demo profile only; never used on an external database. */
    static final String DEMO_PASSWORD = "demo";
    /** The demo's installation operator (no node, so not one of {@link #ACCOUNTS}). */
    static final String DEMO_OPERATOR = "vanhanh";

    /** The demo accounts, all with the password {@link #DEMO_PASSWORD}; people's names are fictional. */
    static final List<DemoAccount> ACCOUNTS = List.of(
        new DemoAccount("admin", "Quản trị hệ thống", DemoOrganization.PROVINCE_CODE, Role.ADMIN),
        new DemoAccount("vanphong", "Nguyễn Thị Minh Anh", DemoOrganization.HEALTH, Role.OFFICE),
        new DemoAccount("giamdoc", "Trần Văn Bình", DemoOrganization.HEALTH, Role.LEADER),
        new DemoAccount("donvi", "Lê Thị Cúc", DemoOrganization.DISTRICT_CENTRE, Role.UNIT),
        // The centre's head issues the centre's own plan: the unit account that drafts it may not (separation of duties).
        new DemoAccount("donvi.giamdoc", "Hồ Văn Tâm", DemoOrganization.DISTRICT_CENTRE, Role.LEADER),
        new DemoAccount("noivu", "Phạm Quốc Dũng", DemoOrganization.HOME_AFFAIRS, Role.REVIEWER),
        // The province's own office and leader: they draft and issue the province plan the
        // department's plan implements.
        new DemoAccount("ubnd.vanphong", "Vũ Thị Hồng Nhung", DemoOrganization.PROVINCE_CODE, Role.OFFICE),
        new DemoAccount("ubnd.lanhdao", "Đỗ Minh Khang", DemoOrganization.PROVINCE_CODE, Role.LEADER));

    record DemoAccount(String username, String fullName, String nodeCode, Role role) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganizationService organizations;
    private final AccountService accounts;
    private final List<DemoStep> steps;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final String port;

    DemoDataLoader(OrganizationService organizations, AccountService accounts, List<DemoStep> steps,
            TransactionTemplate transactions, EntityManager entityManager,
            @Value("${server.port:8080}") String port) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.steps = steps;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!organizations.existsCode(DemoOrganization.PROVINCE_CODE) && accounts.hasAnyUser()) {
            log.warn("Demo profile on, but this database already has users and no demo province: the demo is "
                    + "not loaded into it");
            return;
        }
        transactions.executeWithoutResult(tx -> load());
    }

    private void load() {
        if (!organizations.existsCode(DemoOrganization.PROVINCE_CODE)) {
            loadOrganization();
            log.info("Demo data loaded: province Bà Rịa - Vũng Tàu, {} nodes", DemoOrganization.NODES.size() + 1);
        }
        // Accounts added to the demo later are created on databases made before them, too.
        loadMissingAccounts();
        for (DemoStep step : steps) {
            // One transaction keeps every entity the services loaded; each step reads what it needs
            // again by query, so writing them out and forgetting them keeps every later flush small.
            entityManager.flush();
            entityManager.clear();
            step.load();
        }
    }

    /** Said once everything, the demo plans and reports included, is loaded and the app serves requests. */
    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        if (!organizations.existsCode(DemoOrganization.PROVINCE_CODE)) {
            return;
        }
        String actualPort = event.getApplicationContext().getEnvironment().getProperty("local.server.port", port);
        log.info("ParComms is ready at http://localhost:{}/ - demo accounts (password '{}'): {}", actualPort,
                DEMO_PASSWORD,
                ACCOUNTS.stream().map(a -> a.username() + " (" + a.role() + ")").collect(Collectors.joining(", ")));
    }

    private void loadOrganization() {
        long provinceId = organizations.createProvince(DemoOrganization.PROVINCE_CODE,
                "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh BR-VT");
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, provinceId);
        OrgNodeView province = organizations.find(provinceId);
        organizations.update(setup, provinceId, province.version(), new OrgNodeCommand(province.code(), province.name(),
                province.shortName(), province.kind(), null, DemoOrganization.PROVINCE_PLACE));
        Map<String, Long> ids = new HashMap<>();
        ids.put(DemoOrganization.PROVINCE_CODE, provinceId);
        for (DemoOrganization.Node node : DemoOrganization.NODES) {
            long id = organizations.create(setup, new OrgNodeCommand(node.code(), node.name(), node.shortName(),
                    node.kind(), ids.get(node.parentCode()), node.place()));
            ids.put(node.code(), id);
        }
    }

    private void loadMissingAccounts() {
        // The installation's operator (ADR 0026), outside the province: clearly a demo account.
        accounts.createOperatorForSetup(DEMO_OPERATOR, "Vận hành hệ thống (demo)", DEMO_PASSWORD, false);
        for (DemoAccount account : ACCOUNTS) {
            if (!accounts.exists(account.username())) {
                createDemoUser(account.username(), account.fullName(),
                        organizations.findByCode(account.nodeCode()).id(), account.role());
            }
        }
    }

    private void createDemoUser(String username, String fullName, long nodeId, Role role) {
        accounts.createForSetup(new UserCommand(username, fullName, username + "@demo.parcomms.invalid", nodeId, role),
                DEMO_PASSWORD);
    }
}
