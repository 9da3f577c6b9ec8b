package org.exovigil.vigilance.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;

/**
 * Reads FHIR R4 JSON or XML into reports: a Bundle of any type ({@code collection} as {@link FhirWriter}
 * writes it, {@code transaction} or {@code batch} as a client posts it, {@code searchset} as a server
 * answers), or a single AdverseEvent with its resources contained. The AdverseEvents that share an
 * {@code identifier}, case version and subject are one case, as {@link FhirWriter} describes; an AdverseEvent
 * without an identifier is a case of its own, and rejected, because a report needs the sender's id
 * (ICH E2B(R3) C.1.1).
 *
 * <p>The input is untrusted. What comes back is never an exception but a {@link Checked}: rejected with
 * the problems of the input as a whole (EXO-1200 not JSON, EXO-1209 not XML, EXO-1210 a DOCTYPE or entity,
 * EXO-1211 too large, EXO-1216 neither a Bundle nor an AdverseEvent, or no AdverseEvent in the Bundle,
 * EXO-1208 an element FHIR R4 does not define, EXO-1204 and EXO-1218 a value of the wrong form), otherwise
 * accepted with one {@link FhirCase} per case, each holding its report or its own problems, every one
 * with the FHIRPath of the element at fault. Parsing is described on {@code FhirParsing}: HAPI's parser
 * with every complaint collected, DTDs refused, a size limit. Reading does not run the profile validator
 * (seconds, not milliseconds); {@link FhirValidation} does, when the caller wants it.
 *
 * <p>A reader is immutable and thread-safe.
 */
public final class FhirReader {

    /** 16 Mi characters: a case is kilobytes; an export of thousands of cases fits, a memory attack does not. */
    public static final long DEFAULT_SIZE_LIMIT = 16L * 1024 * 1024;

    private final long sizeLimit;
    private final Clock clock;

    private FhirReader(long sizeLimit, Clock clock) {
        this.sizeLimit = sizeLimit;
        this.clock = clock;
    }

    public static FhirReader withDefaults() {
        return new FhirReader(DEFAULT_SIZE_LIMIT, Clock.systemUTC());
    }

    /**
     * A reader whose "today" comes from {@code clock}: the day a report reaches it stands for C.1.4 when the
     * AdverseEvent has no {@code recordedDate}, which R4 makes optional.
     */
    public FhirReader withClock(Clock clock) {
        return new FhirReader(sizeLimit, clock);
    }

    /** A reader that refuses inputs longer than {@code characters}. */
    public FhirReader withSizeLimit(long characters) {
        if (characters < 1) {
            throw new IllegalArgumentException("a size limit is at least 1 character, got " + characters);
        }
        return new FhirReader(characters, clock);
    }

    /** Every case of the body. */
    public Checked<List<FhirCase>> read(String body, FhirFormat format) {
        Checked<IBaseResource> parsed = FhirParsing.parse(body, format, sizeLimit);
        return parsed.isAccepted() ? read(parsed.value()) : Checked.rejected(parsed.problems());
    }

    /** Every case of a UTF-8 stream, read up to the size limit (FHIR R4 §3.1.0.1.8: always UTF-8). */
    public Checked<List<FhirCase>> read(InputStream in, FhirFormat format) {
        byte[] bytes;
        try {
            // A character takes at most 4 bytes in UTF-8.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, sizeLimit * 4 + 1));
        } catch (IOException e) {
            return Checked.rejected(Problem.of(ProblemCode.UNREADABLE, "could not read the input: " + e.getMessage()));
        }
        if (bytes.length > sizeLimit * 4) {
            return Checked.rejected(Problem.of(
                    ProblemCode.TOO_LARGE, "expected at most %,d characters, got more".formatted(sizeLimit)));
        }
        try {
            String body = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return read(body.startsWith("\uFEFF") ? body.substring(1) : body, format);
        } catch (CharacterCodingException e) {
            return Checked.rejected(Problem.of(
                    format == FhirFormat.JSON ? ProblemCode.NOT_JSON : ProblemCode.NOT_XML,
                    "expected UTF-8, as FHIR requires; the input holds bytes that are not"));
        }
    }

    /**
     * The one case of the body, as {@code POST /fhir/AdverseEvent} receives it: the problems of the input
     * and of the case together; more than one case is a problem (EXO-1216).
     */
    public Checked<IndividualCaseSafetyReport> readOne(String body, FhirFormat format) {
        Checked<List<FhirCase>> cases = read(body, format);
        if (!cases.isAccepted()) {
            return Checked.rejected(cases.problems());
        }
        List<FhirCase> all = cases.value();
        if (all.size() > 1) {
            return Checked.rejected(Problem.of(
                    ProblemCode.NOT_A_FHIR_CASE,
                    "expected one case, got %d (identifiers %s)"
                            .formatted(
                                    all.size(),
                                    all.stream().map(FhirCase::identifier).toList())));
        }
        return all.getFirst().report();
    }

    /** Every case of a resource already parsed (a Bundle or an AdverseEvent), e.g. by a HAPI server. */
    public Checked<List<FhirCase>> read(IBaseResource resource) {
        ResourceIndex index;
        List<Located> events = new ArrayList<>();
        switch (resource) {
            case Bundle bundle -> {
                index = ResourceIndex.of(bundle);
                for (Located located : index.all()) {
                    if (located.resource() instanceof AdverseEvent && located.container() == located.resource()) {
                        events.add(located);
                    }
                }
                if (events.isEmpty()) {
                    return Checked.rejected(new Problem(
                            ProblemCode.NOT_A_FHIR_CASE,
                            "Bundle.entry",
                            "expected at least one AdverseEvent among the %d entries"
                                    .formatted(bundle.getEntry().size())));
                }
            }
            case AdverseEvent event -> {
                index = ResourceIndex.of(event);
                events.add(index.locate(event));
            }
            case null -> throw new NullPointerException("resource");
            default -> {
                return Checked.rejected(Problem.of(
                        ProblemCode.NOT_A_FHIR_CASE,
                        "expected a Bundle or an AdverseEvent, got a " + resource.fhirType()));
            }
        }
        Map<String, List<Located>> byCase = new LinkedHashMap<>();
        for (int e = 0; e < events.size(); e++) {
            byCase.computeIfAbsent(caseKey((AdverseEvent) events.get(e).resource(), e), k -> new ArrayList<>())
                    .add(events.get(e));
        }
        List<FhirCase> cases = new ArrayList<>();
        for (List<Located> caseEvents : byCase.values()) {
            cases.add(readCase(index, caseEvents));
        }
        return Checked.accepted(cases);
    }

    /**
     * One case; a defect of this reader on some input it did not foresee becomes that case's problem
     * (naming itself a defect, so tests can tell it from a fault of the input), never an exception.
     */
    private FhirCase readCase(ResourceIndex index, List<Located> events) {
        try {
            return CaseReading.read(index, events, LocalDate.now(clock));
        } catch (RuntimeException e) {
            AdverseEvent first = (AdverseEvent) events.getFirst().resource();
            return new FhirCase(
                    first.hasIdentifier() ? first.getIdentifier().getValue() : null,
                    Checked.rejected(new Problem(
                            ProblemCode.NOT_VALID_FHIR,
                            events.getFirst().path(),
                            READER_DEFECT + FhirParsing.clean(String.valueOf(e)))),
                    List.of());
        }
    }

    /** The start of the message of a problem that is a defect of this reader, not of the input. */
    static final String READER_DEFECT = "the reader failed on this case, a defect of Exovigil to report: ";

    /**
     * What the AdverseEvents of one case share: identifier, case version and subject (two reports that
     * carry the same id are still two cases when they are about two patients); unique without identifier.
     */
    private static String caseKey(AdverseEvent event, int position) {
        Identifier id = event.getIdentifier();
        if (id == null || id.getValue() == null || id.getValue().isBlank()) {
            return "no identifier #" + position;
        }
        Extension version = CaseInput.extension(event, FhirExtensions.EXT_CASE_VERSION);
        String number = version == null || version.getValue() == null
                ? ""
                : version.getValue().primitiveValue();
        String subject = event.getSubject().getReference();
        return "%s|%s|%s|%s".formatted(id.getSystem(), id.getValue().strip(), number, subject);
    }
}
