package org.exovigil.vigilance.external;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Dates as the public data sets write them, turned into ISO 8601 of the precision they have. */
final class ReportedDates {

    private static final Pattern FAERS = Pattern.compile("\\d{4}(\\d{2}(\\d{2})?)?");
    private static final Pattern VAERS = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    private ReportedDates() {}

    /**
     * FAERS dates (event_dt, fda_dt): YYYYMMDD, or YYYYMM, or YYYY when the day or month is unknown (FAERS
     * QDE description). Anything else, or an impossible date, is null.
     */
    static String faers(String cell) {
        if (cell == null || !FAERS.matcher(cell).matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(cell.substring(0, 4));
            if (cell.length() == 4) {
                return year < 1 ? null : cell;
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(cell.substring(4, 6)));
            if (cell.length() == 6) {
                return month.toString();
            }
            return month.atDay(Integer.parseInt(cell.substring(6, 8))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** VAERS dates (ONSET_DATE, RECVDATE): MM/DD/YYYY; anything else is null. */
    static String vaers(String cell) {
        if (cell == null || !VAERS.matcher(cell).matches()) {
            return null;
        }
        try {
            return LocalDate.of(
                            Integer.parseInt(cell.substring(6, 10)),
                            Integer.parseInt(cell.substring(0, 2)),
                            Integer.parseInt(cell.substring(3, 5)))
                    .toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
