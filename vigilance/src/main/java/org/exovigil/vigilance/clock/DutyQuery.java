package org.exovigil.vigilance.clock;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.model.ProductType;

/**
 * What decides which duties apply to a case.
 *
 * @param country      where the reaction occurred (ISO 3166-1 alpha-2)
 * @param productTypes the types of the suspected products; a null element stands for an unknown type
 * @param setting      trial or practice
 * @param regimes      the regimes the rulebook found to apply (by regime name); empty when not known,
 *                     and then every regime of the jurisdiction covering the product types is returned
 * @param on           the day whose law applies (day 0)
 */
public record DutyQuery(
        String country, Set<ProductType> productTypes, Setting setting, Set<String> regimes, LocalDate on) {

    public DutyQuery {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(on, "on");
        productTypes = Collections.unmodifiableSet(new HashSet<>(productTypes));
        regimes = Set.copyOf(regimes);
    }
}
