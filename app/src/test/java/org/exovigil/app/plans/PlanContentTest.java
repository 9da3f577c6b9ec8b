package org.exovigil.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.exovigil.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/** A version's content: what it stores, what a change changes, and the offering the rulebook classifies. */
class PlanContentTest {

    private static final PlanContent KNEE = new PlanContent(
            " Adipose EV (test) ",
            "exosome",
            "adipose",
            "autologous",
            "orthopedic_joint",
            "intra_articular",
            " 2 mL, once ",
            " Unapproved; risks: infection. ");

    @Test
    void aVersionStoresItsTextsStrippedAndAnUnstatedSourceOrDonorAsNull() {
        var unstated = new PlanContent("EV", "exosome", " ", "", "orthopedic_joint", "iv", "1 mL", "consent");

        assertThat(KNEE.stored().productName()).isEqualTo("Adipose EV (test)");
        assertThat(KNEE.stored().dose()).isEqualTo("2 mL, once");
        assertThat(KNEE.stored().consent()).isEqualTo("Unapproved; risks: infection.");
        assertThat(unstated.stored().source()).isNull();
        assertThat(unstated.stored().donor()).isNull();
    }

    @Test
    void aChangeNamesTheFieldsItChangesAndIgnoresSpacesAndUnstatedValues() {
        var newDose = new PlanContent(
                "Adipose EV (test)",
                "exosome",
                "adipose",
                "autologous",
                "orthopedic_joint",
                "intra_articular",
                "4 mL, once",
                "Unapproved; risks: infection.");
        var newDonor = new PlanContent(
                "Adipose EV (test)",
                "exosome",
                "adipose",
                "allogeneic",
                "orthopedic_joint",
                "iv",
                "2 mL, once",
                "Unapproved; risks: infection.");

        assertThat(newDose.changedFrom(KNEE)).containsExactly("dose");
        assertThat(newDonor.changedFrom(KNEE)).containsExactly("product", "route");
        assertThat(KNEE.stored().changedFrom(KNEE)).isEmpty();
    }

    /** The offering was once written as JSON and read back; built directly, it must be the same offering. */
    @Test
    void theOfferingIsTheOneThePlansJsonWasReadAs() {
        var unstated = new PlanContent("EV", " exosome ", "", null, " orthopedic_joint", "iv ", "1 mL", "consent");
        String knee = """
                {"jurisdiction": "JP", "date": "2026-01-15",
                 "product": {"type": "exosome", "source": "adipose", "donor": "autologous"},
                 "use": {"setting": "clinic_commercial", "routes": ["intra_articular"], "indications": ["orthopedic_joint"]}}""";
        String bare = """
                {"jurisdiction": "KR", "date": "2026-01-15", "product": {"type": " exosome "},
                 "use": {"setting": "clinic_commercial", "routes": ["iv "], "indications": [" orthopedic_joint"]}}""";
        LocalDate day = LocalDate.of(2026, 1, 15);

        assertThat(KNEE.offering("JP", day))
                .isEqualTo(Rulebook.readOfferings(knee, "plan").getFirst());
        assertThat(unstated.offering("KR", day))
                .isEqualTo(Rulebook.readOfferings(bare, "plan").getFirst());
    }
}
