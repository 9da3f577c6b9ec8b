package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.putText;

import java.util.Set;
import org.exovigil.vigilance.model.PrimarySource;
import org.exovigil.vigilance.model.Qualification;
import org.exovigil.vigilance.model.ReporterDetails;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code reporter} and each of {@code otherReporters}: ICH E2B(R3) C.2.r, {name, organisation, country,
 * qualification, details {title, givenName, middleName, familyName, department, street, city, state, postcode,
 * telephone, email}}.
 */
final class ReporterJson {

    static final Set<String> FIELDS = Set.of("name", "organisation", "country", "qualification", "details");
    private static final Set<String> DETAILS = Set.of(
            "title",
            "givenName",
            "middleName",
            "familyName",
            "department",
            "street",
            "city",
            "state",
            "postcode",
            "telephone",
            "email");

    private ReporterJson() {}

    static PrimarySource read(JsonFields reporter) {
        return reporter == null
                ? null
                : reporter.accept(PrimarySource.of(
                        reporter.text("name"),
                        reporter.text("organisation"),
                        reporter.text("country"),
                        reporter.code("qualification", Qualification.class),
                        reporterDetails(reporter.object("details", DETAILS))));
    }

    private static ReporterDetails reporterDetails(JsonFields d) {
        return d == null
                ? null
                : ReporterDetails.of(
                        d.text("title"),
                        d.text("givenName"),
                        d.text("middleName"),
                        d.text("familyName"),
                        d.text("department"),
                        d.text("street"),
                        d.text("city"),
                        d.text("state"),
                        d.text("postcode"),
                        d.text("telephone"),
                        d.text("email"));
    }

    static void write(ObjectNode node, PrimarySource source) {
        putText(node, "name", source.name());
        putText(node, "organisation", source.organisation());
        putText(node, "country", source.country());
        putText(
                node,
                "qualification",
                source.qualification() == null ? null : source.qualification().code());
        ReporterDetails d = source.details();
        if (d != null) {
            ObjectNode details = node.putObject("details");
            putText(details, "title", d.title());
            putText(details, "givenName", d.givenName());
            putText(details, "middleName", d.middleName());
            putText(details, "familyName", d.familyName());
            putText(details, "department", d.department());
            putText(details, "street", d.street());
            putText(details, "city", d.city());
            putText(details, "state", d.state());
            putText(details, "postcode", d.postcode());
            putText(details, "telephone", d.telephone());
            putText(details, "email", d.email());
        }
    }
}
