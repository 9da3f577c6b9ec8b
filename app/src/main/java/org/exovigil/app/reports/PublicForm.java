package org.exovigil.app.reports;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the report forms open to anyone share: a hidden field people never see but form-filling robots
 * do, a one-time key that makes pressing "send" twice file one report, and the receipt page with the
 * reference and a fresh follow-up code.
 */
final class PublicForm {

    private PublicForm() {}

    /** Refuses a submission whose hidden trap field was filled: a robot, not a person. */
    static void refuseRobots(String trap) {
        if (!trap.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /** The form's one-time key as the idempotency key; an overlong (forged) one is replaced by a fresh key. */
    static String idempotencyKey(String formKey) {
        return formKey.length() > ReportsApi.MAX_IDEMPOTENCY_KEY
                ? UUID.randomUUID().toString()
                : formKey;
    }

    /**
     * Sends the reporter to the receipt page with the reference, a new private follow-up code, and the lots named
     * that the regulator has stopped.
     */
    static String receipt(
            Receipt receipt,
            ReporterFollowUp followUp,
            List<String> reactions,
            boolean professional,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("reference", receipt.reference());
        // What the sender reported, in their words (lay terms once a regulator has coded it; never a code).
        redirect.addFlashAttribute("reactions", reactions);
        redirect.addFlashAttribute("code", followUp.issueCode(receipt.id()));
        redirect.addFlashAttribute("stoppedLots", receipt.stoppedLots());
        // A patient is told not to accept the lot again, a health professional not to give it.
        redirect.addFlashAttribute("professional", professional);
        return "redirect:/report/sent";
    }
}
