package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exovigil.vigilance.terminology.EventGroups;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.exovigil.vigilance.terminology.Level;
import org.exovigil.vigilance.terminology.LowLevelTerm;
import org.exovigil.vigilance.terminology.MeddraPath;
import org.exovigil.vigilance.terminology.MeddraRelease;
import org.exovigil.vigilance.terminology.MeddraSmqTerm;
import org.exovigil.vigilance.terminology.MeddraTerm;
import org.exovigil.vigilance.terminology.PreferredTerm;
import org.exovigil.vigilance.terminology.Scope;
import org.exovigil.vigilance.terminology.Smq;
import org.exovigil.vigilance.terminology.TermSuggester;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private static final EventVocabulary VOCABULARY = EventVocabulary.bundled();
    private static final EventKeys KEYS = new EventKeys(
            new ReactionGroups(EventGroups.bundled(), VOCABULARY, TermSuggester.over(VOCABULARY.designations()), null),
            VOCABULARY,
            null);
    private static final String SEPSIS_GROUP =
            EventKeys.groupEvent(EventGroups.bundled().group("infusion_sepsis").orElseThrow());

    @Test
    void atPtLevelAReactionCountsAsItsCodedPreferredTermWhateverItsWords() {
        assertThat(KEYS.of(new CodedReaction("blood poisoning", "EXO:sepsis", "Sepsis", null), EventLevel.PT))
                .containsExactly("Sepsis");
        assertThat(KEYS.of(new CodedReaction("発熱", "EXO:sepsis", null, null), EventLevel.PT))
                .as("a concept counts as its PT")
                .containsExactly("Sepsis");
        assertThat(KEYS.of(new CodedReaction(null, null, "PYREXIA", "19.10"), EventLevel.PT))
                .containsExactly("PYREXIA");
    }

    @Test
    void aSuggestionCountsInTheTablesOnlyWhenTheWordsAreOneOfTheCodesNames() {
        CodedReaction exact = new CodedReaction("Sepsis", "EXO:sepsis", "Sepsis", null, 1.0);
        CodedReaction guessed = new CodedReaction("sg  Rash", "EXO:rash", "Rash", null, 0.85);
        CodedReaction confirmed = new CodedReaction("sg rash", "EXO:rash", "Rash", null, null);

        assertThat(KEYS.of(exact.trusted(CaseSignals.AUTOMATIC), EventLevel.PT)).containsExactly("Sepsis");
        assertThat(KEYS.of(guessed.trusted(CaseSignals.AUTOMATIC), EventLevel.PT))
                .containsExactly("sg rash");
        assertThat(KEYS.of(confirmed.trusted(CaseSignals.AUTOMATIC), EventLevel.PT))
                .containsExactly("Rash");
    }

    @Test
    void aReactionNotYetCodedCountsAsItsWordsInLowerCaseWithSpacesMadeOne() {
        assertThat(KEYS.of(CodedReaction.uncoded("  Injection  Site\tPain "), EventLevel.PT))
                .containsExactly("injection site pain");
        assertThat(KEYS.of(CodedReaction.uncoded("注射部位の痛み"), EventLevel.PT)).containsExactly("注射部位の痛み");
    }

    @Test
    void atGroupLevelTheGroupsPreferredTermsAndConceptsAreOneEventAndOtherReactionsKeepTheirPt() {
        assertThat(KEYS.of(new CodedReaction("chills", "EXO:sepsis", "Sepsis", null), EventLevel.GROUP))
                .containsExactly(SEPSIS_GROUP);
        assertThat(KEYS.of(new CodedReaction(null, null, "SEPSIS", "20.0"), EventLevel.GROUP))
                .as("FAERS writes PT names in capitals")
                .containsExactly(SEPSIS_GROUP);
        assertThat(KEYS.of(CodedReaction.uncoded("Sepsis"), EventLevel.GROUP))
                .as("reported in the PT's very name, as at PT level")
                .containsExactly(SEPSIS_GROUP);
        assertThat(KEYS.of(new CodedReaction("headache", "EXO:headache", "Headache", null), EventLevel.GROUP))
                .containsExactly("Headache");
    }

    /** A release with INVENTED codes and terms (MedDRA is licensed): two PTs under one HLT and SOC, one SMQ. */
    private static MeddraRelease invented() {
        long soc = 91_000_001L;
        long hlgt = 91_100_001L;
        long hlt = 91_200_001L;
        long headache = 92_000_001L;
        long clot = 92_000_002L;
        long smq = 93_000_001L;
        List<PreferredTerm> pts = List.of(
                new PreferredTerm(headache, "Headache", null, soc), new PreferredTerm(clot, "Glimmer clot", null, soc));
        return new MeddraRelease(
                "90.0",
                false,
                pts.stream()
                        .map(pt -> new LowLevelTerm(pt.code(), pt.name(), null, pt.code(), true))
                        .toList(),
                pts,
                List.of(
                        new MeddraTerm(Level.HLT, hlt, "Invented aches and clots", null),
                        new MeddraTerm(Level.HLGT, hlgt, "Invented HLGT", null),
                        new MeddraTerm(Level.SOC, soc, "Invented disorders", null)),
                pts.stream()
                        .map(pt -> new MeddraPath(pt.code(), hlt, hlgt, soc, true))
                        .toList(),
                List.of(new Smq(smq, "Embolic and thrombotic events (SMQ)", 1, "invented", null, true)),
                List.of(new MeddraSmqTerm(smq, clot, MeddraSmqTerm.PREFERRED_TERM, Scope.BROAD, "A", true)));
    }

    @Test
    void withAMeddraReleaseHltAndSocAreThePrimaryPathsTermsAndAnSmqPutsItsPtsInTheGroup() {
        MeddraRelease release = invented();
        EventKeys keys = new EventKeys(
                new ReactionGroups(
                        EventGroups.bundled(), VOCABULARY, TermSuggester.over(VOCABULARY.designations()), release),
                VOCABULARY,
                release);
        CodedReaction headache = new CodedReaction("headache", "EXO:headache", "Headache", "90.0");
        CodedReaction clot = new CodedReaction("glimmer clot", null, "Glimmer clot", "90.0");

        assertThat(keys.of(headache, EventLevel.HLT)).containsExactly("Invented aches and clots");
        assertThat(keys.of(headache, EventLevel.SOC)).containsExactly("Invented disorders");
        assertThat(keys.of(new CodedReaction(null, "EXO:headache", null, null), EventLevel.SOC))
                .as("a concept is placed by its PT")
                .containsExactly("Invented disorders");
        assertThat(keys.of(CodedReaction.uncoded("headache"), EventLevel.HLT))
                .as("not coded: not placed")
                .containsExactly("headache");
        assertThat(keys.of(new CodedReaction(null, null, "Sepsis", "90.0"), EventLevel.SOC))
                .as("a PT the release does not hold keeps its name")
                .containsExactly("Sepsis");
        assertThat(keys.of(clot, EventLevel.GROUP))
                .containsExactly(EventKeys.groupEvent(
                        EventGroups.bundled().group("thromboembolism").orElseThrow()));
        assertThat(KEYS.of(clot, EventLevel.GROUP)).as("without the SMQ").containsExactly("Glimmer clot");
    }

    @Test
    void withoutAMeddraReleaseHltAndSocKeepThePreferredTerm() {
        CodedReaction headache = new CodedReaction("headache", "EXO:headache", "Headache", null);

        assertThat(KEYS.of(headache, EventLevel.HLT)).containsExactly("Headache");
        assertThat(KEYS.of(headache, EventLevel.SOC)).containsExactly("Headache");
    }
}
