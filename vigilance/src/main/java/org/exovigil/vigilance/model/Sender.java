package org.exovigil.vigilance.model;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;

/**
 * ICH E2B(R3) section C.3, who sent the report: kept as received, so that a case passed on names its
 * original sender rather than whoever forwards it. Every field may be unknown; lengths are the IG's.
 *
 * @param type         C.3.1 sender type
 * @param organisation C.3.2 sender's organisation (100)
 * @param department   C.3.3.1 (60)
 * @param title        C.3.3.2 (50)
 * @param givenName    C.3.3.3 (60)
 * @param middleName   C.3.3.4 (60)
 * @param familyName   C.3.3.5 (60)
 * @param street       C.3.4.1 (100); the address's street lines, one per line
 * @param city         C.3.4.2 (35)
 * @param state        C.3.4.3 (40)
 * @param postcode     C.3.4.4 (15)
 * @param country      C.3.4.5 ISO 3166-1 alpha-2
 * @param telephone    C.3.4.6 (33)
 * @param fax          C.3.4.7 (33)
 * @param email        C.3.4.8 (100)
 */
public record Sender(
        SenderType type,
        String organisation,
        String department,
        String title,
        String givenName,
        String middleName,
        String familyName,
        String street,
        String city,
        String state,
        String postcode,
        String country,
        String telephone,
        String fax,
        String email) {

    /** A sender known only by its type and organisation, e.g. a batch's gateway. */
    public static Sender organisation(SenderType type, String organisation) {
        return new Sender(
                type, organisation, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Checked<Sender> of(
            SenderType type,
            String organisation,
            String department,
            String title,
            String givenName,
            String middleName,
            String familyName,
            String street,
            String city,
            String state,
            String postcode,
            String country,
            String telephone,
            String fax,
            String email) {
        List<Problem> problems = new ArrayList<>();
        String[] values = {
            organisation,
            department,
            title,
            givenName,
            middleName,
            familyName,
            street,
            city,
            state,
            postcode,
            telephone,
            fax,
            email
        };
        String[] fields = {
            "organisation",
            "department",
            "title",
            "givenName",
            "middleName",
            "familyName",
            "street",
            "city",
            "state",
            "postcode",
            "telephone",
            "fax",
            "email"
        };
        int[] lengths = {100, 60, 50, 60, 60, 60, 100, 35, 40, 15, 33, 33, 100};
        for (int i = 0; i < values.length; i++) {
            values[i] = ElementRules.trimmedOrNull(values[i]);
            if (fields[i].equals("street")) {
                ElementRules.maxLengthPerLine(fields[i], values[i], lengths[i], problems);
            } else {
                ElementRules.maxLength(fields[i], values[i], lengths[i], problems);
            }
        }
        ElementRules.country("country", country, problems);
        return Checked.unless(
                problems,
                () -> new Sender(
                        type,
                        values[0],
                        values[1],
                        values[2],
                        values[3],
                        values[4],
                        values[5],
                        values[6],
                        values[7],
                        values[8],
                        values[9],
                        country,
                        values[10],
                        values[11],
                        values[12]));
    }
}
