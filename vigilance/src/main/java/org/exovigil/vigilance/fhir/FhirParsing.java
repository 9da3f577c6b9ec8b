package org.exovigil.vigilance.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Parses untrusted FHIR R4 JSON or XML with HAPI's parser, and turns every way it can fail into problems.
 *
 * <p><b>Error handling, chosen deliberately.</b> HAPI offers a strict handler (throws at the first
 * unknown element or invalid value) and a lenient one (logs and goes on, silently dropping what it could
 * not read). Neither suits a safety report: the first hides the other faults of a message, the second
 * loses data without telling the sender. This parser collects every complaint of HAPI's parser as a
 * problem, and the input is rejected when there is any, so a sender learns of all faults at once and a
 * misspelt element is never silently lost (the same rule as the JSON report's EXO-1208). HAPI's parser
 * itself tolerates a few JSON forms without complaint (a string for a boolean or a number, a one-element
 * array for a single value) and reads the value as meant; those pass. HAPI names only the element, not its
 * parent, so the path of a parser problem is the element's name ({@code event}).
 *
 * <p><b>Hardening.</b> The input is refused above a size limit before anything is parsed. HAPI reads XML
 * through StAX (Woodstox) with DTD support switched off, so an entity declaration is never processed and
 * a reference to one fails as undeclared (verified by {@code HostileFhirXmlTest}: neither an external
 * entity nor a billion-laughs expansion is read); on top of that this parser refuses any DOCTYPE or
 * ENTITY declaration itself, before HAPI sees the text, because FHIR XML never needs one (FHIR R4 §3.1.0.1
 * forbids DTDs in resource XML) and a clear EXO-1210 is more helpful than a parser error about an
 * undeclared entity. JSON goes through Jackson's limits on nesting depth and number length.
 */
final class FhirParsing {

    /** HAPI names the attribute by its local name; FHIR has no attribute of its own called so. */
    private static final String XSI_SCHEMA_LOCATION = "schemaLocation";

    /** More problems than this come from input that is not FHIR at all; the rest are counted, not listed. */
    static final int MAX_PROBLEMS = 50;

    private static final Pattern HAPI_CODE = Pattern.compile("HAPI-\\d+: ");
    private static final Pattern DECLARATION = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

    private FhirParsing() {}

    static Checked<IBaseResource> parse(String body, FhirFormat format, long maxChars) {
        ProblemCode syntax = format == FhirFormat.JSON ? ProblemCode.NOT_JSON : ProblemCode.NOT_XML;
        if (body == null || body.isBlank()) {
            return Checked.rejected(
                    Problem.of(syntax, "expected a FHIR R4 resource in %s, got an empty body".formatted(format)));
        }
        if (body.length() > maxChars) {
            return Checked.rejected(Problem.of(
                    ProblemCode.TOO_LARGE,
                    "expected at most %,d characters, got %,d".formatted(maxChars, body.length())));
        }
        if (format == FhirFormat.XML && DECLARATION.matcher(body).find()) {
            return Checked.rejected(Problem.of(
                    ProblemCode.XML_DECLARATION_REFUSED,
                    "expected no DOCTYPE or ENTITY declaration: FHIR XML needs no DTD, so none is read"));
        }
        Collector collector = new Collector();
        IParser parser = FhirR4.parser(format).setParserErrorHandler(collector);
        IBaseResource resource;
        try {
            resource = parser.parseResource(body);
        } catch (DataFormatException e) {
            return Checked.rejected(failure(e, syntax));
        } catch (RuntimeException | StackOverflowError e) {
            // HAPI should only throw DataFormatException; anything else is still the input's fault to report.
            return Checked.rejected(
                    Problem.of(syntax, "expected FHIR R4 %s, the parser failed: %s".formatted(format, describe(e))));
        }
        if (!collector.problems.isEmpty()) {
            return Checked.rejected(collector.problems());
        }
        if (resource == null) {
            return Checked.rejected(Problem.of(ProblemCode.NOT_A_FHIR_CASE, "expected a FHIR R4 resource"));
        }
        return Checked.accepted(resource);
    }

    private static Problem failure(DataFormatException e, ProblemCode syntax) {
        String message = clean(e.getMessage());
        if (message.contains("Unknown resource name")
                || message.contains("Unknown resource type")
                || message.contains("resourceType")
                || message.contains("is not a known resource")) {
            return Problem.of(ProblemCode.NOT_A_FHIR_CASE, "expected a FHIR R4 resource: " + message);
        }
        if (message.contains("namespace")) {
            return Problem.of(
                    ProblemCode.NOT_A_FHIR_CASE, "expected FHIR XML (namespace http://hl7.org/fhir): " + message);
        }
        return Problem.of(syntax, message);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : clean(e.getMessage());
    }

    /** HAPI's message without its internal message numbers, on one line and of bounded length. */
    static String clean(String message) {
        if (message == null) {
            return "no detail given";
        }
        String text = HAPI_CODE
                .matcher(message)
                .replaceAll("")
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** A value from the input, quoted and cut to a readable length, for a message. */
    static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return "\"" + shown + "\"";
    }

    /** Collects each complaint of HAPI's parser as a problem, with the element it concerns. */
    private static final class Collector implements IParserErrorHandler {
        private final List<Problem> problems = new ArrayList<>();
        private int dropped;

        private void add(ProblemCode code, IParseLocation location, String element, String message) {
            if (problems.size() >= MAX_PROBLEMS) {
                dropped++;
                return;
            }
            String parent = location == null ? null : location.getParentElementName();
            String path = parent == null || parent.isEmpty()
                    ? (element == null ? "" : element)
                    : element == null || element.equals(parent) ? parent : parent + "." + element;
            problems.add(new Problem(code, path, message));
        }

        List<Problem> problems() {
            if (dropped == 0) {
                return problems;
            }
            List<Problem> all = new ArrayList<>(problems);
            all.add(Problem.of(
                    ProblemCode.NOT_VALID_FHIR,
                    "and %d more problems of the same input, not listed".formatted(dropped)));
            return all;
        }

        @Override
        public void unknownElement(IParseLocation location, String name) {
            add(ProblemCode.UNKNOWN_FIELD, location, name, "expected an element of FHIR R4, got " + quoted(name));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String name) {
            if (XSI_SCHEMA_LOCATION.equals(name)) {
                return; // FHIR R4 §2.6.1: xsi:schemaLocation may appear on the root of an XML resource.
            }
            add(ProblemCode.UNKNOWN_FIELD, location, name, "expected an attribute of FHIR R4, got " + quoted(name));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String name) {
            add(ProblemCode.NOT_VALID_FHIR, location, name, "expected at most one " + quoted(name) + ", got several");
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            add(
                    ProblemCode.NOT_VALID_FHIR,
                    location,
                    null,
                    "expected a value of the element's FHIR type, got %s (%s)".formatted(quoted(value), clean(error)));
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String name) {
            add(
                    ProblemCode.MISSING,
                    location,
                    name,
                    "expected the element " + quoted(name) + ", which FHIR R4 requires");
        }

        @Override
        public void incorrectJsonType(
                IParseLocation location,
                String element,
                ValueType expected,
                ScalarType expectedScalar,
                ValueType found,
                ScalarType foundScalar) {
            add(
                    ProblemCode.WRONG_TYPE,
                    location,
                    element,
                    "expected a JSON %s, got a %s"
                            .formatted(
                                    expectedScalar == null ? expected : expectedScalar,
                                    foundScalar == null ? found : foundScalar));
        }

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            add(ProblemCode.NOT_VALID_FHIR, location, "contained", "expected an id on every contained resource");
        }

        @Override
        public void unknownReference(IParseLocation location, String reference) {
            add(
                    ProblemCode.UNRESOLVED_REFERENCE,
                    location,
                    null,
                    "expected a contained resource for the reference " + quoted(reference));
        }

        @Override
        public void invalidInternalReference(IParseLocation location, String reference) {
            add(
                    ProblemCode.UNRESOLVED_REFERENCE,
                    location,
                    null,
                    "expected a contained resource for the reference " + quoted(reference));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            add(
                    ProblemCode.NOT_VALID_FHIR,
                    location,
                    "extension",
                    "expected an extension to have a value or nested extensions, not both (FHIR R4 ext-1)");
        }
    }
}
