package org.exovigil.app.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.exovigil.app.portal.TimeText;
import org.exovigil.app.refusals.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final TimeText times;

    LoginController(TimeText times) {
        this.times = times;
    }

    /**
     * {@code locked} carries the end of a lock (see {@link LoginThrottleFilter}); only a real instant is shown, in the
     * reader's zone and with the zone named, since a refusal is read on its own.
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null) {
            model.addAttribute("locked", Refusal.of(AccountRefusal.LOCKED, until(locked)));
        }
        return "security/login";
    }

    private String until(String locked) {
        try {
            return times.momentAndZone(Instant.parse(locked));
        } catch (DateTimeParseException unreadable) {
            return "";
        }
    }
}
