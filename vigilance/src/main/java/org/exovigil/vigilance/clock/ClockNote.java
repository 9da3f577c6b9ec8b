package org.exovigil.vigilance.clock;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.vigilance.model.MinimumCriterion;
import org.exovigil.vigilance.model.ProductType;

/**
 * Why a clock did or did not run for a case, as facts without words: each kind has a stable {@link
 * #code()} and the values a reader needs, and whoever shows it words it in the reader's language (the
 * application through its message bundles). The core holds no sentence, so no language is favoured.
 */
public sealed interface ClockNote {

    /** The stable name of this kind of note, as the JSON carries it and a message key ends. */
    String code();

    /**
     * The case counts as unexpected because {@code reaction} is not listed for {@code product} in the
     * reference safety information titled {@code reference} (ICH E2A §II.C).
     */
    record NotListed(String reaction, String product, String reference) implements ClockNote {
        @Override
        public String code() {
            return "not_listed";
        }
    }

    /** The case counts as unexpected because no reference safety information covers {@code product}. */
    record NoReference(String product) implements ClockNote {
        @Override
        public String code() {
            return "no_reference";
        }
    }

    /** The case counts as unexpected because no suspected product has a reaction to assess yet. */
    record NothingToAssess() implements ClockNote {
        @Override
        public String code() {
            return "nothing_to_assess";
        }
    }

    /** No clock has started: these minimum criteria are not met (ICH E2D §5.1). */
    record NoClock(List<MinimumCriterion> unmet) implements ClockNote {
        public NoClock {
            unmet = List.copyOf(unmet);
        }

        @Override
        public String code() {
            return "no_clock";
        }
    }

    /** The country where the reaction occurred is not known, so no law applies; the voluntary clock does. */
    record CountryUnknown() implements ClockNote {
        @Override
        public String code() {
            return "country_unknown";
        }
    }

    /**
     * No law obliges a report of these suspected product types in {@code country} in this setting on
     * day 0; the voluntary clock applies.
     *
     * @param productTypes the known types of the suspected products, sorted by code
     * @param unknownType  whether a suspected product's type is not known
     */
    record NoLaw(
            List<ProductType> productTypes, boolean unknownType, String country, Setting setting, LocalDate dayZero)
            implements ClockNote {
        public NoLaw {
            productTypes = List.copyOf(productTypes);
        }

        @Override
        public String code() {
            return "no_law";
        }
    }

    /** A duty that covers the case's country and setting is not due, and why (its condition is not met). */
    record NotDue(String regime, String dutyId, DutyCondition condition, DutyCondition.Shortfall shortfall)
            implements ClockNote {
        @Override
        public String code() {
            return "not_due";
        }
    }
}
