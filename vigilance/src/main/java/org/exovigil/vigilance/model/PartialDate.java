package org.exovigil.vigilance.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date to the precision its source knew it: a year, a month, a day, or a day with a time of day (to the hour,
 * minute, second or a fraction of it), with a zone when one was given. ICH E2B(R3) lets most dates be sent so
 * (HL7 TS, at least the year), and "2009" must stay 2009, never become 1 January 2009.
 *
 * @param value the date as HL7 TS writes it: {@code yyyy[MM[dd[HH[mm[ss[.ffff]]]]]][±hhmm]}
 */
public record PartialDate(String value) {

    private static final Pattern TS = Pattern.compile(
            "(\\d{4})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(\\.\\d{1,4})?)?)?)?)?)?([+-]\\d{4})?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})"
            + "(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?)?)?)?)?([+-]\\d{2}:\\d{2}|Z)?");

    public PartialDate {
        if (value == null || !valid(TS.matcher(value))) {
            throw new IllegalArgumentException("not a date as HL7 TS writes it: " + value);
        }
    }

    /** From HL7 TS (as E2B sends it), or null when the text is no such date. */
    public static PartialDate ofTs(String ts) {
        return ts != null && valid(TS.matcher(ts)) ? new PartialDate(ts) : null;
    }

    /**
     * From ISO 8601 as the JSON API and FHIR write it ({@code 2009}, {@code 2009-01}, {@code 2009-01-01},
     * {@code 2009-01-01T15:16:17.5-05:00}), or null when the text is no such date. A fraction of a second is
     * kept to four digits, as far as HL7 TS goes.
     */
    public static PartialDate ofIso(String iso) {
        Matcher m = iso == null ? null : ISO.matcher(iso);
        if (m == null || !m.matches()) {
            return null;
        }
        String fraction = m.group(7) == null
                ? ""
                : m.group(7).substring(0, Math.min(5, m.group(7).length()));
        String zone = m.group(8) == null
                ? ""
                : m.group(8).equals("Z") ? "+0000" : m.group(8).replace(":", "");
        return ofTs(part(m, 1) + part(m, 2) + part(m, 3) + part(m, 4) + part(m, 5) + part(m, 6) + fraction + zone);
    }

    /** A whole day. */
    public static PartialDate of(LocalDate date) {
        return date == null ? null : new PartialDate(date.toString().replace("-", ""));
    }

    /** The day, when the source gave one; null for a year or a month. */
    public LocalDate date() {
        Matcher m = matched();
        return m.group(3) == null
                ? null
                : LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** ISO 8601 to the same precision, e.g. {@code 2009-01} or {@code 2009-01-01T15:16:17-05:00}. */
    public String iso() {
        Matcher m = matched();
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            out.append('-').append(m.group(2));
        }
        if (m.group(3) != null) {
            out.append('-').append(m.group(3));
        }
        if (m.group(4) != null) {
            out.append('T').append(m.group(4));
        }
        if (m.group(5) != null) {
            out.append(':').append(m.group(5));
        }
        if (m.group(6) != null) {
            out.append(':').append(m.group(6)).append(m.group(7) == null ? "" : m.group(7));
        }
        if (m.group(8) != null) {
            out.append(m.group(8), 0, 3).append(':').append(m.group(8), 3, 5);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return iso();
    }

    private Matcher matched() {
        Matcher m = TS.matcher(value);
        m.matches();
        return m;
    }

    /** The parts make a real calendar date, time of day and zone. */
    private static boolean valid(Matcher m) {
        if (!m.matches()) {
            return false;
        }
        try {
            if (m.group(2) != null) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (m.group(3) != null) {
                    month.atDay(Integer.parseInt(m.group(3)));
                }
            }
            if (m.group(4) != null) {
                LocalTime.of(
                        Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            }
            if (m.group(8) != null) {
                ZoneOffset.of(m.group(8).substring(0, 3) + ":" + m.group(8).substring(3));
            }
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static String part(Matcher m, int group) {
        return m.group(group) == null ? "" : m.group(group);
    }
}
