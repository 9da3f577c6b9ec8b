package org.exovigil.watch;

/**
 * Why a code was output: the quoted page text at {@code [start, end)} (UTF-16 offsets into
 * {@link PageText#text()}). A country known only from the page address has start and end -1 and
 * quotes the address.
 *
 * @param text    the matched text, exactly (extract.md); it may begin or end inside a word
 * @param context the words around it for a reader, whole words only (see {@link Quotation}); the text
 *     itself where there is no page text around it
 */
public record Evidence(String field, String code, String text, int start, int end, String context) {

    /** Evidence whose context is not known yet: its own text. */
    public Evidence(String field, String code, String text, int start, int end) {
        this(field, code, text, start, end, text);
    }

    /** This evidence with the words around it on {@code page}, when it is a span of the page. */
    Evidence quotedFrom(String page) {
        return start < 0 ? this : new Evidence(field, code, text, start, end, Quotation.around(page, start, end));
    }
}
