package org.exovigil.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled or whose password has changed since it signed in, on its next
 * request, whichever server holds it (OWASP ASVS 4.0.3 V3.3.1, V3.3.3; NIST SP 800-63B §7.1). The request goes
 * on as anonymous, so a staff page sends the browser to the login page.
 */
final class AccountStandingFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    AccountStandingFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedInAccount signedIn
                && !accounts.inGoodStanding(signedIn.getUsername(), signedIn.credentialsVersion())) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
