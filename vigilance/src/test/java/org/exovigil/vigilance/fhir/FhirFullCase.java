package org.exovigil.vigilance.fhir;

import java.util.List;
import org.exovigil.vigilance.e2b.E2bFixtures;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionDetails;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.Severity;

/**
 * A case that fills every element of the case model, and some twice: the E2B tests' own ({@link
 * E2bFixtures#rich()}), with what FHIR adds beside it (a severity and a category of the reaction that has
 * details, the namespace of the sender's report id).
 */
final class FhirFullCase {

    private FhirFullCase() {}

    static IndividualCaseSafetyReport report() {
        IndividualCaseSafetyReport rich = E2bFixtures.rich();
        ReportContext c = rich.identification().context();
        ReportContext context = new ReportContext(
                c.additionalDocuments(),
                c.documentTitles(),
                c.localCriteria(),
                c.firstSender(),
                c.linkedReports(),
                c.literature(),
                c.study(),
                c.localCriteriaReportType(),
                c.combinationProduct(),
                c.receivedAt(),
                c.mostRecentInfoAt(),
                c.caseIdSources(),
                c.attachments(),
                "urn:oid:2.16.840.1.113883.3.989.5.1.3.2.1",
                c.pmda(),
                null);
        List<Reaction> reactions =
                rich.reactions().stream().map(FhirFullCase::withFhirFacts).toList();
        return new IndividualCaseSafetyReport(
                rich.identification().withContext(context),
                rich.primarySources(),
                rich.patient(),
                reactions,
                rich.products(),
                rich.tests(),
                rich.narrative(),
                rich.comments());
    }

    private static Reaction withFhirFacts(Reaction reaction) {
        ReactionDetails d = reaction.details();
        if (d == null) {
            return reaction;
        }
        ReactionDetails more = new ReactionDetails(
                d.language(),
                d.translation(),
                d.highlighting(),
                d.endedOn(),
                d.medicallyConfirmed(),
                d.requiredIntervention(),
                d.onsetUnknown(),
                Severity.SEVERE,
                List.of(new CodedTerm(
                        "http://terminology.hl7.org/CodeSystem/adverse-event-category", null, "wrong-dose")),
                d.onsetAsSent(),
                d.country());
        return new Reaction(
                reaction.term(),
                reaction.codedTerm(),
                reaction.onset(),
                reaction.outcome(),
                reaction.seriousness(),
                more);
    }
}
