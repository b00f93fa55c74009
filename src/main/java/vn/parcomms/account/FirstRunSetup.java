package vn.parcomms.account;

import java.security.SecureRandom;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The first-run setup of an installation without the demo: while the database has no user at all,
 * every page leads to {@code /setup}, where whoever holds the setup code from the log names the
 * province (the root node) and creates the first administrator and the installation's operator. The code keeps a stranger who
 * reaches the port first from taking the installation over; it changes at every start and is only
 * written to the log. Once a user exists the setup is closed for good.
 */
@Service
public class FirstRunSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final JdbcClient jdbc;
    private final boolean demo;
    private final String setupCode;
    /** Only ever goes from false to true: once a user exists the question is never asked again. */
    private volatile boolean done;

    FirstRunSetup(AccountService accounts, OrganizationService organizations, JdbcClient jdbc, Environment environment) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
        this.setupCode = newCode();
    }

    /** Whether the installation still waits for its setup: no demo and no user yet. */
    public boolean needed() {
        if (done || demo) {
            return false;
        }
        if (accounts.hasAnyUser()) {
            done = true;
            return false;
        }
        return true;
    }

    /** The code to type on the setup page; tests read it here, operators in the log. */
    public String setupCode() {
        return setupCode;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        if (needed()) {
            String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
            log.warn("The database has no user yet. Open http://localhost:{}/setup to name the province and create "
                    + "the first administrator; setup code: {}", port, setupCode);
        }
    }

    /**
     * Creates the province and its first administrator, once. The table lock makes two setups sent at
     * the same moment wait for each other: the second finds the first one's user and is refused.
     */
    @Transactional
    public void complete(SetupCommand command) {
        if (demo) {
            throw new DomainException("setup.error.done");
        }
        jdbc.sql("lock table user_account in share row exclusive mode").update();
        if (accounts.hasAnyUser()) {
            done = true;
            throw new DomainException("setup.error.done");
        }
        if (command.setupCode() == null
                || !java.security.MessageDigest.isEqual(normalise(command.setupCode()).getBytes(), setupCode.getBytes())) {
            throw DomainException.onField("setupCode", "setup.error.code");
        }
        String provinceCode = command.provinceCode() == null ? "" : command.provinceCode().trim();
        if (!provinceCode.matches("[A-Za-z0-9._-]{2,30}")) {
            throw DomainException.onField("provinceCode", "setup.error.provinceCode");
        }
        long province = organizations.createProvince(provinceCode, command.provinceName(), null);
        CurrentUser installer = new CurrentUser(0, "setup", "setup", Role.ADMIN, province);
        accounts.create(installer, new UserCommand(command.username(), command.fullName(), null, province, Role.ADMIN),
                command.password());
        // The installation's operator, outside the province: adds the further provinces (ADR 0026).
        accounts.createOperatorForSetup(command.operatorUsername(), command.operatorUsername(),
                command.operatorPassword(), true);
        log.info("First-run setup done: province {}, administrator '{}', operator '{}'", provinceCode,
                command.username(), command.operatorUsername());
    }

    private static String normalise(String code) {
        return code.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
    }

    private static String newCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
