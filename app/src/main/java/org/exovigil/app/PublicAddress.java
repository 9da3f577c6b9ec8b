package org.exovigil.app;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address the public reaches this server at, for the few links that must be absolute (FHIR
 * {@code fullUrl}s and paging links, setup links sent to people). It is configured
 * ({@code exovigil.public-base-url}), never read from the request's Host header, which a client sets
 * to anything (OWASP ASVS 4.0.3 V5.1.5; host header injection). Unconfigured, it is this machine's
 * loopback address, which is right for a server run on one's own computer and never an attacker's host.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final String contextPath;
    /** The port the server listens on, once it does; links in letters are written with no request at hand. */
    private volatile int port;

    PublicAddress(
            @Value("${exovigil.public-base-url:}") String configured,
            @Value("${server.servlet.context-path:}") String contextPath) {
        this.configured = configured.isBlank() ? null : configured.strip().replaceAll("/+$", "");
        this.contextPath = contextPath.replaceAll("/+$", "");
    }

    @EventListener
    void serving(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    /** The base address as {@link #of} gives it, for links written with no request at hand (in letters). */
    public String ofServer() {
        return forPort(port, contextPath);
    }

    /** The base address with the context path, without a trailing slash. */
    public String of(HttpServletRequest request) {
        return forPort(request.getLocalPort(), request.getContextPath());
    }

    /** The base address of this server on a port and under a context path, as {@link #of} gives it. */
    String forPort(int port, String contextPath) {
        return configured != null ? configured : "http://localhost:" + port + contextPath;
    }

    /** The absolute address of the request's own path (no query), under the public base. */
    public String ofPath(HttpServletRequest request) {
        return of(request)
                + request.getRequestURI().substring(request.getContextPath().length());
    }
}
