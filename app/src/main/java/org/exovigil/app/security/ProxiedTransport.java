package org.exovigil.app.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exovigil served over TLS by a proxy in front of it (issue 15, finding 12). From a configured proxy only,
 * {@code X-Forwarded-For} gives the client's address (for the rate limits, the sign-in throttle and the
 * audit log) and {@code X-Forwarded-Proto: https} makes the request secure, so that the session cookie is
 * {@code Secure} and Spring Security sends HSTS (ASVS 4.0.3 V3.4.1, V9.1.1, V14.4.5). From any other peer
 * these headers are ignored. A public base address in https marks the session cookie {@code Secure} even
 * without a trusted proxy, since browsers only ever reach the server over TLS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ProxiedTransport {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> forwardedHeadersFromTrustedProxies(
            @Value("${exovigil.trusted-proxies:}") String configured) {
        TrustedProxies proxies = TrustedProxies.parse(configured);
        return factory -> {
            if (proxies.none()) {
                return;
            }
            var valve = new RemoteIpValve();
            // Tomcat's default trusts every private network; only the configured blocks are proxies here.
            valve.setInternalProxies(proxies.asCidrList());
            valve.setTrustedProxies(null);
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setProtocolHeaderHttpsValue("https");
            factory.addEngineValves(valve);
        };
    }

    @Bean
    ServletContextInitializer secureCookieForHttpsAddress(@Value("${exovigil.public-base-url:}") String publicBase) {
        return servletContext -> {
            if (servesHttps(publicBase)) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    static boolean servesHttps(String publicBase) {
        return publicBase.strip().regionMatches(true, 0, "https://", 0, 8);
    }
}
