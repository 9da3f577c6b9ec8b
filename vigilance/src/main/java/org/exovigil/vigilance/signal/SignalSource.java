package org.exovigil.vigilance.signal;

import java.util.Objects;
import org.exovigil.vigilance.model.Coded;

/**
 * Where a signal came from (GVP IX.B.1, sources of data and information), named so that a reader can open
 * it again: a pair of the disproportionality table ({@code product|event}), a cluster alert's number, a
 * lot's number in the register, a case's reference, a provider whose marketing rose.
 *
 * @param kind        what kind of source
 * @param reference   the key that opens it again in the application
 * @param description what it is, as the regulator reads it ("Placenta EV, lot AL-77: serious infections")
 */
public record SignalSource(Kind kind, String reference, String description) {

    public enum Kind implements Coded {
        DISPROPORTIONALITY("disproportionality"),
        CLUSTER_ALERT("cluster_alert"),
        LOT_RELEASE("lot_release"),
        SINGLE_CASE("single_case"),
        UNLAWFUL_MARKETING("unlawful_marketing");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public SignalSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
    }
}
