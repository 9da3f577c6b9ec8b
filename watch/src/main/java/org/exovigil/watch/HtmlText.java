package org.exovigil.watch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * HTML to {@link PageText}. Removes what is never page content (scripts, styles, hidden elements,
 * navigation, menus, cookie and consent banners, share bars), then writes the text of the remaining
 * body with a line break at every block element so that sentences and list items stay apart. The site
 * header and footer are not content either, but they carry the address and telephone number that
 * locate the business, so their text is appended after the body and marked locating-only.
 */
final class HtmlText {

    private static final Evaluator NEVER_CONTENT = QueryParser.parse(
            "script, style, noscript, template, svg, canvas, iframe, object, embed, select, option, input, "
                    + "textarea, nav, menu, [role=navigation], [role=menu], [role=dialog], [hidden], [aria-hidden=true]");
    private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description]");

    /** A class or id token that names navigation or a banner, e.g. {@code gnav}, {@code sp-menu}; not {@code menu-price}. */
    private static final Pattern NAVIGATION_TOKEN = Pattern.compile(
            "^([a-z0-9]+[-_])*(g?nav|navbar|navigation|menu|menubar|megamenu|drawer|hamburger|breadcrumbs?|"
                    + "sidebar|share|sharing|sns|social|skip|pagetop|page-top|to-top)$");

    private static final Pattern BANNER = Pattern.compile("cookie|consent|gdpr|onetrust|cmplz|popup|modal|newsletter");
    /** Lists of other pages (related posts, rankings, site maps) that would mix in other treatments. */
    private static final Pattern LINK_LIST =
            Pattern.compile("related|recent.?posts|popular|ranking|widget|sitemap|pankuzu|topicpath|breadcrumb");
    /**
     * Share of an element's text inside links above which a menu-named element is navigation. Japanese
     * clinic sites call their price list "menu" (施術メニュー), and that one is mostly text, not links.
     */
    private static final double NAVIGATION_LINK_SHARE = 0.5;

    private static final Pattern FRAME_TOKEN = Pattern.compile("^([a-z0-9]+[-_])*(header|footer|masthead|colophon)$");

    private static final Evaluator CONTENT_CONTAINER = QueryParser.parse("article, main, section");

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "br",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
            "button",
            "label",
            "caption",
            "center");

    private HtmlText() {}

    static PageText of(String html) {
        Document document = Jsoup.parse(html);
        String canonical = declaredAddress(document);
        Element body = document.body();
        body.select(NEVER_CONTENT).remove();
        removeByAttributes(body);
        List<Element> frames = frames(body);
        frames.forEach(Element::remove);

        var out = new TextOut();
        out.block(document.title());
        out.block(document.select(DESCRIPTION).attr("content"));
        out.write(body);
        int bodyEnd = out.length();
        for (Element frame : frames) {
            out.write(frame);
        }
        var locating = new BitSet();
        locating.set(bodyEnd, out.length());
        return new PageText(out.text(), null, canonical, locating);
    }

    private static String declaredAddress(Document document) {
        for (String query : List.of("link[rel=canonical]", "meta[property=og:url]")) {
            Element found = document.selectFirst(query);
            if (found != null) {
                String address = found.hasAttr("href") ? found.attr("href") : found.attr("content");
                if (address.startsWith("http")) {
                    return address.strip();
                }
            }
        }
        return null;
    }

    private static void removeByAttributes(Element body) {
        var doomed = new ArrayList<Element>();
        for (Element element : body.getAllElements()) {
            // Inline display:none is kept: tab panes and accordions (prices, FAQs) start hidden and are page content.
            if (element != body && isNavigationOrBanner(element)) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isNavigationOrBanner(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        if (BANNER.matcher(names).find()) {
            return true;
        }
        boolean navigationNamed = LINK_LIST.matcher(names).find();
        for (String token : names.split("\\s+")) {
            navigationNamed |=
                    !token.isEmpty() && NAVIGATION_TOKEN.matcher(token).matches();
        }
        return navigationNamed && mostlyLinks(element);
    }

    private static boolean mostlyLinks(Element element) {
        int all = element.text().length();
        if (all < 20) {
            return true;
        }
        int linked =
                element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linked >= NAVIGATION_LINK_SHARE * all;
    }

    /** Site-wide header and footer: not inside an article, or named so by role, class or id. */
    private static List<Element> frames(Element body) {
        var frames = new ArrayList<Element>();
        for (Element element : body.getAllElements()) {
            if (element != body
                    && isFrame(element)
                    && element.parents().stream().noneMatch(frames::contains)) {
                frames.add(element);
            }
        }
        return frames;
    }

    private static boolean isFrame(Element element) {
        String tag = element.normalName();
        if ((tag.equals("header") || tag.equals("footer")) && element.closest(CONTENT_CONTAINER) == null) {
            return true;
        }
        String builder = element.attr("data-elementor-type");
        if (builder.equals("header") || builder.equals("footer")) {
            return true;
        }
        String role = element.attr("role");
        if (role.equals("banner") || role.equals("contentinfo")) {
            return true;
        }
        for (String token : (element.className() + " " + element.id())
                .toLowerCase(Locale.ROOT)
                .split("\\s+")) {
            if (!token.isEmpty() && FRAME_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Writes text with collapsed spaces, a line break per block and a blank line per paragraph-like block. */
    private static final class TextOut implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();

        void block(String content) {
            if (!content.isBlank()) {
                append(content.strip());
                breakLine();
            }
        }

        void write(Element root) {
            NodeTraversor.traverse(this, root);
            breakLine();
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                breakLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                breakLine();
            }
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                        text.append(' ');
                    }
                } else {
                    text.append(c);
                }
            }
        }

        private void breakLine() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        int length() {
            return text.length();
        }

        String text() {
            return text.toString();
        }
    }
}
