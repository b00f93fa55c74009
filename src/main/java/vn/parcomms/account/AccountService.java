package vn.parcomms.account;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.account.internal.LoginThrottle;
import vn.parcomms.account.internal.UserAccount;
import vn.parcomms.account.internal.UserAccountRepository;
import vn.parcomms.account.internal.UserAccountRepository.UserRow;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.SearchText;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * User accounts. Administrators manage the accounts of their scope; every user changes their
 * own password. Pages never see password hashes.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile(UserCommand.USERNAME_FORMAT);
    /** One-time passwords: no 0/O, 1/l/I, so that they can be read out or copied by hand. */
    private static final char[] ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
            .toCharArray();
    private static final int ONE_TIME_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One-time passwords are 14 random characters of 56 (81 bits): guessing one is out of reach
     * however fast the hash, so they are hashed with bcrypt at its lowest cost; a typed password,
     * which may be guessable, keeps the default cost. Thousands of imported accounts then take
     * seconds instead of minutes; the user's own password, once changed, is hashed as usual.
     */
    private static final org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder ONE_TIME_ENCODER =
            new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4, RANDOM);
    private static final String ONE_TIME_ENCODER_ID = "{bcrypt}";

    private final UserAccountRepository users;
    private final OrganizationService organizations;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;

    AccountService(UserAccountRepository users, OrganizationService organizations, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    /**
     * The active accounts of {@code role} on the given nodes: the people a notification goes to.
     * Called by the system on a step someone took, so it asks for no user.
     */
    public List<Recipient> recipients(Role role, java.util.Collection<Long> nodeIds) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        return users.recipients(role.name(), nodeIds, null).stream().map(AccountService::recipient).toList();
    }

    /** The active accounts of {@code role} anywhere in the province of {@code nodeId} (Home Affairs reviewers). */
    public List<Recipient> recipientsInProvince(Role role, long nodeId) {
        String path = organizations.pathOf(organizations.provinceIdOf(nodeId));
        return users.recipients(role.name(), List.of(-1L), path).stream().map(AccountService::recipient).toList();
    }

    /** Every active account of {@code role} in the installation: for the daily reminders. */
    public List<Recipient> allActive(Role role) {
        return users.recipients(role.name(), List.of(-1L), "/").stream().map(AccountService::recipient).toList();
    }

    private static Recipient recipient(UserAccountRepository.RecipientRow r) {
        return new Recipient(r.getId(), r.getFullName(), r.getEmail() == null || r.getEmail().isBlank() ? null
                : r.getEmail().trim(), r.getOrgNodeId());
    }

    /** One page of the users in the admin's scope, optionally filtered by text and role. */
    public UserPage search(CurrentUser admin, String query, Role role, int page, int pageSize) {
        requireAdmin(admin);
        String path = organizations.scopePath(admin);
        String text = SearchText.of(query);
        String roleName = role == null ? null : role.name();
        int safePage = Math.max(page, 0);
        List<UserView> rows = users.search(path, text, roleName, pageSize, safePage * pageSize).stream()
                .map(AccountService::toView)
                .toList();
        return new UserPage(rows, safePage, pageSize, users.countSearch(path, text, roleName));
    }

    public UserView view(CurrentUser admin, long id) {
        requireAdmin(admin);
        UserAccount account = loadInScope(admin, id);
        return toView(account);
    }

    /** The users of one node, for whoever may see that node. */
    public List<UserView> usersOfNode(CurrentUser viewer, long orgNodeId) {
        OrgNodeView node = organizations.view(viewer, orgNodeId);
        return users.findByOrgNodeIdOrderByFullName(orgNodeId).stream()
                .map(a -> toView(a, node.name()))
                .toList();
    }

    /** Active users per role in the user's scope, for the administrator's home page. */
    public Map<Role, Long> countActiveByRole(CurrentUser user) {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        users.countActiveByRole(organizations.scopePath(user))
                .forEach(rc -> counts.put(Role.valueOf(rc.getRole()), rc.getTotal()));
        return counts;
    }

    @Transactional
    public long create(CurrentUser admin, UserCommand command, String initialPassword) {
        requireAdmin(admin);
        String username = command.username() == null ? "" : command.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.onField("username", "user.error.usernameFormat");
        }
        if (users.existsByUsername(username)) {
            throw DomainException.onField("username", "user.error.usernameTaken", username);
        }
        checkRole(command.role());
        checkNode(admin, command.orgNodeId());
        checkPassword("password", initialPassword);
        UserAccount account = new UserAccount(username, command.fullName().trim(), blankToNull(command.email()),
                command.orgNodeId(), command.role(), passwordEncoder.encode(initialPassword));
        return users.save(account).getId();
    }

    /**
     * Creates many accounts at once (the spreadsheet import), each with the rules of {@link #create}
     * (user name format, unused in any case, node in the administrator's scope and active) and a
     * random one-time password instead of one the administrator types. The passwords are returned
     * once, to be handed to each user, who changes it on /account/password; only their hashes are
     * kept. The names are checked in one query. All or none: the first broken rule throws and the
     * caller's transaction rolls back.
     */
    @Transactional
    public List<OneTimePassword> createWithOneTimePasswords(CurrentUser admin, List<UserCommand> commands) {
        requireAdmin(admin);
        java.util.Set<String> taken = new java.util.HashSet<>(existingAccounts(admin,
                commands.stream().map(c -> c.username() == null ? "" : c.username()).toList()).keySet());
        List<OneTimePassword> passwords = new java.util.ArrayList<>();
        List<UserAccount> accounts = new java.util.ArrayList<>();
        for (UserCommand c : commands) {
            String username = c.username() == null ? "" : c.username().trim();
            if (!USERNAME.matcher(username).matches()) {
                throw DomainException.onField("username", "user.error.usernameFormat");
            }
            if (!taken.add(username.toLowerCase(Locale.ROOT))) {
                throw DomainException.onField("username", "user.error.usernameTaken", username);
            }
            checkRole(c.role());
            checkNode(admin, c.orgNodeId());
            OneTimePassword password = new OneTimePassword(username, oneTimePassword());
            passwords.add(password);
            accounts.add(new UserAccount(username, c.fullName().trim(), blankToNull(c.email()), c.orgNodeId(),
                    c.role(), ONE_TIME_ENCODER_ID + ONE_TIME_ENCODER.encode(password.password())));
        }
        users.saveAll(accounts);
        return passwords;
    }

    /**
     * The accounts with these user names (in any case), keyed by the lower-case name, as commands
     * (name, e-mail, node, role): the import tells an unchanged row from a taken name with them.
     */
    public Map<String, UserCommand> existingAccounts(CurrentUser admin, java.util.Collection<String> usernames) {
        requireAdmin(admin);
        List<String> lower = usernames.stream().map(u -> u.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, UserCommand> result = new java.util.HashMap<>();
        for (int from = 0; from < lower.size(); from += 1000) {
            for (UserAccount a : users.findByLowerUsernames(lower.subList(from, Math.min(lower.size(), from + 1000)))) {
                result.put(a.getUsername().toLowerCase(Locale.ROOT),
                        new UserCommand(a.getUsername(), a.getFullName(), a.getEmail(), a.getOrgNodeId(), a.getRole()));
            }
        }
        return result;
    }

    private static String oneTimePassword() {
        char[] password = new char[ONE_TIME_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)];
        }
        return new String(password);
    }

    @Transactional
    public void update(CurrentUser admin, long id, long expectedVersion, UserCommand command) {
        requireAdmin(admin);
        UserAccount account = loadForChange(admin, id, expectedVersion);
        checkRole(command.role());
        checkNode(admin, command.orgNodeId());
        if (account.getId() == admin.id() && command.role() != Role.ADMIN) {
            throw DomainException.onField("role", "user.error.ownRole");
        }
        account.change(command.fullName().trim(), blankToNull(command.email()), command.orgNodeId(), command.role());
    }

    @Transactional
    public void resetPassword(CurrentUser admin, long id, long expectedVersion, String newPassword) {
        requireAdmin(admin);
        UserAccount account = loadForChange(admin, id, expectedVersion);
        checkPassword("newPassword", newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        throttle.clearAccount(account.getUsername());
    }

    @Transactional
    public void setActive(CurrentUser admin, long id, long expectedVersion, boolean active) {
        requireAdmin(admin);
        UserAccount account = loadForChange(admin, id, expectedVersion);
        if (account.getId() == admin.id()) {
            throw new DomainException("user.error.deactivateSelf");
        }
        if (active) {
            if (!organizations.find(account.getOrgNodeId()).active()) {
                throw new DomainException("user.error.nodeInactive");
            }
            account.activate();
        } else {
            account.deactivate();
        }
    }

    /**
     * Every user changes their own password, knowing the current one. The check of the current
     * password is throttled like a sign-in (same counters, by account name and by
     * {@code clientAddress}): a stolen session cannot be used to guess the password. The change
     * ends every other session of the account; the caller keeps its own (SignedInSessions).
     */
    @Transactional
    public void changeOwnPassword(CurrentUser user, String clientAddress, String currentPassword,
            String newPassword) {
        UserAccount account = users.findById(user.id()).orElseThrow(() -> new NotFoundException("user", user.id()));
        LoginThrottle.Verdict verdict = throttle.attempt(account.getUsername(), clientAddress,
                () -> currentPassword != null && passwordEncoder.matches(currentPassword, account.getPasswordHash()));
        if (verdict == LoginThrottle.Verdict.THROTTLED) {
            throw DomainException.onField("currentPassword", "account.password.error.throttled");
        }
        if (verdict == LoginThrottle.Verdict.WRONG) {
            throw DomainException.onField("currentPassword", "account.password.error.currentWrong");
        }
        checkPassword("newPassword", newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw DomainException.onField("newPassword", "account.password.error.same");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /**
     * Creates an account without an acting administrator: installation set-up (first
     * administrator, demo accounts). Skips the password rules so the demo password "demo" works.
     */
    @Transactional
    public long createForSetup(UserCommand command, String password) {
        if (users.existsByUsername(command.username())) {
            return users.findByUsername(command.username()).orElseThrow().getId();
        }
        organizations.find(command.orgNodeId());
        return users.save(new UserAccount(command.username(), command.fullName(), blankToNull(command.email()),
                command.orgNodeId(), command.role(), passwordEncoder.encode(password))).getId();
    }

    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    /** The signed-in user's own account, for the profile page (the operator's has no node). */
    public UserView me(CurrentUser user) {
        UserAccount account = users.findById(user.id()).orElseThrow(() -> new NotFoundException("user", user.id()));
        return toView(account, account.getRole() == Role.OPERATOR ? null
                : organizations.find(account.getOrgNodeId()).name());
    }

    // The installation's operator (ADR 0026): the provinces' administrators, nothing below them.

    /** Every province's administrators (at the province's root), for the installation's operator. */
    public List<UserView> provinceAdmins(CurrentUser operator) {
        requireOperator(operator);
        return users.provinceAdmins().stream().map(AccountService::toView).toList();
    }

    /** The first (or a further) administrator of a province, at its root, created by the operator. */
    @Transactional
    public long createProvinceAdmin(CurrentUser operator, long provinceId, UserCommand command, String password) {
        requireOperator(operator);
        OrgNodeView province = organizations.find(provinceId);
        if (province.parentId() != null) {
            throw new ForbiddenException("node " + provinceId + " is not a province");
        }
        String username = command.username() == null ? "" : command.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.onField("username", "user.error.usernameFormat");
        }
        if (users.existsByUsername(username)) {
            throw DomainException.onField("username", "user.error.usernameTaken", username);
        }
        checkPassword("password", password);
        return users.save(new UserAccount(username, command.fullName().trim(), blankToNull(command.email()),
                provinceId, Role.ADMIN, passwordEncoder.encode(password))).getId();
    }

    /**
     * The operator deactivates or reactivates a province's administrator; no other account. A
     * deactivated administrator's sessions end at once (the security stamp).
     */
    @Transactional
    public void setProvinceAdminActive(CurrentUser operator, long id, long expectedVersion, boolean active) {
        requireOperator(operator);
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        if (account.getRole() != Role.ADMIN || organizations.find(account.getOrgNodeId()).parentId() != null) {
            throw new ForbiddenException("user " + id + " is not a province's administrator");
        }
        if (account.getVersion() != expectedVersion) {
            throw new ConflictException("user", id);
        }
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
    }

    /**
     * The installation's operator account, created at installation set-up only (first-run setup, demo).
     * {@code checkRules}: the usual name and password rules (off for the demo's password "demo").
     */
    @Transactional
    public long createOperatorForSetup(String username, String fullName, String password, boolean checkRules) {
        String name = username == null ? "" : username.trim();
        if (checkRules) {
            if (!USERNAME.matcher(name).matches()) {
                throw DomainException.onField("operatorUsername", "user.error.usernameFormat");
            }
            checkPassword("operatorPassword", password);
        }
        if (users.existsByUsername(name)) {
            if (checkRules) {
                throw DomainException.onField("operatorUsername", "user.error.usernameTaken", name);
            }
            return users.findByUsername(name).orElseThrow().getId();
        }
        return users.save(new UserAccount(name, fullName.trim(), null, CurrentUser.NO_NODE, Role.OPERATOR,
                passwordEncoder.encode(password))).getId();
    }

    private static void requireOperator(CurrentUser user) {
        if (!user.isOperator()) {
            throw new ForbiddenException(user.username() + " is not the installation's operator");
        }
    }

    /** A province's administrator never makes or becomes the installation's operator. */
    private static void checkRole(Role role) {
        if (role == Role.OPERATOR) {
            throw DomainException.onField("role", "user.error.roleNotAllowed");
        }
    }

    private void checkNode(CurrentUser admin, long orgNodeId) {
        OrgNodeView node;
        try {
            node = organizations.view(admin, orgNodeId);
        } catch (NotFoundException | ForbiddenException e) {
            throw DomainException.onField("orgNodeId", "user.error.nodeOutOfScope");
        }
        if (!node.active()) {
            throw DomainException.onField("orgNodeId", "user.error.nodeInactive");
        }
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.onField(field, "account.password.error.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 128) {
            throw DomainException.onField(field, "account.password.error.tooLong");
        }
    }

    private UserAccount loadForChange(CurrentUser admin, long id, long expectedVersion) {
        UserAccount account = loadInScope(admin, id);
        if (account.getVersion() != expectedVersion) {
            throw new ConflictException("user", id);
        }
        return account;
    }

    private UserAccount loadInScope(CurrentUser admin, long id) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        if (!organizations.isInScope(admin, account.getOrgNodeId())) {
            throw new ForbiddenException("user " + id + " is outside the scope of " + admin.username());
        }
        return account;
    }

    private UserView toView(UserAccount account) {
        return toView(account, organizations.find(account.getOrgNodeId()).name());
    }

    private UserView toView(UserAccount a, String nodeName) {
        return new UserView(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.getOrgNodeId(), nodeName,
                a.getRole(), a.isActive(), throttle.isAccountLocked(a.getUsername()), a.getLastLoginAt(), a.getVersion());
    }

    private static UserView toView(UserRow r) {
        return new UserView(r.getId(), r.getUsername(), r.getFullName(), r.getEmail(), r.getOrgNodeId(),
                r.getOrgNodeName(), Role.valueOf(r.getRole()), r.getActive(), r.getLocked(), r.getLastLoginAt(),
                r.getVersion());
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new ForbiddenException(user.username() + " may not manage accounts");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
