package org.exovigil.app.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exovigil.app.ReviewedData;

/**
 * The age bands of {@code /signals/age-bands.yaml} (ICH E11(R1) and E7): whole years, contiguous from 0, the
 * last open-ended. A file that breaks this stops the start, naming the band and what was expected.
 */
record AgeBands(List<Band> bands) {

    static final String BUNDLED = "/signals/age-bands.yaml";

    /** One band, both ends inclusive; {@code toYears} null for the last. */
    record Band(String id, int fromYears, Integer toYears) {}

    AgeBands {
        bands = List.copyOf(bands);
    }

    static AgeBands bundled() {
        return read(ReviewedData.text(BUNDLED), BUNDLED);
    }

    static AgeBands read(String yaml, String file) {
        if (!(ReviewedData.parse(yaml).get("bands") instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalStateException(file + ": bands: expected a list of bands");
        }
        List<Band> bands = new ArrayList<>();
        int next = 0;
        for (Object entry : entries) {
            if (next < 0) {
                throw new IllegalStateException(file + ": only the last band may be open-ended");
            }
            if (!(entry instanceof Map<?, ?> band)
                    || !(band.get("id") instanceof String id)
                    || !id.matches("[a-z0-9]+")
                    || !(band.get("from_years") instanceof Integer from)) {
                throw new IllegalStateException(file + ": band " + (bands.size() + 1)
                        + ": expected an id of lower-case letters and digits and a whole number from_years");
            }
            Integer to = band.get("to_years") instanceof Integer found ? found : null;
            if (from != next || (to != null && to < from)) {
                throw new IllegalStateException(
                        file + ": band " + id + ": expected from_years " + next + " and to_years at least from_years");
            }
            bands.add(new Band(id, from, to));
            next = to == null ? -1 : to + 1;
        }
        if (next >= 0) {
            throw new IllegalStateException(file + ": the last band must be open-ended (no to_years)");
        }
        return new AgeBands(bands);
    }

    /** The band of an age in whole years; null for no age or a negative one. */
    String bandOf(Double ageYears) {
        if (ageYears == null || ageYears < 0) {
            return null;
        }
        long years = (long) Math.floor(ageYears);
        for (Band band : bands) {
            if (band.toYears() == null || years <= band.toYears()) {
                return band.id();
            }
        }
        return null;
    }
}
