package org.exovigil.app.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who typed {@code ./exovigil serve} where to point the browser. */
@Component
@ConditionalOnWebApplication
class ReadyAnnouncement {

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext())
                .getWebServer()
                .getPort();
        System.out.println();
        System.out.println("  Exovigil is ready at http://localhost:" + port + "/  (Ctrl-C stops it)");
        System.out.println();
    }
}
