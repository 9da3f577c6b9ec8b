package org.exovigil.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from a locked name or address before the password is even compared, so a correct
 * password guessed during a lock gains nothing (OWASP ASVS 4.0.3 V2.2.1), and counts each failed sign-in.
 */
final class LoginThrottleFilter extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var locked = throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr());
        if (locked.isPresent()) {
            sendLocked(request, response, locked.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The failure handler of the login form: counts the failure, and says so when it locks. */
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var locked = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        if (locked.isPresent()) {
            sendLocked(request, response, locked.get());
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    private static void sendLocked(HttpServletRequest request, HttpServletResponse response, Instant until)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?locked="
                + URLEncoder.encode(until.toString(), StandardCharsets.UTF_8));
    }
}
