package org.exovigil.vigilance.model;

/**
 * How the product was given, in the shared vocabulary ({@code spec/vocabulary.md}, routes); the E2B
 * export maps these to EDQM routes (G.k.4.r.10.2b).
 */
public enum Route implements Coded {
    IV("iv"),
    TOPICAL("topical"),
    MICRONEEDLING("microneedling"),
    INJECTION_LOCAL("injection_local"),
    INTRA_ARTICULAR("intra_articular"),
    INTRADISCAL("intradiscal"),
    EPIDURAL("epidural"),
    INTRATHECAL("intrathecal"),
    NEBULISED_INHALED("nebulised_inhaled"),
    INTRANASAL("intranasal"),
    INTRAMUSCULAR("intramuscular"),
    OTHER("other");

    private final String code;

    Route(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
