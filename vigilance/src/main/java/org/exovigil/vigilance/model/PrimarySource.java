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
 */
public record PrimarySource(String name, String organisation, String country, Qualification qualification) {

    public static Checked<PrimarySource> of(
            String name, String organisation, String country, Qualification qualification) {
        List<Problem> problems = new ArrayList<>();
        String n = ElementRules.trimmedOrNull(name);
        String o = ElementRules.trimmedOrNull(organisation);
        // C.2.r.1.2-4 allow 35 + 15 + 50 characters; one text keeps the person's own order of names.
        ElementRules.maxLength("name", n, 100, problems);
        ElementRules.maxLength("organisation", o, 60, problems);
        ElementRules.country("country", country, problems);
        return Checked.unless(problems, () -> new PrimarySource(n, o, country, qualification));
    }

    /** Any one of name, organisation, country or qualification identifies a reporter (IG §3.3.1). */
    public boolean isIdentifiable() {
        return name != null || organisation != null || country != null || qualification != null;
    }
}
