package org.exovigil.app.products;

import org.exovigil.app.refusals.RefusalCode;

/**
 * Why a product's specification, a lot or a lot's test result is refused. Each text is {@code refusal.EXO-nnnn}
 * in the message files, with the particulars named in the comments here.
 */
public enum ProductRefusal implements RefusalCode {
    ENDOTOXIN_NEEDS_LABELLED_USE("EXO-1701"),
    /** {0}: the test. */
    PASSED_NOT_SAID("EXO-1702"),
    LOT_NOT_LABELLED("EXO-1703"),
    /** {0}: the tests a lot can have. */
    UNKNOWN_TEST("EXO-1704"),
    /** {0}: the test. */
    VALUE_NOT_MEASURED("EXO-1705"),
    IDENTITY_NEEDS_MARKERS("EXO-1706"),
    /** {0}: the markers named both present and absent. */
    MARKER_PRESENT_AND_ABSENT("EXO-1707"),
    /** {0}: the number of a labelled lot the product has already; its label is corrected on the lot's own page. */
    LOT_EXISTS("EXO-1708"),
    /** {0}: the test; {1}: the tests a specification knows. */
    UNKNOWN_REQUIRED_TEST("EXO-1711"),
    /** {0}: the release tests of quality.yaml. */
    RELEASE_TEST_DROPPED("EXO-1712"),
    /** {0}: the criterion; {1}: the bound. */
    BOUND_NOT_POSITIVE("EXO-1713"),
    /** {0}: the criterion; {1}, {2}: the minimum and the maximum. */
    MINIMUM_ABOVE_MAXIMUM("EXO-1714"),
    /** {0}: the measure given. */
    UNKNOWN_SIZE_MEASURE("EXO-1715"),
    POTENCY_WITHOUT_ASSAY("EXO-1716"),
    /** {0}: the marker; a positive marker must be a transmembrane or cytosolic one. */
    UNKNOWN_POSITIVE_MARKER("EXO-1717"),
    IDENTITY_WITHOUT_POSITIVE_MARKER("EXO-1718"),
    REASON_NOT_GIVEN("EXO-1719"),
    /** {0}: the marker; a negative marker must be a contaminant. EXO-1717 until issue 17, with its own text. */
    UNKNOWN_NEGATIVE_MARKER("EXO-1720"),
    /** {0}: the largest count accepted. */
    ADMINISTRATIONS_INVALID("EXO-1840");

    private final String id;

    ProductRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
