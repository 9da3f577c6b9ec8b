package org.exovigil.vigilance.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one {@link FhirContext} of this package. A context scans the R4 model classes when it is made
 * (hundreds of milliseconds) and is thread-safe afterwards, so it is made once, on first use; parsers
 * are cheap and not thread-safe, so each call makes its own (HAPI FHIR documentation, "FhirContext"
 * and "Parsing and Encoding"). The context is this package's own rather than HAPI's shared
 * {@code forR4Cached()}, so that no other code in the application can change its parser options.
 */
final class FhirR4 {

    private FhirR4() {}

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    static FhirContext context() {
        return Holder.CONTEXT;
    }

    static IParser parser(FhirFormat format) {
        return switch (format) {
            case JSON -> context().newJsonParser();
            case XML -> context().newXmlParser();
        };
    }

    static String encode(IBaseResource resource, FhirFormat format) {
        return parser(format).setPrettyPrint(true).encodeResourceToString(resource);
    }
}
