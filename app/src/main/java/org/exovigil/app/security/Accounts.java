package org.exovigil.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.mail.Letter;
import org.exovigil.app.mail.MailAddress;
import org.exovigil.app.mail.MailRefusal;
import org.exovigil.app.mail.Outbox;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who sign in. An account starts with a one-time setup link and no password; the
 * person sets the password through the link, so no one ever holds a default or shared password.
 */
@Service
public class Accounts implements UserDetailsService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    /** The rules are {@link PasswordRules}: NIST SP 800-63B rev. 4, at least 15 characters and not a common one. */
    static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

    static final int MAX_NAME_LENGTH = 100;

    private static final String COLUMNS =
            "id, name, role, password_hash is not null as active, disabled_at is not null as disabled";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ApiTokens tokens;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, AuditLog audit, Outbox outbox, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
        this.tokens = tokens;
    }

    /**
     * Invites a person and, when an address is given, e-mails them the setup link in their language: the letter is
     * queued in the same transaction, so an invitation that exists has its letter. The address is kept for the
     * letters that follow (a new link, deadline warnings).
     */
    @Transactional
    public Invitation invite(String name, Role role, String email, Locale language, String baseUrl) {
        Optional<MailAddress> address = address(email);
        Invitation invitation = invite(name, role);
        jdbc.sql("update account set email = ?, language = ? where name = ?")
                .params(
                        address.map(MailAddress::value).orElse(null),
                        Letter.language(language).getLanguage(),
                        invitation.name())
                .update();
        mailLink(invitation, baseUrl);
        return invitation;
    }

    /** {@link #reinvite(String)}, and the new link e-mailed to the account's address when it has one. */
    @Transactional
    public Invitation reinvite(String name, String baseUrl) {
        Invitation invitation = reinvite(name);
        mailLink(invitation, baseUrl);
        return invitation;
    }

    /** {@link #enable(String)}, and the new link e-mailed to the account's address when it has one. */
    @Transactional
    public Invitation enable(String name, String baseUrl) {
        Invitation invitation = enable(name);
        mailLink(invitation, baseUrl);
        return invitation;
    }

    /**
     * Sets where the account's letters go, or with a blank address stops them; refused with
     * {@link MailRefusal#NOT_AN_ADDRESS} for anything that is not one person's bare address. Audited without the
     * address, which is personal data.
     *
     * @param by who changes it: an administrator, or the account holder
     */
    @Transactional
    public void changeEmail(String name, String email, String by) {
        Optional<MailAddress> address = address(email);
        Account account = find(name).orElseThrow(() -> new AccountRefused(AccountRefusal.NO_SUCH_ACCOUNT, name));
        jdbc.sql("update account set email = ? where id = ?")
                .params(address.map(MailAddress::value).orElse(null), account.id())
                .update();
        audit.append(
                by,
                "account.email-changed",
                "account:" + account.name(),
                address.map(to -> "address set").orElse("address removed"));
    }

    /**
     * A signed-in person changes their own address, proving their password first: whoever borrows a session must not
     * redirect the account's letters (OWASP ASVS 4.0.3 V3.7.1, re-authentication before an account is modified).
     */
    @Transactional
    public void changeOwnEmail(String name, String currentPassword, String email) {
        address(email);
        String hash = jdbc.sql(
                        "select password_hash from account where name = ? and password_hash is not null and disabled_at is null")
                .param(name)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new AccountRefused(AccountRefusal.NOT_SIGNED_IN));
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new AccountRefused(AccountRefusal.CURRENT_PASSWORD_WRONG);
        }
        changeEmail(name, email, name);
    }

    /** The address the account's letters go to, if it has one. */
    public Optional<String> addressOf(String name) {
        return jdbc.sql("select email from account where name = ? and email is not null")
                .param(name)
                .query(String.class)
                .optional();
    }

    /** Each account's address, by name, for the administration page; accounts without one are left out. */
    public java.util.Map<String, String> addresses() {
        var addresses = new java.util.TreeMap<String, String>();
        jdbc.sql("select name, email from account where email is not null")
                .query((rs, row) -> addresses.put(rs.getString(1), rs.getString(2)))
                .list();
        return addresses;
    }

    /** Whether the account has an address its letters go to. */
    public boolean hasAddress(String name) {
        return jdbc.sql("select email is not null from account where name = ?")
                .param(name)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Where the active, enabled accounts of a role receive letters, and in which language; only those with an address. */
    public List<Addressee> addressees(Role role) {
        return jdbc.sql("""
                        select name, email, language from account
                        where role = ? and email is not null and password_hash is not null and disabled_at is null
                        order by name""")
                .param(role.name())
                .query((rs, row) -> new Addressee(
                        rs.getString(1), new MailAddress(rs.getString(2)), Locale.forLanguageTag(rs.getString(3))))
                .list();
    }

    /** A person letters go to: their account, their address, their language. */
    public record Addressee(String name, MailAddress address, Locale language) {}

    private static Optional<MailAddress> address(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(MailAddress.parse(email)
                .orElseThrow(() -> new AccountRefused(MailRefusal.NOT_AN_ADDRESS, email.strip())));
    }

    private void mailLink(Invitation invitation, String baseUrl) {
        jdbc.sql("select email, language from account where name = ? and email is not null")
                .param(invitation.name())
                .query((rs, row) -> Letter.of(
                        new MailAddress(rs.getString(1)),
                        Locale.forLanguageTag(rs.getString(2)),
                        "invitation",
                        "account:" + invitation.name(),
                        invitation.name(),
                        new DefaultMessageSourceResolvable(
                                "role." + invitation.role().name()),
                        new Letter.Secret(invitation.link(baseUrl)),
                        INVITATION_VALIDITY.toDays()))
                .optional()
                .ifPresent(outbox::enqueue);
    }

    @Transactional
    public Invitation invite(String name, Role role) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new AccountRefused(AccountRefusal.NAME_LENGTH, MAX_NAME_LENGTH);
        }
        PrincipalNames.claim(jdbc, cleanName);
        jdbc.sql("insert into account (name, role) values (?, ?)")
                .params(cleanName, role.name())
                .update();
        audit.append("account.invited", "account:" + cleanName, "role=" + role);
        return newInvitation(cleanName, role);
    }

    /**
     * A fresh link for an account that has not set its password, or whose person lost it or may have had it
     * stolen. The old password stops working at once and every session signed in with it ends: a new link
     * would otherwise leave whoever knows the old password inside (OWASP ASVS 4.0.3 V2.5.4, V3.3.3).
     */
    @Transactional
    public Invitation reinvite(String name) {
        Account account = find(name).orElseThrow(() -> new AccountRefused(AccountRefusal.NO_SUCH_ACCOUNT, name));
        if (account.disabled()) {
            throw new AccountRefused(AccountRefusal.ACCOUNT_DISABLED, account.name());
        }
        jdbc.sql("update account set password_hash = null, credentials_version = credentials_version + 1 where id = ?")
                .param(account.id())
                .update();
        audit.append("account.link-renewed", "account:" + account.name(), "old password revoked");
        return newInvitation(account.name(), account.role());
    }

    /**
     * Disables an account: it cannot sign in, its sessions end on their next request, its setup link dies and
     * its API tokens are revoked (OWASP ASVS 4.0.3 V2.5, V3.3.1). The last administrator cannot be disabled,
     * or nobody could undo it.
     */
    @Transactional
    public void disable(String name) {
        Account account = find(name).orElseThrow(() -> new AccountRefused(AccountRefusal.NO_SUCH_ACCOUNT, name));
        if (account.disabled()) {
            return;
        }
        if (account.role() == Role.ADMIN && account.active() && activeAdministrators() <= 1) {
            throw new AccountRefused(AccountRefusal.LAST_ADMINISTRATOR, account.name());
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                        update account set disabled_at = ?, credentials_version = credentials_version + 1,
                            setup_token_hash = null, setup_expires_at = null
                        where id = ?""").params(now, account.id()).update();
        int revoked = jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(now, account.id())
                .update();
        tokens.forgetBelieved();
        audit.append("account.disabled", "account:" + account.name(), "tokens revoked=" + revoked);
    }

    /**
     * Enables a disabled account again, with a new setup link and no password: whoever used the account
     * before it was disabled must not walk back in with the old password.
     */
    @Transactional
    public Invitation enable(String name) {
        Account account = find(name).orElseThrow(() -> new AccountRefused(AccountRefusal.NO_SUCH_ACCOUNT, name));
        jdbc.sql("""
                        update account set disabled_at = null, password_hash = null,
                            credentials_version = credentials_version + 1
                        where id = ?""").param(account.id()).update();
        audit.append("account.enabled", "account:" + account.name(), "old password revoked");
        return newInvitation(account.name(), account.role());
    }

    /**
     * A signed-in person changes their own password, proving the current one first (OWASP ASVS 4.0.3 V2.1.5,
     * V2.1.6). Every session signed in with the old password ends, this one too.
     */
    @Transactional
    public void changePassword(String name, String currentPassword, String newPassword) {
        record Current(long id, String hash) {}
        Current current = jdbc.sql(
                        "select id, password_hash from account where name = ? and password_hash is not null and disabled_at is null")
                .param(name)
                .query((rs, row) -> new Current(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new AccountRefused(AccountRefusal.NOT_SIGNED_IN));
        if (currentPassword == null || !passwords.matches(currentPassword, current.hash())) {
            throw new AccountRefused(AccountRefusal.CURRENT_PASSWORD_WRONG);
        }
        PasswordRules.check(newPassword, name).ifPresent(refused -> {
            throw refused;
        });
        jdbc.sql("update account set password_hash = ?, credentials_version = credentials_version + 1 where id = ?")
                .params(passwords.encode(newPassword), current.id())
                .update();
        audit.append(name, "account.password-changed", "account:" + name, "");
    }

    /** Whether a session signed in with this version of the password may go on. */
    boolean inGoodStanding(String name, int credentialsVersion) {
        return jdbc.sql("""
                        select exists (select 1 from account where name = ? and credentials_version = ?
                            and password_hash is not null and disabled_at is null)""")
                .params(name, credentialsVersion)
                .query(Boolean.class)
                .single();
    }

    private int activeAdministrators() {
        return jdbc.sql(
                        "select count(*) from account where role = 'ADMIN' and password_hash is not null and disabled_at is null")
                .query(Integer.class)
                .single();
    }

    private Invitation newInvitation(String name, Role role) {
        String token = Secrets.random("");
        Instant expiresAt = clock.instant().plus(INVITATION_VALIDITY);
        jdbc.sql("update account set setup_token_hash = ?, setup_expires_at = ? where name = ?")
                .params(Secrets.hash(token), OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC), name)
                .update();
        return new Invitation(name, role, token, expiresAt);
    }

    /** The account a setup link belongs to, while the link is unused and unexpired. */
    public Optional<Account> invited(String token) {
        return jdbc.sql("""
                        select id, name, role, password_hash is not null as active, false as disabled from account
                        where setup_token_hash = ? and setup_expires_at > ? and disabled_at is null""")
                .params(Secrets.hash(token), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Accounts::account)
                .optional();
    }

    /** Sets the password through a setup link, which is then spent. */
    @Transactional
    public Account completeSetup(String token, String password) {
        Account account = invited(token).orElseThrow(() -> new AccountRefused(AccountRefusal.SETUP_LINK_SPENT));
        PasswordRules.check(password, account.name()).ifPresent(refused -> {
            throw refused;
        });
        jdbc.sql("""
                        update account set password_hash = ?, setup_token_hash = null, setup_expires_at = null,
                            credentials_version = credentials_version + 1
                        where id = ?""").params(passwords.encode(password), account.id()).update();
        audit.append(account.name(), "account.password-set", "account:" + account.name(), "");
        return new Account(account.id(), account.name(), account.role(), true, false);
    }

    public Optional<Account> find(String name) {
        return jdbc.sql("select " + COLUMNS + " from account where name = ?")
                .param(name)
                .query(Accounts::account)
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from account order by name")
                .query(Accounts::account)
                .list();
    }

    public boolean hasAdministrator() {
        return jdbc.sql("select exists (select 1 from account where role = 'ADMIN' and disabled_at is null)")
                .query(Boolean.class)
                .single();
    }

    public boolean hasActiveAdministrator() {
        return jdbc.sql("""
                        select exists (select 1 from account
                        where role = 'ADMIN' and password_hash is not null and disabled_at is null)""").query(Boolean.class).single();
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        if (name == null || name.indexOf('\0') >= 0) {
            // PostgreSQL refuses NUL in text; no account has one, so this is an unknown name, not an error.
            throw new UsernameNotFoundException("no account has a NUL in its name");
        }
        record Login(long id, String name, Role role, String passwordHash, int credentialsVersion) {}
        Login login = jdbc.sql("""
                        select id, name, role, password_hash, credentials_version from account
                        where name = ? and password_hash is not null and disabled_at is null""")
                .param(name)
                .query((rs, row) -> new Login(
                        rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(name));
        return new SignedInAccount(
                login.id(),
                login.name(),
                login.passwordHash(),
                List.of(new SimpleGrantedAuthority(login.role().authority())),
                login.credentialsVersion());
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"),
                rs.getBoolean("disabled"));
    }
}
