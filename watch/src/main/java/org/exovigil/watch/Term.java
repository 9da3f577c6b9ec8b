package org.exovigil.watch;

import java.util.Set;

/**
 * One line of a term list: a word or phrase, folded like page text, that signals {@code code} in
 * {@code field}.
 *
 * @param prefix the listed term ended in {@code *}: any word ending may follow
 * @param flags  {@code neg}: the term carries its own negation ("no side effects"), so negation
 *               does not cancel it; {@code strong}: hedging does not soften it ("clinically proven");
 *               {@code sentence}: a hedge that takes back its whole sentence ("results may vary");
 *               {@code generic}: an injection naming no site; {@code joint}: an indication naming a joint;
 *               {@code suffix}: set for a term listed with a leading {@code *}, which may end a longer word;
 *               {@code outcome}: an efficacy verb that claims only in a sentence naming a product,
 *               outside context ("improves", 改善します);
 *               {@code w1}..{@code w3}: weight of a country signal
 */
record Term(Field field, String code, String text, boolean prefix, Set<String> flags) {

    boolean has(String flag) {
        return flags.contains(flag);
    }

    int weight() {
        for (int w = 1; w <= 5; w++) {
            if (flags.contains("w" + w)) {
                return w;
            }
        }
        return 2;
    }

    /** What a term list line says: the output fields, then the cues that set the context of a match. */
    enum Field {
        PRODUCT("product_types"),
        SOURCE("sources"),
        DONOR("donor"),
        INDICATION("indications"),
        ROUTE("routes"),
        CLAIM("claims"),
        COUNTRY("country"),
        /** Booking, prices, "our clinic": the page sells something. */
        OFFER("offer"),
        /** News, academic, regulator or refusal wording (code says which): the page does not sell. */
        AGAINST("against"),
        /** Research, background or contraindication wording: what follows is not what is offered. */
        CONTEXT("context"),
        HEDGE("hedge"),
        /**
         * Code {@code before}, {@code after} or {@code any}: where the cue stands relative to what it
         * negates; {@code none}: a phrase that looks negative but negates something else (non-invasive).
         */
        NEGATION("negation"),
        /** Words that end a clause ("but", しかし) for negation scope. */
        CLAUSE("clause"),
        /**
         * Words that make a sentence a question where no "?" is written (Thai หรือไม่, Indonesian apakah);
         * flag {@code end}: only at the end of the sentence (Vietnamese ... không, Chinese 吗).
         */
        QUESTION("question"),
        /** Phrases whose words must not count as terms (再生医療等安全性確保法 is a law, not a safety claim). */
        EXCLUDE("exclude");

        final String key;

        Field(String key) {
            this.key = key;
        }

        /** Negation, hedges, clause breaks and question words: a language's grammar, bound to its words. */
        boolean grammar() {
            return this == NEGATION || this == HEDGE || this == CLAUSE || this == QUESTION;
        }

        static Field of(String name) {
            for (Field field : values()) {
                if (field.name().equalsIgnoreCase(name) || field.key.equals(name)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("unknown term field: " + name);
        }
    }
}
