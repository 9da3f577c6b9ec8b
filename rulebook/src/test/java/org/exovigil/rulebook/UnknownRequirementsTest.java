package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.rulebook.Scenarios.assess;
import static org.exovigil.rulebook.Scenarios.satisfied;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * classify.md: a requirement the offering does not speak to is null, never false; a null requirement makes
 * the verdict at most permitted_if; only a requirement known to be unmet, or a prohibited act, makes it
 * not_permitted. An offering's list of authorisations is what it says, not all it holds.
 */
class UnknownRequirementsTest {

    /** A US trial of an exosome product (21 CFR 312, 50, 56; 21 CFR 210-211), with the authorisations given. */
    private static Assessment usTrial(String authorizations) {
        return assess("""
            {"jurisdiction":"US","date":"2026-11-01",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","donor":"allogeneic","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"indications":["orthopedic_joint"],"administered_by":"physician"},
             "claims":[],"authorizations":[%s]}
            """.formatted(authorizations));
    }

    private static final List<String> ALL = List.of(
            "{\"type\":\"IND\",\"status\":\"active\"}", "{\"type\":\"IRB\",\"status\":\"active\"}",
            "{\"type\":\"INFORMED_CONSENT\",\"status\":\"active\"}",
                    "{\"type\":\"DONOR_ELIGIBILITY\",\"status\":\"active\"}");

    @Test
    void aTrialThatNamesItsIndAndIrbButNotItsConsentFormsIsLawfulIfItHasThem() {
        var a = usTrial(String.join(",", ALL.subList(0, 2)));

        assertThat(satisfied(a, "INFORMED_CONSENT")).isNull();
        assertThat(satisfied(a, "DONOR_ELIGIBILITY")).isNull();
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED_IF);
    }

    @Test
    void aTrialThatHoldsEverythingTheLawAsksIsPermitted() {
        var a = usTrial(String.join(",", ALL));

        assertThat(a.requirements())
                .allSatisfy(r -> assertThat(r.satisfied()).as(r.code()).isTrue());
        assertThat(a.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    @Test
    void aRequirementTheOfferingSaysItLacksIsUnmetAndNotPermitted() {
        var a = usTrial(String.join(",", ALL.subList(0, 2)) + ",{\"type\":\"INFORMED_CONSENT\",\"status\":\"none\"}");

        assertThat(satisfied(a, "INFORMED_CONSENT")).isFalse();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void anEmptyListSaysNoAuthorisationIsHeld() {
        assertThat(usTrial("").verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }

    @Test
    void leavingAuthorisationsUnsaidNeverMakesALawfulTrialUnlawful() {
        var random = new Random(20261206);
        for (int i = 0; i < 40; i++) {
            var said = new ArrayList<String>();
            ALL.forEach(a -> {
                if (random.nextBoolean()) said.add(a);
            });
            if (said.isEmpty()) continue;
            var a = usTrial(String.join(",", said));
            assertThat(a.verdict()).as("seed 20261206, said %s", said).isIn(Verdict.PERMITTED, Verdict.PERMITTED_IF);
            a.requirements().stream()
                    .filter(r -> r.satisfied() == null)
                    .forEach(r -> assertThat(said).noneMatch(s -> s.contains("\"" + r.code() + "\"")));
        }
    }

    @Test
    void aKnownViolationAlwaysMakesItNotPermitted() {
        var a = assess("""
            {"jurisdiction":"US","date":"2026-11-01",
             "product":{"type":"exosome","origin":"human","source":"umbilical_cord","positioned_as":"drug","gmp":true},
             "use":{"setting":"clinical_trial","patient_pays":false,"routes":["iv"],"administered_by":"physician"},
             "claims":["hctp_361_or_minimally_manipulated"],
             "authorizations":[%s]}
            """.formatted(String.join(",", ALL)));

        assertThat(a.findings()).anyMatch(f -> f.severity() == Severity.VIOLATION);
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
    }
}
