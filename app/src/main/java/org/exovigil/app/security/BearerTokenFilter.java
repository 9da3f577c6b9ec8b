package org.exovigil.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates a machine sender by its {@code Authorization: Bearer} token (RFC 6750 §2.1). */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationAudit audit;

    BearerTokenFilter(ApiTokens tokens, AuthenticationAudit audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(SCHEME.length())
                .strip();
        var sender = tokens.authenticate(token);
        if (sender.isEmpty()) {
            audit.tokenRefused(request, token);
            refuse(response);
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new TokenPrincipal(sender.get().id(), sender.get().name()),
                null,
                List.of(new SimpleGrantedAuthority(sender.get().role().authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** RFC 6750 §3 says how to refuse a bad token; the body is an RFC 9457 problem document. */
    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"Unauthorized","status":401,"detail":"The bearer token is unknown or revoked."}""");
    }

    /** The machine sender behind a token: it owns by its row id; its name shows in logs and reports. */
    record TokenPrincipal(long id, String name) implements java.security.Principal {
        @Override
        public String getName() {
            return name;
        }
    }
}
