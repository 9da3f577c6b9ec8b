package org.exovigil.app.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
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
    /** NIST SP 800-63B §5.1.1.2: at least 8 characters; we ask 12. bcrypt reads at most 72 bytes. */
    static final int MIN_PASSWORD_LENGTH = 12;

    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditLog audit;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Invitation invite(String name, Role role) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new AccountRefused("name: expected 1 to 100 characters");
        }
        if (find(cleanName).isPresent()) {
            throw new AccountRefused("name: an account called '" + cleanName + "' exists already");
        }
        jdbc.sql("insert into account (name, role) values (?, ?)")
                .params(cleanName, role.name())
                .update();
        audit.append("account.invited", "account:" + cleanName, "role=" + role);
        return newInvitation(cleanName, role);
    }

    /** A fresh link for an account that has not set its password, or whose person lost it. */
    @Transactional
    public Invitation reinvite(String name) {
        Account account = find(name).orElseThrow(() -> new AccountRefused("no account called '" + name + "'"));
        audit.append("account.link-renewed", "account:" + account.name(), "");
        return newInvitation(account.name(), account.role());
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
        return jdbc.sql(
                        """
                        select id, name, role, password_hash is not null as active from account
                        where setup_token_hash = ? and setup_expires_at > ? and disabled_at is null""")
                .params(Secrets.hash(token), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Accounts::account)
                .optional();
    }

    /** Sets the password through a setup link, which is then spent. */
    @Transactional
    public Account completeSetup(String token, String password) {
        Account account = invited(token).orElseThrow(() -> new AccountRefused("setup link: unknown, used or expired"));
        checkStrength(password);
        jdbc.sql("update account set password_hash = ?, setup_token_hash = null, setup_expires_at = null where id = ?")
                .params(passwords.encode(password), account.id())
                .update();
        audit.append(account.name(), "account.password-set", "account:" + account.name(), "");
        return new Account(account.id(), account.name(), account.role(), true);
    }

    private static void checkStrength(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountRefused("password: expected at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountRefused("password: expected at most " + MAX_PASSWORD_BYTES + " bytes");
        }
    }

    public Optional<Account> find(String name) {
        return jdbc.sql("select id, name, role, password_hash is not null as active from account where name = ?")
                .param(name)
                .query(Accounts::account)
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("select id, name, role, password_hash is not null as active from account order by name")
                .query(Accounts::account)
                .list();
    }

    public boolean hasAdministrator() {
        return jdbc.sql("select exists (select 1 from account where role = 'ADMIN' and disabled_at is null)")
                .query(Boolean.class)
                .single();
    }

    public boolean hasActiveAdministrator() {
        return jdbc.sql(
                        """
                        select exists (select 1 from account
                        where role = 'ADMIN' and password_hash is not null and disabled_at is null)""")
                .query(Boolean.class)
                .single();
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        if (name == null || name.indexOf('\0') >= 0) {
            // PostgreSQL refuses NUL in text; no account has one, so this is an unknown name, not an error.
            throw new UsernameNotFoundException("no account has a NUL in its name");
        }
        record Login(String name, Role role, String passwordHash) {}
        Login login = jdbc.sql(
                        "select name, role, password_hash from account where name = ? and password_hash is not null and disabled_at is null")
                .param(name)
                .query((rs, row) -> new Login(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(name));
        return User.withUsername(login.name())
                .password(login.passwordHash())
                .roles(login.role().name())
                .build();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(
                rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }
}
