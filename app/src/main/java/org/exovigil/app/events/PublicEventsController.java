package org.exovigil.app.events;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public answer to "did a patient die?": each closed event, what was alleged, checked and decided. */
@Controller
class PublicEventsController {

    private final PublicEvents events;

    PublicEventsController(PublicEvents events) {
        this.events = events;
    }

    @GetMapping("/check/events")
    String list(Model model) {
        model.addAttribute("events", events.closed());
        return "events/public-events";
    }

    @GetMapping("/check/events/{id}")
    String event(@PathVariable long id, Model model) {
        model.addAttribute(
                "event", events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "events/public-event";
    }
}
