package org.exovigil.vigilance.e2b;

import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;

/**
 * One received ICSR message (ICH E2B(R3) N.2.r) and the report read from it.
 *
 * @param messageId  N.2.r.1 message identifier; null when absent (then the report is rejected)
 * @param senderId   N.2.r.2 message sender identifier
 * @param receiverId N.2.r.3 message receiver identifier
 * @param createdAt  N.2.r.4 date of message creation, as sent (HL7 TS)
 * @param report     the report, or every problem found in it; each problem's path is the E2B element
 *                   number with the 0-based index of its repeating section, e.g. {@code E.i.4[1]}
 * @param notes      what was read approximately or left out because the case model cannot hold it
 *                   (EXO-1213), e.g. a reaction start date given only as a year; empty for Exovigil's own
 *                   messages
 */
public record IcsrMessage(
        String messageId,
        String senderId,
        String receiverId,
        String createdAt,
        Checked<IndividualCaseSafetyReport> report,
        List<Problem> notes) {

    public IcsrMessage {
        notes = List.copyOf(notes);
    }
}
