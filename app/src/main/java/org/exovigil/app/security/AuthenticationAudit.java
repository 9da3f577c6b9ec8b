package org.exovigil.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.exovigil.app.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every authentication decision goes into the audit log: a sign-in that succeeds or fails, a
 * sign-out, a bearer token refused (OWASP ASVS 4.0.3 V7.1.3, V7.2.1). A failed sign-in is
 * recorded under "anonymous", since the name typed proves nothing; the password is never recorded,
 * nor the token, only the first characters of its SHA-256, which tell a revoked token still in use
 * from random guesses (OWASP Logging Cheat Sheet, "data to exclude"). Successful token use is not an
 * event of its own: what a token does is audited under its name.
 */
@Component
class AuthenticationAudit {

    /** What is kept of a name typed into the form: enough to read, bounded, and no control characters. */
    private static final int NAME_LIMIT = 100;

    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AuthenticationAudit(AuditLog audit, TransactionTemplate transactions) {
        this.audit = audit;
        this.transactions = transactions;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        record(name, "login.succeeded", "account:" + name, where());
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        record(
                "anonymous",
                "login.failed",
                "account:" + typed(event.getAuthentication().getName()),
                "reason=" + reason(event.getException()) + " " + where());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        record(name, "logout", "account:" + name, where());
    }

    /** Called by the bearer filter before it answers 401. */
    void tokenRefused(HttpServletRequest request, String token) {
        record(
                "anonymous",
                "token.refused",
                "token:sha256-" + Secrets.hash(token).substring(0, 12),
                "address=" + request.getRemoteAddr() + " path=" + typed(request.getRequestURI()));
    }

    private void record(String actor, String action, String subject, String detail) {
        transactions.executeWithoutResult(status -> audit.append(actor, action, subject, detail));
    }

    private static String where() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return "address=" + attributes.getRequest().getRemoteAddr();
        }
        return "address=unknown";
    }

    private static String reason(AuthenticationException refusal) {
        return switch (refusal) {
            case BadCredentialsException bad -> "bad-credentials";
            case DisabledException disabled -> "disabled";
            case LockedException locked -> "locked";
            case AccountExpiredException expired -> "account-expired";
            case CredentialsExpiredException expired -> "credentials-expired";
            default -> refusal.getClass().getSimpleName();
        };
    }

    /** PostgreSQL refuses NUL in text, and a log reader must not be fooled by line breaks (log injection, ASVS V7.3.1). */
    static String typed(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                .limit(NAME_LIMIT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean;
    }
}
