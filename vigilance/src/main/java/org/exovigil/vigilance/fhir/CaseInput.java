package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirParsing.quoted;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Absent;
import org.exovigil.vigilance.fhir.ResourceIndex.Dangling;
import org.exovigil.vigilance.fhir.ResourceIndex.Found;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.ReportedTerm;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The input of one case as it is read: its resources, and the problems (the case is refused) and notes (read
 * approximately or left out, EXO-1213) found in it, each with the FHIRPath of the element at fault. The
 * readers of each section ({@link PatientReading}, {@link SourceReading}, {@link ReactionReading}, {@link
 * ProductReading}, {@link TestReading}) share it, so that every value is read and every reference followed
 * the same way.
 */
final class CaseInput {

    private final ResourceIndex index;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();

    CaseInput(ResourceIndex index) {
        this.index = index;
    }

    ResourceIndex index() {
        return index;
    }

    List<Problem> problems() {
        return problems;
    }

    List<Problem> notes() {
        return notes;
    }

    // Values.

    /** The text of a concept, or the display or code of its first coding that has one. */
    static String text(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        if (blankToNull(concept.getText()) != null) {
            return concept.getText();
        }
        for (Coding coding : concept.getCoding()) {
            if (blankToNull(coding.getDisplay()) != null) {
                return coding.getDisplay();
            }
        }
        return null;
    }

    /** D.1 and C.2.r.1 as one text: {@code name.text}, else the given and family names as written. */
    static String name(HumanName name) {
        if (blankToNull(name.getText()) != null) {
            return name.getText();
        }
        String joined = Stream.concat(name.getGiven().stream().map(StringType::getValue), Stream.of(name.getFamily()))
                .map(CaseInput::blankToNull)
                .filter(part -> part != null)
                .collect(Collectors.joining(" "));
        return blankToNull(joined);
    }

    LocalDate start(Type when, String path) {
        return switch (when) {
            case null -> null;
            case DateTimeType dateTime -> date(dateTime, path + "DateTime");
            case InstantType instant -> date(instant, path + "Instant");
            case Period period -> date(period.getStartElement(), path + "Period.start");
            default -> {
                note(path, "a %s is not read as a date".formatted(when.fhirType()));
                yield null;
            }
        };
    }

    /** The calendar date of a FHIR date or dateTime as written (its own time zone); a day at least. */
    LocalDate date(BaseDateTimeType value, String path) {
        if (value == null || value.getValueAsString() == null) {
            return null;
        }
        String text = value.getValueAsString();
        if (text.length() < 10) {
            problem(ProblemCode.NOT_A_DATE, path, "expected a full date (YYYY-MM-DD), got " + quoted(text));
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            problem(ProblemCode.NOT_A_DATE, path, "expected a date (YYYY-MM-DD), got " + quoted(text));
        }
        return date;
    }

    /** A FHIR date or dateTime to the precision it was written with (a year, a month, a day or a time). */
    PartialDate partialDate(BaseDateTimeType value, String path) {
        if (value == null || value.getValueAsString() == null) {
            return null;
        }
        String text = value.getValueAsString();
        PartialDate date = PartialDate.ofIso(text);
        if (date == null) {
            problem(ProblemCode.NOT_A_DATE, path, "expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got " + quoted(text));
        }
        return date;
    }

    /** The start of an onset[x] or effective[x] to the precision written. */
    PartialDate partialStart(Type when, String path) {
        return switch (when) {
            case null -> null;
            case DateTimeType dateTime -> partialDate(dateTime, path + "DateTime");
            case Period period -> partialDate(period.getStartElement(), path + "Period.start");
            default -> PartialDate.of(start(when, path));
        };
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    <E extends Enum<E> & Coded> E byE2bCode(
            Class<E> type, ToIntFunction<E> e2bCode, Coding coding, String system, String path) {
        if (system.equals(coding.getSystem())) {
            for (E value : type.getEnumConstants()) {
                if (Integer.toString(e2bCode.applyAsInt(value)).equals(coding.getCode())) {
                    return value;
                }
            }
        }
        problem(
                ProblemCode.NOT_IN_CODE_LIST,
                path,
                "expected a code of %s, got %s in %s"
                        .formatted(system, quoted(coding.getCode()), quoted(coding.getSystem())));
        return null;
    }

    /**
     * The coded term of a concept: its MedDRA coding, else its first coding with a system and a code; the
     * others are noted, as the case model holds one coded term (E.i.2.1, D.7.1.r.1, G.k.7.r.2).
     */
    CodedTerm coded(CodeableConcept concept, String path) {
        List<Coding> usable = concept.getCoding().stream()
                .filter(c -> blankToNull(c.getSystem()) != null && blankToNull(c.getCode()) != null)
                .toList();
        if (usable.isEmpty()) {
            return null;
        }
        Coding chosen = usable.stream()
                .filter(c -> MEDDRA.equals(c.getSystem()) || MEDDRA_OID.equals(c.getSystem()))
                .findFirst()
                .orElse(usable.getFirst());
        if (usable.size() > 1) {
            note(path, "kept one coding, %s; the case model holds one coded term".formatted(chosen.getSystem()));
        }
        return new CodedTerm(terminology(chosen.getSystem()), blankToNull(chosen.getVersion()), chosen.getCode());
    }

    /** A term as reported ({@code text}) and coded: a cause of death, an indication. */
    ReportedTerm reported(CodeableConcept concept, String path) {
        return ReportedTerm.of(concept.getText(), coded(concept, path + ".coding"));
    }

    // Extensions.

    static Extension extension(IBaseHasExtensions holder, String url) {
        for (IBaseExtension<?, ?> extension : holder.getExtension()) {
            if (url.equals(extension.getUrl()) && extension instanceof Extension e) {
                return e;
            }
        }
        return null;
    }

    static List<Extension> extensions(IBaseHasExtensions holder, String url) {
        List<Extension> found = new ArrayList<>();
        for (IBaseExtension<?, ?> extension : holder.getExtension()) {
            if (url.equals(extension.getUrl()) && extension instanceof Extension e) {
                found.add(e);
            }
        }
        return found;
    }

    /** The value of the first extension {@code url}, when it has the expected type; a problem otherwise. */
    <T extends Type> T extensionValue(IBaseHasExtensions holder, String url, Class<T> type, String base) {
        Extension extension = extension(holder, url);
        if (extension == null) {
            return null;
        }
        Type value = extension.getValue();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        problem(
                ProblemCode.NOT_VALID_FHIR,
                extensionPath(base, url) + ".value",
                "expected value%s, got %s"
                        .formatted(type.getSimpleName(), value == null ? "no value" : "value" + value.fhirType()));
        return null;
    }

    static String extensionPath(String base, String url) {
        return "%s.extension('%s')".formatted(base, url);
    }

    /**
     * The resources of type {@code type} that the extensions {@code url} of {@code holder} name, in order; a
     * value that is no reference, or names another type, is a problem.
     */
    <R extends Resource> List<Located> referenced(Located at, DomainResource holder, String url, Class<R> type) {
        List<Located> found = new ArrayList<>();
        List<Extension> listed = extensions(holder, url);
        for (int r = 0; r < listed.size(); r++) {
            String path = "%s.extension('%s')[%d].value".formatted(at.path(), url, r);
            if (!(listed.get(r).getValue() instanceof Reference reference)) {
                problem(ProblemCode.NOT_VALID_FHIR, path, "expected a valueReference to a " + type.getSimpleName());
                continue;
            }
            Located each = follow(reference, at, path);
            if (each != null && type.isInstance(each.resource())) {
                found.add(each);
            } else if (each != null) {
                wrongType(each, path, type.getSimpleName());
            }
        }
        return found;
    }

    // References.

    /** The resource a reference names, or null with a problem when it names none of the input. */
    Located follow(Reference reference, Located from, String path) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        return switch (index.resolve(reference, from)) {
            case Found(Located found) -> {
                refuseWhatChangesMeaning(found);
                yield found;
            }
            case Absent absent -> null;
            case Dangling(String text) -> {
                dangling(path, text);
                yield null;
            }
        };
    }

    /**
     * A reference to a resource the input does not hold. A standalone AdverseEvent whose Patient or
     * Medication is kept elsewhere is ordinary FHIR (HL7's own R4 example is one), so what it names is read
     * as unknown and said so, never refused.
     */
    void dangling(String path, String reference) {
        note(
                path + ".reference",
                "names %s, which the input does not hold; read as unknown".formatted(quoted(reference)));
    }

    void wrongType(Located found, String path, String expected) {
        problem(
                ProblemCode.NOT_REPRESENTED,
                path,
                "expected a %s, got a %s".formatted(expected, found.resource().fhirType()));
    }

    /**
     * A modifier extension or implicit rules change what a resource means; a reader that does not know
     * them must not read it as if they were absent (FHIR R4 §2.18.1, §2.22.0.2).
     */
    void refuseWhatChangesMeaning(Located located) {
        Resource resource = located.resource();
        if (resource instanceof DomainResource domain && domain.hasModifierExtension()) {
            unknownModifier(located.path());
        }
        if (resource.hasImplicitRules()) {
            problem(
                    ProblemCode.NOT_REPRESENTED,
                    located.path() + ".implicitRules",
                    "expected no implicit rules: they may change the meaning in ways this reader cannot know");
        }
    }

    void unknownModifier(String path) {
        String where = path + ".modifierExtension";
        if (problems.stream().noneMatch(p -> p.path().equals(where))) {
            problem(
                    ProblemCode.NOT_REPRESENTED,
                    where,
                    "expected no modifier extension: one this reader does not know changes the meaning of the element");
        }
    }

    // Problems.

    void problem(ProblemCode code, String path, String message) {
        Problem problem = new Problem(code, path, message);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    void note(String path, String message) {
        Problem note = new Problem(ProblemCode.NOT_REPRESENTED, path, message);
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** The value, or null with the problems, each moved from the model's field to the FHIR element. */
    <T> T accept(Checked<T> checked, String base, Map<String, String> fields) {
        Checked<T> mapped = remap(checked, base, fields);
        if (mapped.isAccepted()) {
            return mapped.value();
        }
        mapped.problems().forEach(p -> problem(p.code(), p.path(), p.message()));
        return null;
    }

    static <T> Checked<T> remap(Checked<T> checked, String base, Map<String, String> fields) {
        if (checked.isAccepted()) {
            return checked;
        }
        return Checked.rejected(checked.problems().stream()
                .map(p -> new Problem(p.code(), fields.getOrDefault(p.path(), join(base, p.path())), p.message()))
                .toList());
    }

    static String join(String base, String path) {
        return base.isEmpty() ? path : path.isEmpty() ? base : base + "." + path;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
