package org.exovigil.vigilance.signal;

import java.time.Instant;
import java.time.LocalDate;
import org.exovigil.vigilance.model.Coded;

/**
 * An action taken on a signal (recommendation for action, Implementing Regulation (EU) 520/2012 Art 21(1);
 * the measures a regulator of interventions can take itself), with its owner and due date, and how it ended.
 * A hold or a suspension is in force until it is lifted; any other action is open until it is done.
 *
 * @param number    its number within the signal, from 1
 * @param target    what it acts on, as the application names it ({@code lot:12}, {@code plan:RP-3}); null for
 *                  a request or a notice that needs none
 * @param endedBy   who did or lifted it; null while open
 */
public record SignalAction(
        int number,
        Kind kind,
        String target,
        String owner,
        LocalDate dueOn,
        String reason,
        String takenBy,
        Instant takenAt,
        Status status,
        String endedBy,
        Instant endedAt,
        String endReason) {

    public enum Kind implements Coded {
        LOT_HOLD("lot_hold"),
        LOT_RECALL("lot_recall"),
        PLAN_SUSPENSION("plan_suspension"),
        CLINIC_REQUEST("clinic_request"),
        PUBLIC_NOTICE("public_notice");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        /** A hold or a suspension stays in force until it is lifted; the rest are done. */
        public boolean isLifted() {
            return this == LOT_HOLD || this == PLAN_SUSPENSION;
        }

        /** What it acts on must be named: a lot, or a plan. */
        public boolean needsTarget() {
            return this == LOT_HOLD || this == LOT_RECALL || this == PLAN_SUSPENSION;
        }

        /**
         * A lot hold may be put in place as soon as the signal is validated, before the assessment ends: a
         * precaution: GVP IX.B.4 asks for appropriate measures at any stage, before a formal assessment is
         * concluded, where a risk needs timely prevention (and IX.C.2, emerging safety issues). Every other
         * action follows the recommendation (Art 21(1)).
         */
        public boolean isPrecaution() {
            return this == LOT_HOLD;
        }
    }

    public enum Status implements Coded {
        OPEN("open"),
        DONE("done"),
        LIFTED("lifted");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    SignalAction ended(Status to, String by, Instant at, String why) {
        return new SignalAction(number, kind, target, owner, dueOn, reason, takenBy, takenAt, to, by, at, why);
    }
}
