package org.exovigil.vigilance.e2b;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML 1.0 into a string. Text is escaped so that it reads back exactly: markup
 * characters always, a carriage return as {@code &#13;} (a parser would otherwise turn it into a line
 * feed), and in attributes also tabs and line feeds. Characters XML 1.0 cannot carry at all (control
 * characters, unpaired surrogates) become U+FFFD. Indentation goes only between elements, never inside
 * a text, so indenting never changes a value.
 */
final class XmlWriter {

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    XmlWriter() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name-value pairs, pairs with a null value are left out. */
    XmlWriter start(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    XmlWriter end() {
        String name = open.pop();
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    XmlWriter empty(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding only text: {@code <name a="v">text</name>}. */
    XmlWriter text(String name, String text, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    /**
     * An HL7 ED that names its file: {@code <name a="v"><reference value="file"/>text</name>}, on one line so
     * that no indentation enters the text.
     */
    XmlWriter textWithReference(String name, String text, String reference, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        if (reference != null) {
            out.append("<reference");
            attributes(new String[] {"value", reference});
            out.append("/>");
        }
        if (text != null) {
            escape(text, false);
        }
        out.append("</").append(name).append(">\n");
        return this;
    }

    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void attributes(String[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(' ').append(pairs[i]).append("=\"");
                escape(pairs[i + 1], true);
                out.append('"');
            }
        }
    }

    private void indent() {
        out.repeat("  ", open.size());
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.appendCodePoint(isXmlChar(c) ? c : 0xFFFD);
            }
        }
    }

    /** The Char production of XML 1.0 §2.2 (tab, line feed and carriage return are handled above). */
    private static boolean isXmlChar(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
