package org.exovigil.watch;

/**
 * Turns a saved page into {@link PageFacts}. Thread-safe and cheap to share: term lists load once per
 * language and are reused.
 */
public final class PageExtractor {

    /** The facts of one page; its address is the page's own, else the one the text declares. */
    public PageFacts extract(Page page) {
        PageText text = text(page);
        String url = page.url() != null ? page.url() : text.url();
        return new PageReading(text).facts(page.source(), url, url != null ? url : text.canonical());
    }

    /** The claims of text known to be an offering's marketing (classify.md's {@code marketing_text}). */
    public java.util.Set<ClaimFlag> claimsOfMarketingText(String text) {
        return new PageReading(PageText.ofPlain(text)).claimsOfMarketingText();
    }

    /** The text that evidence offsets point into, for showing evidence in context. */
    public PageText text(Page page) {
        return page.html() ? HtmlText.of(page.content()) : PageText.ofPlain(page.content());
    }
}
