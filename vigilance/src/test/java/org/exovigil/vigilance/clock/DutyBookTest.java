package org.exovigil.vigilance.clock;

import static org.assertj.core.api.Assertions.assertThat;

import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Test;

class DutyBookTest {

    @Test
    void everyBundledDutyCitesItsSourceAndWhenItTookEffect() {
        DutyBook book = DutyBook.bundled();

        assertThat(book.all()).hasSizeGreaterThanOrEqualTo(17).allSatisfy(d -> {
            assertThat(d.basis().source()).isNotBlank();
            assertThat(d.basis().status()).isIn("verified", "secondary", "unverified", "policy");
            assertThat(d.effectiveFrom()).isNotNull();
            assertThat(d.voluntary()).isEqualTo(d.jurisdiction().equals("*"));
        });
        assertThat(book.all()).extracting(ReportingDuty::id).doesNotHaveDuplicates();
    }

    @Test
    void aBrokenDutyIsRejectedWithEveryProblemAndItsPath() {
        String yaml = """
                duties:
                  - id: x
                    jurisdiction: JP
                    regime: "R"
                    setting: clinic
                    product_types: [exosomes]
                    recipient: "C"
                    condition: serious
                    days: 0
                    basis: {source: "S", status: secondary}
                    effective_from: 2026-02-30
                """;

        assertThat(DutyBook.read(yaml).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "EXO-1302: duties[0].setting: expected one of practice, trial, got \"clinic\"",
                        "EXO-1302: duties[0].product_types: expected one of exosome, extracellular_vesicle, secretome, culture_supernatant, conditioned_media, stem_cell, prp, other, got \"exosomes\"",
                        "EXO-1302: duties[0].days: expected a whole number of days above 0, got 0",
                        "EXO-1302: duties[0].effective_from: expected a date (YYYY-MM-DD), got 2026-02-30");
    }

    @Test
    void aFileThatIsNotYamlIsUnreadable() {
        assertThat(DutyBook.read("duties: [unclosed").problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.DUTIES_UNREADABLE);
    }
}
