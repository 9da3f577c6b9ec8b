package org.exovigil.watch;

import java.util.BitSet;

/**
 * The text of a page that evidence offsets point into, and the parts of it that only locate the
 * business (the {@code URL:} line, site header and footer): those count for the country, never for
 * products or claims, because site-wide menus and footers list every treatment a clinic sells.
 */
public final class PageText {

    private final String text;
    private final String url;
    private final String canonical;
    private final BitSet locatingOnly;

    PageText(String text, String url, String canonical, BitSet locatingOnly) {
        this.text = text;
        this.url = url;
        this.canonical = canonical;
        this.locatingOnly = locatingOnly;
    }

    /** The page text; {@link Evidence} offsets are UTF-16 indexes into it. */
    public String text() {
        return text;
    }

    /** The address a text page declares on its {@code URL:} line, or null. */
    public String url() {
        return url;
    }

    /**
     * The address an HTML page names as its own ({@code <link rel=canonical>}, {@code og:url}), or null.
     * Not output as the page's url (extract.md takes that from --url or the URL line only), but its
     * country-code domain still locates the business.
     */
    public String canonical() {
        return canonical;
    }

    boolean locatingOnly(int index) {
        return locatingOnly.get(index);
    }

    /** Plain text; a first line {@code URL: <address>} gives the address and is kept in the text. */
    static PageText ofPlain(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        var masked = new BitSet();
        String url = null;
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd).strip();
        if (firstLine.regionMatches(true, 0, "URL:", 0, 4)) {
            url = firstLine.substring(4).strip();
            masked.set(0, firstLineEnd);
        }
        return new PageText(text, url == null || url.isEmpty() ? null : url, null, masked);
    }
}
