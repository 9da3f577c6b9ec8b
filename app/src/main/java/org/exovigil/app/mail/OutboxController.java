package org.exovigil.app.mail;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox page, for administrators only (under {@code /admin}): every letter with its recipient, which is
 * personal data, its state and its last error; one letter as it was written; sending one again.
 */
@Controller
class OutboxController {

    /** The page lists this many of the latest letters. */
    static final int SHOWN = 200;

    private final Outbox outbox;
    private final OutboxSender sender;

    OutboxController(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/admin/outbox")
    String list(Model model) {
        model.addAttribute("letters", outbox.recent(SHOWN));
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("configured", sender.configured());
        model.addAttribute("shown", SHOWN);
        return "mail/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String letter(@PathVariable long id, Model model) {
        model.addAttribute(
                "letter", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("configured", sender.configured());
        return "mail/letter";
    }

    @PostMapping("/admin/outbox/{id}/resend")
    String resend(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        if (!outbox.resend(id, who.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("resent", true);
        return "redirect:/admin/outbox/" + id;
    }
}
