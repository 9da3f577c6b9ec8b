package org.exovigil.vigilance.e2b;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a parsed document: its namespace and local name, attributes, child elements, the text
 * directly inside it, and the line it starts on (for messages). Attributes without a namespace are keyed
 * by local name, {@code xsi:type} as {@code xsi:type}, others as {@code {uri}local}. Lookups by name
 * match children in the parent's own namespace, so elements of a foreign namespace are never mistaken
 * for ICH ones.
 */
record XmlElement(
        String namespace,
        String name,
        Map<String, String> attributes,
        List<XmlElement> children,
        String text,
        int line) {

    /** The first child called {@code childName}, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName) && c.namespace.equals(namespace)) {
                return c;
            }
        }
        return null;
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName) && c.namespace.equals(namespace)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The element at a path of first children ({@code "subject", "investigationEvent"}), or null. */
    XmlElement at(String... path) {
        XmlElement current = this;
        for (String step : path) {
            current = current.child(step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** The text of the child {@code childName}, or null when there is no such child. */
    String childText(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text;
    }

    /** This element's HL7 {@code code} attribute of its {@code code} child, e.g. {@code 29} for a reaction. */
    boolean hasCode(String code, String codeSystem) {
        XmlElement c = child("code");
        return c != null && code.equals(c.attribute("code")) && codeSystem.equals(c.attribute("codeSystem"));
    }

    boolean isNull() {
        return attributes.containsKey("nullFlavor");
    }
}
