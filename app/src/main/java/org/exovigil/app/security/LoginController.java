package org.exovigil.app.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** {@code locked} carries the end of a lock (see {@link LoginThrottleFilter}); only a real instant is shown. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null) {
            try {
                model.addAttribute(
                        "lockedUntil", TIME.format(Instant.parse(locked).atOffset(ZoneOffset.UTC)));
            } catch (DateTimeParseException unreadable) {
                model.addAttribute("lockedUntil", "");
            }
        }
        return "security/login";
    }
}
