package org.exovigil.vigilance.model;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;

/**
 * ICH E2B(R3) C.2.r, a primary source of the information (the reporter). Every field may be unknown;
 * the reporter is identifiable when at least one is given (ICH E2B(R3) IG §3.3.1). Name and
 * organisation are personal data: the application stores them apart from the clinical data.
 *
 * @param name          C.2.r.1 reporter's name, as one text (given and family names as reported)
 * @param organisation  C.2.r.2.1 reporter's organisation (e.g. the clinic)
 * @param country       C.2.r.3 ISO 3166-1 alpha-2
 * @param qualification C.2.r.4
 * @param details       the name's parts and the address (C.2.r.1.1-4, C.2.r.2.2-7), as another system sent them;
 *                      null when none were sent
 */
public record PrimarySource(
        String name, String organisation, String country, Qualification qualification, ReporterDetails details) {

    public static Checked<PrimarySource> of(
            String name, String organisation, String country, Qualification qualification) {
        return of(name, organisation, country, qualification, null);
    }

    public static Checked<PrimarySource> of(
            String name, String organisation, String country, Qualification qualification, ReporterDetails details) {
        List<Problem> problems = new ArrayList<>();
        String n = ElementRules.trimmedOrNull(name);
        String o = ElementRules.trimmedOrNull(organisation);
        // C.2.r.1.2-4 allow 35 + 15 + 50 characters; one text keeps the person's own order of names.
        ElementRules.maxLength("name", n, 100, problems);
        ElementRules.maxLength("organisation", o, 60, problems);
        ElementRules.country("country", country, problems);
        if (details != null) {
            String[] values = {
                details.title(),
                details.givenName(),
                details.middleName(),
                details.familyName(),
                details.department(),
                details.street(),
                details.city(),
                details.state(),
                details.postcode(),
                details.telephone(),
                details.email()
            };
            String[] fields = {
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
                "email"
            };
            int[] lengths = {50, 60, 60, 60, 60, 100, 35, 40, 15, 33, 100};
            for (int i = 0; i < values.length; i++) {
                if (fields[i].equals("street")) {
                    ElementRules.maxLengthPerLine("details.street", values[i], lengths[i], problems);
                } else {
                    ElementRules.maxLength("details." + fields[i], values[i], lengths[i], problems);
                }
            }
        }
        return Checked.unless(problems, () -> new PrimarySource(n, o, country, qualification, details));
    }

    /** Any one of name, organisation, country, qualification or address identifies a reporter (IG §3.3.1). */
    public boolean isIdentifiable() {
        return name != null || organisation != null || country != null || qualification != null || details != null;
    }
}
