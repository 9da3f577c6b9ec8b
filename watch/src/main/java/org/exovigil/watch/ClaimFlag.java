package org.exovigil.watch;

/** The claim codes of vocabulary.md, in the order extract.md writes them. */
public enum ClaimFlag {
    APPROVAL_CLAIM,
    HCTP_361_OR_MINIMALLY_MANIPULATED,
    SAFETY_CLAIM,
    EFFICACY_CLAIM,
    TESTIMONIALS,
    COVID,
    DISCLAIMER_UNAPPROVED,
    PRICE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ClaimFlag of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
