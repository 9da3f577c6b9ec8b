package org.exovigil.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Until an administrator has set a password, every start of the server prints a fresh one-time
 * setup link for the account {@code admin}: the operator who can read the console is the one who
 * installs the system, and no default password ever exists.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator {

    static final String NAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;

    FirstAdministrator(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void offerSetup(ApplicationReadyEvent ready) {
        if (accounts.hasActiveAdministrator()) {
            return;
        }
        Invitation invitation =
                accounts.hasAdministrator() && accounts.find(NAME).isPresent()
                        ? accounts.reinvite(NAME)
                        : accounts.invite(NAME, Role.ADMIN);
        int port = ((WebServerApplicationContext) ready.getApplicationContext())
                .getWebServer()
                .getPort();
        String link = invitation.link("http://localhost:" + port);
        log.info("First start: no administrator has set a password yet; setup link printed on the console");
        System.out.println();
        System.out.println("  First start: set the administrator's password (user 'admin') at this one-time link:");
        System.out.println("  " + link);
        System.out.println();
    }
}
