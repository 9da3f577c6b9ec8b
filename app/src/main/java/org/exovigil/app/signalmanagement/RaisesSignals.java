package org.exovigil.app.signalmanagement;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether its reader may raise a signal, so that the alert, pair, lot and case pages offer
 * "raise a signal" to regulators only (signals are theirs alone; others would meet a 403).
 */
@ControllerAdvice
class RaisesSignals {

    @ModelAttribute("raisesSignals")
    boolean raisesSignals(Authentication reader) {
        return reader != null
                && reader.getAuthorities().stream()
                        .anyMatch(role -> role.getAuthority().equals("ROLE_REGULATOR"));
    }
}
