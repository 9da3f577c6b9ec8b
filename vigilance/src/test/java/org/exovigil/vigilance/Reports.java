package org.exovigil.vigilance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.ProductRole;
import org.exovigil.vigilance.model.ProductType;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReactionOutcome;
import org.exovigil.vigilance.model.ReportIdentification;
import org.exovigil.vigilance.model.ReportType;
import org.exovigil.vigilance.model.Route;
import org.exovigil.vigilance.model.SeriousnessCriterion;
import org.exovigil.vigilance.model.Sex;

/** Reports the tests share, built through the same factories as real input. */
public final class Reports {

    private Reports() {}

    public static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

    /** The minimal body of spec/report.md: sepsis after an IV culture supernatant in Tokyo. */
    public static IndividualCaseSafetyReport sepsisAfterSupernatant() {
        return report(
                RECEIVED,
                physician(),
                adultWoman(),
                List.of(reaction(
                        "sepsis",
                        ReactionOutcome.NOT_RECOVERED,
                        SeriousnessCriterion.HOSPITALISATION,
                        SeriousnessCriterion.LIFE_THREATENING)),
                List.of(supernatant()));
    }

    public static IndividualCaseSafetyReport report(
            LocalDate receivedOn,
            List<PrimarySource> sources,
            Patient patient,
            List<Reaction> reactions,
            List<Product> products) {
        ReportIdentification id = ReportIdentification.initial(
                        "CLINIC-42-2026-0001", receivedOn, ReportType.SPONTANEOUS, "JP")
                .value();
        return IndividualCaseSafetyReport.of(
                        id,
                        sources,
                        patient,
                        reactions,
                        products,
                        List.of(),
                        "Fever and hypotension two days after an IV infusion.")
                .value();
    }

    public static List<PrimarySource> physician() {
        return List.of(
                PrimarySource.of(null, null, "JP", Qualification.PHYSICIAN).value());
    }

    public static Patient adultWoman() {
        return Patient.of("AB", 54, null, Sex.FEMALE, null).value();
    }

    public static Reaction reaction(String term, ReactionOutcome outcome, SeriousnessCriterion... criteria) {
        return Reaction.of(term, null, LocalDate.of(2026, 11, 18), outcome, Set.of(criteria))
                .value();
    }

    public static Product supernatant() {
        return Product.of(
                        ProductRole.SUSPECT,
                        "Dental pulp culture supernatant",
                        ProductType.CULTURE_SUPERNATANT,
                        "L-2026-07",
                        Route.IV,
                        "Example Clinic Tokyo",
                        null,
                        null)
                .value();
    }
}
