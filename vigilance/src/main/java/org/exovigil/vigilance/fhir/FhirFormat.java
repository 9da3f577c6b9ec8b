package org.exovigil.vigilance.fhir;

import java.util.Locale;
import java.util.Optional;

/**
 * The two FHIR R4 wire formats (FHIR R4 §3.1.0.1.8, Formats): JSON ({@code application/fhir+json}) and
 * XML ({@code application/fhir+xml}), both UTF-8.
 */
public enum FhirFormat {
    JSON("application/fhir+json"),
    XML("application/fhir+xml");

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The FHIR media type, for a {@code Content-Type} header. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format a {@code Content-Type} or {@code _format} value names: the FHIR media types, their
     * generic {@code application/json} and {@code application/xml} (and {@code text/xml}), and the short
     * forms {@code json} and {@code xml}; parameters such as {@code ;charset=utf-8} are ignored.
     */
    public static Optional<FhirFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/fhir+json", "application/json", "json" -> Optional.of(JSON);
            case "application/fhir+xml", "application/xml", "text/xml", "xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }

    /**
     * The format a body looks like from its first character that is not white space or a byte order mark:
     * {@code <} XML, {@code {} JSON; empty when it is neither.
     */
    public static Optional<FhirFormat> detect(String body) {
        if (body == null) {
            return Optional.empty();
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '<') {
                return Optional.of(XML);
            }
            if (c == '{') {
                return Optional.of(JSON);
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
