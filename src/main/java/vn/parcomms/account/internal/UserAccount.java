package vn.parcomms.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    /** Null for the installation's operator only (ADR 0026); see {@link #getOrgNodeId()}. */
    @Column(name = "org_node_id")
    private Long orgNodeId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active = true;

    /** Changes whenever open sessions must end: see {@link #endSessions()}. */
    @Column(name = "security_stamp")
    private long securityStamp;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String email, long orgNodeId, Role role, String passwordHash) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.orgNodeId = role == Role.OPERATOR ? null : orgNodeId;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** A new role or node ends the user's open sessions; a new name or e-mail does not. */
    public void change(String newFullName, String newEmail, long newOrgNodeId, Role newRole) {
        if (newOrgNodeId != getOrgNodeId() || newRole != role) {
            endSessions();
        }
        this.fullName = newFullName;
        this.email = newEmail;
        this.orgNodeId = newOrgNodeId;
        this.role = newRole;
    }

    /** A new password ends every open session (the caller may keep its own: see SignedInSessions). */
    public void setPasswordHash(String newHash) {
        this.passwordHash = newHash;
        endSessions();
    }

    public void deactivate() {
        active = false;
        endSessions();
    }

    /**
     * Every session signed in before this change is refused on its next request
     * ({@link SessionRevalidationFilter}), whichever instance or browser holds it.
     */
    void endSessions() {
        securityStamp++;
    }

    public void activate() {
        active = true;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, fullName, role, getOrgNodeId());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    /** The account's node; {@link CurrentUser#NO_NODE} for the installation's operator. */
    public long getOrgNodeId() {
        return orgNodeId == null ? CurrentUser.NO_NODE : orgNodeId;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
