package org.exovigil.app.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may see what. Public pages (check, report a problem, the law) need no account; each staff
 * area needs its role; machine senders use bearer tokens on {@code /api/**}; forms carry CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Content-Security-Policy: scripts and styles only from this server; no framing. */
    private static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * No Micrometer observation of each security filter, authentication and authorisation: nothing reads them (the
     * actuator exposes health and info only), and wrapping the dozen filters of every request took a sixth of the
     * request threads' CPU under report intake (issue 22, JFR). Requests are still observed once, as
     * {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** bcrypt by default, with the {id} prefix so the algorithm can be upgraded without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Publishes every refusal, also those the default publisher has no event for (an internal error
     * while checking), so that each authentication decision reaches the audit log (ASVS 4.0.3 V7.2.1).
     */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureServiceExceptionEvent.class);
        return publisher;
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ApiTokens tokens, Accounts accounts, LoginThrottle throttle, AuthenticationAudit audit)
            throws Exception {
        var loginThrottle = new LoginThrottleFilter(throttle);
        var afterLogin = new SavedRequestAwareAuthenticationSuccessHandler();
        afterLogin.setDefaultTargetUrl("/staff");
        var api = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/fhir/**"));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/check/**",
                                "/report/**",
                                "/law/**",
                                "/login",
                                "/setup/**",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/api/v1/classify",
                                "/fhir/metadata",
                                "/api/docs",
                                "/api/docs.yaml",
                                "/api/docs/**",
                                "/swagger-ui/**")
                        .permitAll()
                        // Signal management decides lot holds and public notices: the regulator's alone.
                        .requestMatchers("/regulator/signals", "/regulator/signals/**")
                        .hasRole("REGULATOR")
                        // Coding a reaction and reviewing a MedDRA upgrade's recodes are medical judgements (issue 21);
                        // an administrator may read the list of recodes, as any regulator page.
                        .requestMatchers("/regulator/reports/*/codes/*", "/regulator/coding/*/reviewed")
                        .hasRole("REGULATOR")
                        .requestMatchers("/regulator/**", "/api/v1/e2b/**")
                        .hasAnyRole("REGULATOR", "ADMIN")
                        .requestMatchers("/committee/**")
                        .hasAnyRole("COMMITTEE", "ADMIN")
                        .requestMatchers("/registry/**")
                        .hasAnyRole("REGULATOR", "COMMITTEE", "ADMIN")
                        .requestMatchers("/provider/**")
                        .hasAnyRole("PROVIDER", "ADMIN")
                        .requestMatchers("/research/**")
                        .hasAnyRole("RESEARCHER", "REGULATOR", "ADMIN")
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(loginThrottle)
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            afterLogin.onAuthenticationSuccess(request, response, authentication);
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .addFilterBefore(new BearerTokenFilter(tokens, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountStandingFilter(accounts), AnonymousAuthenticationFilter.class)
                // CSRF forges a victim's cookie-borne session. An API request with a bearer token, or with no
                // session at all, carries none, so it needs no CSRF token (and an anonymous one then gets 401).
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        BearerTokenFilter::carriesToken,
                        request -> api.matches(request) && request.getRequestedSessionId() == null))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }
}
