package org.opentreatment.directory.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.shared.AbstractEntity;

/**
 * One person's (or one operator script's) account. Signed in by e-mail address and password; the
 * container knows it by its id only (never by the address), so nothing personal reaches a log.
 */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 100)
    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "email_verified")
    private boolean emailVerified;

    private boolean enabled = true;

    @NotBlank
    @Size(max = 5)
    private String language = "en";

    @NotNull
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @ManyToMany
    @JoinTable(
            name = "account_facility",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    private Set<Facility> facilities = new HashSet<>();

    protected Account() {}

    public Account(String email, String displayName, Role role) {
        this.email = normalized(email);
        this.displayName = displayName == null ? null : displayName.strip();
        this.role = role;
    }

    /** How addresses are compared and stored: trimmed, lower case. */
    public static String normalized(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** A new password ends every session and every e-mailed link made before it. */
    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.credentialsChangedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The same password hashed at today's cost: not a change, so sessions and links stay. */
    void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    void setEmailVerified(boolean emailVerified) {
        this.emailVerified = emailVerified;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "es".equals(language) ? "es" : "en";
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public Set<Facility> getFacilities() {
        return facilities;
    }

    /** May this account sign in now: enabled, address verified, a password set. */
    public boolean maySignIn() {
        return enabled && emailVerified && passwordHash != null;
    }
}
