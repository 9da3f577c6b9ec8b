package org.exovigil.vigilance.e2b;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML into an {@link XmlElement} tree with the JDK's own SAX parser, hardened after the
 * OWASP XML External Entity Prevention Cheat Sheet: secure processing on; no external general or
 * parameter entities, no external DTD loading, no access to external DTDs or schemas; XInclude off;
 * entity expansion, entity size, element depth and attribute limits far below the JDK defaults; and the
 * input read into memory only up to a size limit. ICH E2B(R3) messages never need a DTD, so for them
 * any DOCTYPE is refused ({@code disallow-doctype-decl}); the FAERS E2B(R2) files name the ichicsr DTD in
 * a DOCTYPE, so for those a DOCTYPE is tolerated, never loaded, and refused as soon as it declares an
 * entity, before anything can be expanded. Every failure is one {@link Problem}: EXO-1209 malformed
 * (with line and column), EXO-1210 a refused declaration, EXO-1211 too large, EXO-1215 unreadable.
 * Parser messages are in English whatever the server's locale, so problems read the same everywhere.
 */
final class HardenedXml {

    /** Whether a DOCTYPE may appear at all. */
    enum Doctype {
        REFUSED,
        TOLERATED_WITHOUT_DECLARATIONS
    }

    private HardenedXml() {}

    static Checked<XmlElement> parse(InputStream in, long maxBytes, Doctype doctype) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            return Checked.rejected(Problem.of(ProblemCode.UNREADABLE, "could not read the input: " + e.getMessage()));
        }
        if (bytes.length > maxBytes) {
            return Checked.rejected(
                    Problem.of(ProblemCode.TOO_LARGE, "expected at most %,d bytes, got more".formatted(maxBytes)));
        }
        return parse(bytes, doctype);
    }

    private static Checked<XmlElement> parse(byte[] bytes, Doctype doctype) {
        TreeBuilder tree = new TreeBuilder();
        try {
            XMLReader reader = reader(doctype);
            reader.setContentHandler(tree);
            reader.setErrorHandler(tree);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (RefusedDeclaration e) {
            return Checked.rejected(Problem.of(ProblemCode.XML_DECLARATION_REFUSED, e.getMessage()));
        } catch (SAXParseException e) {
            if (!tree.sawRoot() && declaresDoctype(bytes)) {
                return Checked.rejected(Problem.of(
                        ProblemCode.XML_DECLARATION_REFUSED,
                        "expected no DOCTYPE: an ICH ICSR message needs no DTD, so none is read (line %d, column %d)"
                                .formatted(e.getLineNumber(), e.getColumnNumber())));
            }
            return Checked.rejected(Problem.of(
                    ProblemCode.NOT_XML,
                    "line %d, column %d: %s".formatted(e.getLineNumber(), e.getColumnNumber(), e.getMessage())));
        } catch (SAXException | IOException e) {
            return Checked.rejected(Problem.of(ProblemCode.NOT_XML, "expected XML: " + e.getMessage()));
        }
        return Checked.accepted(tree.root());
    }

    /** Whether the prolog, before the first element, holds a DOCTYPE (in an ASCII-compatible encoding). */
    private static boolean declaresDoctype(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 65536), StandardCharsets.ISO_8859_1);
        int doctype = head.indexOf("<!DOCTYPE");
        return doctype >= 0 && !head.substring(0, doctype).matches("(?s).*<[A-Za-z_].*");
    }

    private static XMLReader reader(Doctype doctype) throws SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", doctype == Doctype.REFUSED);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // JAXP limits (java.xml module summary); the JDK defaults are 64,000 expansions and 10,000 depth.
            parser.setProperty("jdk.xml.entityExpansionLimit", "100");
            parser.setProperty("jdk.xml.totalEntitySizeLimit", "10000");
            parser.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "1000");
            parser.setProperty("jdk.xml.maxParameterEntitySizeLimit", "1000");
            parser.setProperty("jdk.xml.maxElementDepth", "200");
            parser.setProperty("jdk.xml.elementAttributeLimit", "100");
            XMLReader reader = parser.getXMLReader();
            reader.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", new EntityRefusal());
            return reader;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }

    /** Thrown from inside the parser when a DOCTYPE declares an entity; never leaves this class. */
    private static final class RefusedDeclaration extends SAXException {
        private static final long serialVersionUID = 1L;

        RefusedDeclaration(String message) {
            super(message);
        }
    }

    /** Refuses the first entity declaration, before any reference to it can be expanded. */
    private static final class EntityRefusal implements DeclHandler {
        @Override
        public void elementDecl(String name, String model) {}

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value) {}

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new RefusedDeclaration(
                    "expected no entity declarations, got <!ENTITY %s>: entities are refused, never expanded"
                            .formatted(name));
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new RefusedDeclaration(
                    "expected no entity declarations, got <!ENTITY %s SYSTEM ...>: external entities are refused, never read"
                            .formatted(name));
        }
    }

    /** Builds the tree; treats every parser error, even a recoverable one, as fatal. */
    private static final class TreeBuilder extends DefaultHandler implements ErrorHandler {
        private final Deque<Mutable> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;
        private boolean sawRoot;

        private static final class Mutable {
            final String namespace;
            final String name;
            final Map<String, String> attributes;
            final List<XmlElement> children = new ArrayList<>();
            final StringBuilder text = new StringBuilder();
            final int line;

            Mutable(String namespace, String name, Map<String, String> attributes, int line) {
                this.namespace = namespace;
                this.name = name;
                this.attributes = attributes;
                this.line = line;
            }
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            sawRoot = true;
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                String ns = atts.getURI(i);
                String key = ns.isEmpty()
                        ? atts.getLocalName(i)
                        : E2bCodes.XSI.equals(ns)
                                ? "xsi:" + atts.getLocalName(i)
                                : "{" + ns + "}" + atts.getLocalName(i);
                attributes.put(key, atts.getValue(i));
            }
            open.push(new Mutable(uri, localName, attributes, locator == null ? 0 : locator.getLineNumber()));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Mutable done = open.pop();
            XmlElement element = new XmlElement(
                    done.namespace,
                    done.name,
                    Collections.unmodifiableMap(done.attributes),
                    Collections.unmodifiableList(done.children),
                    done.text.toString(),
                    done.line);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
        }

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        boolean sawRoot() {
            return sawRoot;
        }

        XmlElement root() {
            return root;
        }
    }
}
