package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.*;
import static org.exovigil.vigilance.fhir.FhirCodes.*;
import static org.exovigil.vigilance.fhir.FhirExtensions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.fhir.ResourceIndex.Located;
import org.exovigil.vigilance.model.Coded;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.Highlighting;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.PartialDate;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Severity;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

/**
 * ICH E2B(R3) E.i from FHIR R4: one AdverseEvent's {@code event}, date, outcome, seriousness with its criteria,
 * severity and category.
 */
final class ReactionReading {

    private final CaseInput input;

    ReactionReading(CaseInput input) {
        this.input = input;
    }

    Optional<Reaction> reaction(Located at) {
        AdverseEvent event = (AdverseEvent) at.resource();
        String base = at.path();
        CodeableConcept concept = event.getEvent();
        String term = blankToNull(concept.getText());
        if (term == null) {
            term = concept.getCoding().stream()
                    .map(c -> blankToNull(c.getDisplay()))
                    .filter(d -> d != null)
                    .findFirst()
                    .orElse(null);
        }
        CodedTerm coded = input.coded(concept, base + ".event.coding");
        if (term == null && coded == null) {
            // A reaction named only by its code is lawful, as E.i.1.1a may be left out beside E.i.2.1b.
            input.problem(
                    ProblemCode.MISSING,
                    base + ".event.text",
                    "expected the reaction as reported (ICH E2B(R3) E.i.1.1a) in event.text or a coding's display,"
                            + " or its code");
            return Optional.empty();
        }
        // E.i.4: R4's date is a dateTime, which may be a year, a month, or a moment; the onset is its day.
        PartialDate start = input.partialDate(event.getDateElement(), base + ".date");
        LocalDate onset = start == null ? null : start.date();
        ReactionOutcome outcome = null;
        if (event.hasOutcome()) {
            outcome = event.getOutcome().getCoding().stream()
                    .filter(c -> OUTCOME.equals(c.getSystem()))
                    .map(c -> outcomeOf(c.getCode()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(null);
            if (outcome == null) {
                input.problem(
                        ProblemCode.NOT_IN_CODE_LIST,
                        base + ".outcome",
                        "expected a code of %s (resolved, recovering, ongoing, resolvedWithSequelae, fatal, unknown)"
                                .formatted(OUTCOME));
            }
        }
        Set<SeriousnessCriterion> criteria = seriousness(event, base);
        CodeType language = input.extensionValue(event, EXT_REACTION_LANGUAGE, CodeType.class, base);
        StringType translation = input.extensionValue(event, EXT_REACTION_TRANSLATION, StringType.class, base);
        Coding highlighting = input.extensionValue(event, EXT_HIGHLIGHTING, Coding.class, base);
        String endPath = extensionPath(base, EXT_REACTION_END) + ".value";
        BooleanType confirmed = input.extensionValue(event, EXT_MEDICALLY_CONFIRMED, BooleanType.class, base);
        BooleanType intervention = input.extensionValue(event, EXT_REQUIRED_INTERVENTION, BooleanType.class, base);
        CodeType onsetUnknown = input.extensionValue(event, EXT_ONSET_UNKNOWN, CodeType.class, base);
        CodeType country = input.extensionValue(event, EXT_REACTION_COUNTRY, CodeType.class, base);
        ReactionDetails details = ReactionDetails.of(
                language == null ? null : language.getValue(),
                translation == null ? null : translation.getValue(),
                highlighting == null
                        ? null
                        : input.byE2bCode(
                                Highlighting.class,
                                Highlighting::e2bCode,
                                highlighting,
                                E_I_3_1_HIGHLIGHTED,
                                extensionPath(base, EXT_HIGHLIGHTING) + ".value"),
                input.partialDate(input.extensionValue(event, EXT_REACTION_END, BaseDateTimeType.class, base), endPath),
                confirmed == null ? null : confirmed.getValue(),
                intervention == null ? null : intervention.getValue(),
                onsetUnknown == null ? null : NullFlavor.of(onsetUnknown.getValue()),
                severity(event, base),
                categories(event, base),
                start != null && !start.equals(PartialDate.of(onset)) ? start : null,
                country == null ? null : blankToNull(country.getValue()));
        return Optional.ofNullable(input.accept(
                Reaction.of(term, coded, onset, outcome, criteria, details),
                "",
                Map.of(
                        "term", base + ".event.text",
                        "details.translation", extensionPath(base, EXT_REACTION_TRANSLATION) + ".value",
                        "details.endedOn", endPath)));
    }

    /** AdverseEvent.severity, whose R4 value set is required: mild, moderate or severe. */
    private Severity severity(AdverseEvent event, String base) {
        if (!event.hasSeverity()) {
            return null;
        }
        for (Coding coding : event.getSeverity().getCoding()) {
            if (SEVERITY.equals(coding.getSystem())) {
                Optional<Severity> severity = Coded.fromCode(Severity.class, coding.getCode());
                if (severity.isPresent()) {
                    return severity.get();
                }
            }
        }
        input.note(base + ".severity", "not kept: expected mild, moderate or severe of " + SEVERITY);
        return null;
    }

    /** AdverseEvent.category, every coding kept as the sender coded it (R4's binding is extensible). */
    private List<CodedTerm> categories(AdverseEvent event, String base) {
        List<CodedTerm> categories = new ArrayList<>();
        for (int c = 0; c < event.getCategory().size(); c++) {
            List<Coding> codings = event.getCategory().get(c).getCoding();
            int before = categories.size();
            for (Coding coding : codings) {
                if (blankToNull(coding.getSystem()) != null && blankToNull(coding.getCode()) != null) {
                    categories.add(new CodedTerm(
                            terminology(coding.getSystem()), blankToNull(coding.getVersion()), coding.getCode()));
                }
            }
            if (categories.size() == before) {
                input.note(base + ".category[%d]".formatted(c), "not kept: a category without a coded system and code");
            }
        }
        return categories;
    }

    /**
     * The criteria of the extension; else criteria coded in {@code seriousness} itself; else, for a bare
     * "Serious", E.i.3.2f, the criterion every serious case without another meets (ICH E2A §II.B), so a
     * serious reaction is never read as non-serious.
     */
    private Set<SeriousnessCriterion> seriousness(AdverseEvent event, String base) {
        Set<SeriousnessCriterion> criteria = EnumSet.noneOf(SeriousnessCriterion.class);
        List<Extension> listed = extensions(event, EXT_SERIOUSNESS_CRITERION);
        for (int c = 0; c < listed.size(); c++) {
            String path = base + ".extension('%s')[%d].value".formatted(EXT_SERIOUSNESS_CRITERION, c);
            List<Coding> codings = listed.get(c).getValue() instanceof CodeableConcept cc
                    ? cc.getCoding()
                    : listed.get(c).getValue() instanceof Coding one ? List.of(one) : List.of();
            Optional<SeriousnessCriterion> criterion = codings.stream()
                    .map(FhirCodes::criterionOf)
                    .flatMap(Optional::stream)
                    .findFirst();
            if (criterion.isPresent()) {
                criteria.add(criterion.get());
            } else {
                input.problem(
                        ProblemCode.NOT_IN_CODE_LIST,
                        path,
                        "expected a seriousness criterion of %s or the ICH observation codes".formatted(SERIOUSNESS));
            }
        }
        List<Coding> stated = event.getSeriousness().getCoding().stream()
                .filter(c -> SERIOUSNESS.equals(c.getSystem()))
                .toList();
        boolean serious = stated.stream().anyMatch(c -> !"Non-serious".equals(c.getCode()));
        boolean nonSerious = stated.stream().anyMatch(c -> "Non-serious".equals(c.getCode()));
        if (criteria.isEmpty()) {
            stated.stream()
                    .map(FhirCodes::criterionOf)
                    .flatMap(Optional::stream)
                    .forEach(criteria::add);
        }
        if (criteria.isEmpty() && serious) {
            criteria.add(SeriousnessCriterion.OTHER_MEDICALLY_IMPORTANT);
            input.note(
                    base + ".seriousness",
                    "serious without a criterion: read as other medically important condition (E.i.3.2f)");
        }
        if (!criteria.isEmpty() && nonSerious) {
            input.note(base + ".seriousness", "says non-serious but names criteria; the criteria are kept");
        }
        return criteria;
    }
}
