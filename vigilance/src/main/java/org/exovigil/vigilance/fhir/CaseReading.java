package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Nullification;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.Relatedness;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.TestResult;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads one case, the AdverseEvents that share an identifier, into a report: the inverse of {@link
 * CaseWriting}, and tolerant of what other senders write after the R4 examples (a Medication named
 * directly as the suspect entity, a MedicationAdministration or MedicationStatement, a seriousness
 * criterion put into {@code seriousness} itself, a name instead of initials, a birth date instead of an
 * age). Every fault is a problem with the FHIRPath of the element at fault; what is read approximately
 * or left out is a note (EXO-1213).
 */
final class CaseReading {

    private final CaseInput input;
    private final LocalDate today;
    private final List<Located> events;

    private CaseReading(ResourceIndex index, List<Located> events, LocalDate today) {
        this.input = new CaseInput(index);
        this.events = events;
        this.today = today;
    }

    /**
     * The case of {@code events} (AdverseEvents of the input, in input order, at least one); {@code today}
     * is the day the input reached the reader.
     */
    static FhirCase read(ResourceIndex index, List<Located> events, LocalDate today) {
        return new CaseReading(index, events, today).read();
    }

    private FhirCase read() {
        Located first = events.getFirst();
        AdverseEvent event = (AdverseEvent) first.resource();
        String identifier =
                event.hasIdentifier() ? blankToNull(event.getIdentifier().getValue()) : null;
        for (Located located : events) {
            AdverseEvent each = (AdverseEvent) located.resource();
            input.refuseWhatChangesMeaning(located);
            if (each.getActuality() == AdverseEvent.AdverseEventActuality.POTENTIAL) {
                input.problem(
                        ProblemCode.NOT_REPRESENTED,
                        located.path() + ".actuality",
                        "expected actual: a potential adverse event (a near miss) is not a case safety report");
            }
        }
        ReportIdentification identification = identification(first);
        List<Located> products = new ArrayList<>();
        Set<Located> suspected = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Located> tests = new ArrayList<>();
        ProductReading drugs = new ProductReading(input);
        drugs.entities(events, products, suspected, tests);
        org.exovigil.vigilance.model.Patient patient = new PatientReading(input, events).patient(first);
        List<PrimarySource> sources = new SourceReading(input).sources(first);
        ReactionReading reading = new ReactionReading(input);
        List<Reaction> reactions = new ArrayList<>();
        List<String> reactionPaths = new ArrayList<>();
        Map<Located, Integer> reactionOf = new HashMap<>();
        for (Located located : events) {
            AdverseEvent each = (AdverseEvent) located.resource();
            if (each.hasEvent()) {
                reading.reaction(located).ifPresent(r -> {
                    reactionOf.put(located, reactions.size());
                    reactions.add(r);
                    reactionPaths.add(located.path());
                });
            }
        }
        Map<Located, List<Relatedness>> assessed = new DrugDetailsReading(input).relatedness(events, reactionOf);
        List<Product> productList = new ArrayList<>();
        for (Located product : products) {
            drugs.product(product, suspected.contains(product), assessed.getOrDefault(product, List.of()))
                    .ifPresent(productList::add);
        }
        List<TestResult> testList = new ArrayList<>();
        TestReading testReading = new TestReading(input);
        for (Located test : tests) {
            testReading.test(test).ifPresent(testList::add);
        }
        String narrativePath = extensionPath(first.path(), EXT_CASE_NARRATIVE);
        StringType narrative = input.extensionValue(event, EXT_CASE_NARRATIVE, StringType.class, first.path());
        Checked<IndividualCaseSafetyReport> report = null;
        if (input.problems().isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("narrative", narrativePath + ".value");
            for (int i = 0; i < reactionPaths.size(); i++) {
                fields.put("reactions[%d].onset".formatted(i), reactionPaths.get(i) + ".date");
            }
            Checked<IndividualCaseSafetyReport> built = IndividualCaseSafetyReport.of(
                    identification,
                    sources,
                    patient,
                    reactions,
                    productList,
                    testList,
                    narrative == null ? null : narrative.getValue(),
                    new ContextReading(input).comments(first));
            report = remap(built, "", fields);
        }
        if (report == null) {
            report = Checked.rejected(input.problems());
        }
        return new FhirCase(identifier, report, input.notes());
    }

    // C.1 identification.

    private ReportIdentification identification(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        String base = at.path();
        String sender =
                event.hasIdentifier() ? blankToNull(event.getIdentifier().getValue()) : null;
        if (sender == null) {
            input.problem(
                    ProblemCode.MISSING,
                    base + ".identifier.value",
                    "expected the sender's report id (ICH E2B(R3) C.1.1), which names the case");
        }
        Identifier worldwide = input.extensionValue(event, EXT_WORLDWIDE_CASE_ID, Identifier.class, base);
        PositiveIntType version = input.extensionValue(event, EXT_CASE_VERSION, PositiveIntType.class, base);
        LocalDate received = input.date(event.getRecordedDateElement(), base + ".recordedDate");
        if (received == null && !event.hasRecordedDate()) {
            // R4 makes recordedDate optional (0..1); E2B needs C.1.4, so the day of receipt stands for it.
            received = today;
            input.note(
                    base + ".recordedDate",
                    "not given; the day the report reached Exovigil, %s, is taken as the date it was first received (C.1.4)"
                            .formatted(today));
        }
        DateType recent = input.extensionValue(event, EXT_MOST_RECENT_INFORMATION, DateType.class, base);
        LocalDate mostRecent = input.date(recent, extensionPath(base, EXT_MOST_RECENT_INFORMATION) + ".value");
        Coding typeCoding = input.extensionValue(event, EXT_REPORT_TYPE, Coding.class, base);
        ReportType type = null;
        if (typeCoding != null) {
            type = input.byE2bCode(
                    ReportType.class,
                    ReportType::e2bCode,
                    typeCoding,
                    C_1_3_REPORT_TYPE,
                    extensionPath(base, EXT_REPORT_TYPE) + ".value");
        }
        Nullification nullification = nullification(event, base);
        String locationPath = base + ".location";
        String country = null;
        Located place = input.follow(event.getLocation(), at, base + ".location");
        if (place != null) {
            if (place.resource() instanceof Location location) {
                locationPath = place.path();
                country = blankToNull(location.getAddress().getCountry());
            } else {
                input.wrongType(place, base + ".location", "Location");
            }
        }
        int number = version == null || version.getValue() == null ? 1 : version.getValue();
        Map<String, String> fields = Map.of(
                "senderReportId", base + ".identifier.value",
                "worldwideUniqueId", extensionPath(base, EXT_WORLDWIDE_CASE_ID) + ".value.value",
                "version", extensionPath(base, EXT_CASE_VERSION) + ".value",
                "receivedOn", base + ".recordedDate",
                "mostRecentInfoOn", extensionPath(base, EXT_MOST_RECENT_INFORMATION) + ".value",
                "country", locationPath + ".address.country");
        if (sender == null || received == null) {
            return null;
        }
        List<String> otherCaseIds = event.getExtensionsByUrl(EXT_OTHER_CASE_ID).stream()
                .map(Extension::getValue)
                .filter(Identifier.class::isInstance)
                .map(value -> ((Identifier) value).getValue())
                .filter(java.util.Objects::nonNull)
                .toList();
        ReportIdentification identification = input.accept(
                ReportIdentification.of(
                        sender,
                        worldwide == null ? null : worldwide.getValue(),
                        number,
                        received,
                        mostRecent,
                        type,
                        country,
                        nullification),
                "",
                fields);
        if (identification == null) {
            return null;
        }
        // A namespace other than the C.1.1 OID is the sender's own, kept so that it finds its case again.
        String system = blankToNull(event.getIdentifier().getSystem());
        ContextReading context = new ContextReading(input);
        return identification
                .withOtherCaseIds(otherCaseIds)
                .withSender(context.sender(at))
                .withContext(context.context(at, C_1_1_SENDER_REPORT_ID.equals(system) ? null : system));
    }

    private Nullification nullification(AdverseEvent event, String base) {
        Extension extension = extension(event, EXT_NULLIFICATION);
        if (extension == null) {
            return null;
        }
        String path = extensionPath(base, EXT_NULLIFICATION);
        Coding kind = input.extensionValue(extension, "kind", Coding.class, path);
        StringType reason = input.extensionValue(extension, "reason", StringType.class, path);
        Nullification.Kind read = kind == null
                ? null
                : input.byE2bCode(
                        Nullification.Kind.class,
                        Nullification.Kind::e2bCode,
                        kind,
                        C_1_11_1_NULLIFICATION,
                        extensionPath(path, "kind") + ".value");
        String because = reason == null ? null : blankToNull(reason.getValue());
        if (kind == null || because == null) {
            input.problem(
                    ProblemCode.MISSING,
                    path,
                    "expected a kind (1 nullification, 2 amendment) and a reason (ICH E2B(R3) C.1.11.1-2)");
        }
        if (read == null || because == null) {
            return null;
        }
        return new Nullification(read, because);
    }
}
