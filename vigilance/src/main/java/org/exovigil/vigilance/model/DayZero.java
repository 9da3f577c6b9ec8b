package org.exovigil.vigilance.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Day 0 of the reporting clocks: the date on which the receiver first held the four minimum criteria
 * (ICH E2D §5.1.1, "day zero"; EU GVP Module VI.B.7). For the version that first meets them this is
 * its date of most recent information (ICH E2B(R3) C.1.5), which for an initial report equals the date
 * of first receipt (C.1.4). Later versions never move day 0: a valid case stays valid for the clock.
 *
 * @param date    day 0
 * @param version the version that first met the minimum criteria
 */
public record DayZero(LocalDate date, int version) {

    /** Day 0 over the versions in the order received; empty while no version is valid. */
    public static Optional<DayZero> of(List<IndividualCaseSafetyReport> versions) {
        return versions.stream()
                .filter(v -> Validity.of(v).isValid())
                .findFirst()
                .map(v -> new DayZero(
                        v.identification().mostRecentInfoOn(),
                        v.identification().version()));
    }
}
