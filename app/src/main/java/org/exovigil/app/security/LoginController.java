package org.exovigil.app.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.exovigil.app.refusals.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** {@code locked} carries the end of a lock (see {@link LoginThrottleFilter}); only a real instant is shown. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null) {
            model.addAttribute("locked", Refusal.of(AccountRefusal.LOCKED, until(locked)));
        }
        return "security/login";
    }

    private static String until(String locked) {
        try {
            return LoginThrottle.shown(Instant.parse(locked));
        } catch (DateTimeParseException unreadable) {
            return "";
        }
    }
}
