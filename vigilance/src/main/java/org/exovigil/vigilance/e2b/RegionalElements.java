package org.exovigil.vigilance.e2b;

import java.util.List;
import java.util.function.UnaryOperator;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.model.Patient;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Product;
import org.exovigil.vigilance.model.Reaction;
import org.exovigil.vigilance.model.ReportContext;
import org.exovigil.vigilance.model.ReportContext.Study;
import org.exovigil.vigilance.model.ReporterDetails;

/**
 * The one list of the case model's regional elements: which region's guide defines each, and the report without
 * it. {@link ExportProfile#shape} leaves out every element of another region, so the writers write what the
 * model holds and never ask who the receiver is. A new regional element is one more line here.
 */
final class RegionalElements {

    /**
     * One regional element.
     *
     * @param number  its number in the regional guide, e.g. {@code FDA.D.12}
     * @param region  the profile whose guide defines it
     * @param without the report with this element left out
     */
    record RegionalElement(String number, ExportProfile region, UnaryOperator<IndividualCaseSafetyReport> without) {}

    /**
     * The regional elements the case model holds: FDA's (FDA Regional E2B(R3) Data Elements and Business Rules) and
     * PMDA's J elements (the MHLW/PMDA notification on E2B(R3) ICSRs). The EU ICSR Implementation Guide adds none
     * that the model holds.
     */
    static final List<RegionalElement> ALL = List.of(
            new RegionalElement(
                    "FDA.C.1.7.1",
                    ExportProfile.FDA,
                    report -> withContext(report, c -> c.withFdaElements(null, c.combinationProduct()))),
            new RegionalElement(
                    "FDA.C.1.12",
                    ExportProfile.FDA,
                    report -> withContext(report, c -> c.withFdaElements(c.localCriteriaReportType(), null))),
            new RegionalElement("FDA.C.2.r.2.8", ExportProfile.FDA, RegionalElements::withoutReporterEmail),
            new RegionalElement(
                    "FDA.C.5.5a, FDA.C.5.5b, FDA.C.5.6.r",
                    ExportProfile.FDA,
                    report -> withContext(
                            report,
                            c -> c.study() == null
                                    ? c
                                    : c.withStudy(new Study(
                                            c.study().registrations().stream()
                                                    .filter(r -> r.register() == Study.Register.STUDY)
                                                    .toList(),
                                            c.study().name(),
                                            c.study().sponsorNumber(),
                                            c.study().type())))),
            new RegionalElement(
                    "FDA.D.11.r",
                    ExportProfile.FDA,
                    report -> withPatient(report, p -> p.withFdaOrigins(List.of(), p.ethnicity()))),
            new RegionalElement(
                    "FDA.D.12",
                    ExportProfile.FDA,
                    report -> withPatient(report, p -> p.withFdaOrigins(p.race(), null))),
            new RegionalElement(
                    "FDA.E.i.3.2h",
                    ExportProfile.FDA,
                    report -> withReactions(
                            report,
                            r -> r.details() == null
                                    ? r
                                    : new Reaction(
                                            r.term(),
                                            r.codedTerm(),
                                            r.onset(),
                                            r.outcome(),
                                            r.seriousness(),
                                            r.details().withRequiredIntervention(null)))),
            new RegionalElement(
                    "FDA.G.k.1.a, FDA.G.k.10.1, FDA.G.k.10a, FDA.G.k.12.r",
                    ExportProfile.FDA,
                    report -> withProducts(
                            report,
                            p -> p.details() == null
                                    ? p
                                    : new Product(
                                            p.role(),
                                            p.name(),
                                            p.type(),
                                            p.lot(),
                                            p.route(),
                                            p.provider(),
                                            p.dose(),
                                            p.startedOn(),
                                            p.routeAsReported(),
                                            p.details().withFda(null)))),
            new RegionalElement(
                    "J2.1a, J2.1b, J2.2.1",
                    ExportProfile.PMDA,
                    report -> withContext(report, c -> c.pmda() == null ? c : c.withPmda(null))));

    private RegionalElements() {}

    /** The report without the regional elements of any region but {@code profile}'s. */
    static IndividualCaseSafetyReport keepOnly(ExportProfile profile, IndividualCaseSafetyReport report) {
        IndividualCaseSafetyReport shaped = report;
        for (RegionalElement element : ALL) {
            if (element.region() != profile) {
                shaped = element.without().apply(shaped);
            }
        }
        return shaped;
    }

    private static IndividualCaseSafetyReport withContext(
            IndividualCaseSafetyReport report, UnaryOperator<ReportContext> change) {
        ReportContext context = report.identification().context();
        return context == null
                ? report
                : report.withIdentification(report.identification().withContext(change.apply(context)));
    }

    /** The patient and, for a parent-child report, the parent (D.10), who carries the same elements. */
    private static IndividualCaseSafetyReport withPatient(
            IndividualCaseSafetyReport report, UnaryOperator<Patient> change) {
        Patient patient = change.apply(report.patient());
        Patient parent = patient.parent() == null ? null : change.apply(patient.parent());
        return new IndividualCaseSafetyReport(
                report.identification(),
                report.primarySources(),
                patient.withParent(parent),
                report.reactions(),
                report.products(),
                report.tests(),
                report.narrative(),
                report.comments());
    }

    private static IndividualCaseSafetyReport withReactions(
            IndividualCaseSafetyReport report, UnaryOperator<Reaction> change) {
        return new IndividualCaseSafetyReport(
                report.identification(),
                report.primarySources(),
                report.patient(),
                report.reactions().stream().map(change).toList(),
                report.products(),
                report.tests(),
                report.narrative(),
                report.comments());
    }

    private static IndividualCaseSafetyReport withProducts(
            IndividualCaseSafetyReport report, UnaryOperator<Product> change) {
        return new IndividualCaseSafetyReport(
                report.identification(),
                report.primarySources(),
                report.patient(),
                report.reactions(),
                report.products().stream().map(change).toList(),
                report.tests(),
                report.narrative(),
                report.comments());
    }

    private static IndividualCaseSafetyReport withoutReporterEmail(IndividualCaseSafetyReport report) {
        List<PrimarySource> sources = report.primarySources().stream()
                .map(s -> s.details() == null || s.details().email() == null
                        ? s
                        : new PrimarySource(
                                s.name(), s.organisation(), s.country(), s.qualification(), withoutEmail(s.details())))
                .toList();
        return new IndividualCaseSafetyReport(
                report.identification(),
                sources,
                report.patient(),
                report.reactions(),
                report.products(),
                report.tests(),
                report.narrative(),
                report.comments());
    }

    private static ReporterDetails withoutEmail(ReporterDetails d) {
        return ReporterDetails.of(
                d.title(),
                d.givenName(),
                d.middleName(),
                d.familyName(),
                d.department(),
                d.street(),
                d.city(),
                d.state(),
                d.postcode(),
                d.telephone(),
                null);
    }
}
