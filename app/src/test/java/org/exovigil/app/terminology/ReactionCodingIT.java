package org.exovigil.app.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.E2bExchange;
import org.exovigil.app.reports.E2bExport;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.e2b.ExportProfile;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.terminology.EventVocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reactions are coded after their report is committed, follow-ups keep what a regulator confirmed, a regulator's
 * decision is audited, the E2B export carries confirmed MedDRA codes, and a newer MedDRA release recodes what moved.
 */
class ReactionCodingIT extends RunningExovigil {

    private static final SenderPrincipal SENDER = new SenderPrincipal("test:coding", "coding-test");

    @Autowired
    ReportIntake intake;

    @Autowired
    ReactionCodes codes;

    @Autowired
    CodingDecisions decisions;

    @Autowired
    TerminologyInUse terminology;

    @Autowired
    MeddraRecoding recoding;

    @Autowired
    Recodes recodes;

    @Autowired
    E2bExchange e2b;

    @Autowired
    CaseCoding caseCoding;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachReactionIsSuggestedACodeFromItsVerbatimSoonAfterTheReportIsCommitted() {
        UUID id = receive("CODING-1", LocalDate.now(), "fever", "発熱", "vvkw blorf");

        List<ReactionCode> coded = codedAt(id, 1);

        assertThat(codes.currentVerbatims(id)).contains(List.of("fever", "発熱", "vvkw blorf"));
        var now = terminology.current();
        assertThat(coded).extracting(ReactionCode::reaction).startsWith(0, 1);
        for (ReactionCode code : coded) {
            assertThat(code.status()).isEqualTo(ReactionCode.Status.SUGGESTED);
            assertThat(code.decidedBy()).isNull();
            assertThat(code.score()).isBetween(0.0, 1.0);
            assertThat(code.code())
                    .isEqualTo(now.suggest(code.verbatim(), 1).getFirst().code());
        }
        // "fever" and "発熱" land on one code.
        assertThat(coded.get(0).code()).isEqualTo(coded.get(1).code());
    }

    @Test
    void aFollowUpKeepsAConfirmedCodeOfUnchangedWordsAndCodesChangedReactionsAgain() {
        LocalDate first = LocalDate.now().minusDays(3);
        UUID id = receive("CODING-2", first, "fever", "headache", "sepsis");
        var before = codedAt(id, 1);
        assertThat(decisions
                        .code(id, 0, before.get(0).code(), before.get(0).code(), "regulator-a")
                        .isDone())
                .isTrue();

        receive("CODING-2", first, LocalDate.now().minusDays(1), "fever", "vomiting");
        var after = codedAt(id, 2);

        assertThat(after).hasSize(2);
        assertThat(after.get(0).status()).isEqualTo(ReactionCode.Status.CONFIRMED);
        assertThat(after.get(0).decidedBy()).isEqualTo("regulator-a");
        assertThat(after.get(1).verbatim()).isEqualTo("vomiting");
        assertThat(after.get(1).status()).isEqualTo(ReactionCode.Status.SUGGESTED);
        assertThat(after.get(1).code()).isNotEqualTo(before.get(1).code());
    }

    @Test
    void aHundredReactionsAreEachCodedAndTheCasePageCutsAHugeSearchAtWholeCharacters() {
        String[] hundred = new String[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = i % 2 == 0 ? "fever " + i : "頭痛 " + i;
        }
        UUID id = receive("CODING-100", LocalDate.now(), hundred);

        assertThat(codedAt(id, 1)).hasSize(100);
        // 300 characters outside the Basic Multilingual Plane: each is two UTF-16 units, none may be split.
        var page = caseCoding.forCase(id, 99, "𠮟".repeat(300));
        assertThat(page.reactions()).hasSize(100);
        String query = page.reactions().get(99).query();
        assertThat(query.codePointCount(0, query.length())).isEqualTo(CaseCoding.SEARCH_LENGTH);
        assertThat(query).isEqualTo("𠮟".repeat(CaseCoding.SEARCH_LENGTH));
        assertThat(page.reactions().get(0).query()).isEmpty();
    }

    @Test
    void aRegulatorsDecisionIsAuditedAndRefusedWhenItCannotStand() {
        UUID id = receive("CODING-3", LocalDate.now(), "fever", "headache");
        var coded = codedAt(id, 1);
        String suggestion = coded.get(0).code();

        assertThat(decisions.code(id, 2, suggestion, "", "r").refusal().code()).isEqualTo(CodingRefusal.REACTION);
        assertThat(decisions.code(id, -1, suggestion, "", "r").refusal().code()).isEqualTo(CodingRefusal.REACTION);
        assertThat(decisions
                        .code(id, 0, "no-such-code", suggestion, "r")
                        .refusal()
                        .code())
                .isEqualTo(CodingRefusal.CODE_UNKNOWN);
        assertThat(decisions
                        .code(id, 0, suggestion, "something else", "r")
                        .refusal()
                        .code())
                .isEqualTo(CodingRefusal.CHANGED_SINCE_SHOWN);

        assertThat(decisions.code(id, 0, suggestion, suggestion, "regulator-b").isDone())
                .isTrue();
        String other = coded.get(1).code();
        assertThat(decisions.code(id, 1, other, other, "regulator-b").isDone()).isTrue();

        assertThat(codes.find(id, 0)).hasValueSatisfying(c -> {
            assertThat(c.confirmed()).isTrue();
            assertThat(c.score()).isEqualTo(coded.get(0).score()); // confirmed, so the suggestion's score stays
        });
        assertThat(jdbc.sql("select action from audit_event where subject = ? order by id")
                        .param("report-id:" + id)
                        .query(String.class)
                        .list())
                .containsSubsequence("reaction.code.confirmed", "reaction.code.confirmed");
        // Choosing another code for a confirmed one is a new decision, with no machine score.
        String chosen = terminology.current().suggest("vomiting", 1).getFirst().code();
        assertThat(decisions.code(id, 1, chosen, other, "regulator-b").isDone()).isTrue();
        assertThat(codes.find(id, 1))
                .hasValueSatisfying(c -> assertThat(c.score()).isNull());
        assertThat(jdbc.sql("select detail from audit_event where subject = ? and action = 'reaction.code.chosen'")
                        .param("report-id:" + id)
                        .query(String.class)
                        .single())
                .contains("reaction=1", "code=" + chosen, "previous=" + other);
    }

    @Test
    void theE2bExportCarriesConfirmedMeddraCodesOnly() {
        UUID id = receive("CODING-4", LocalDate.now(), "glimmer fever", "skull ache", "fever");
        var meddra = CodingTerminology.of(InventedMeddra.version91(), EventVocabulary.bundled());
        var glimmer =
                meddra.term(Long.toString(InventedMeddra.LLT_GLIMMER_FEVER)).orElseThrow();
        var skull = meddra.term(Long.toString(InventedMeddra.LLT_SKULL_ACHE))
                .orElseThrow()
                .scored(0.9, "x");
        var fever = CodingTerminology.of(EventVocabulary.bundled())
                .term("EXO:pyrexia")
                .orElseThrow();
        codes.putDecision(id, 0, "glimmer fever", glimmer, null, "regulator-c");
        codes.replaceWithSuggestion(id, 1, "skull ache", skull);
        codes.putDecision(id, 2, "fever", fever, null, "regulator-c");

        var written = (E2bExport.Written) e2b.exportAll(ExportProfile.ICH, null, null, true, "regulator-c");
        String xml = new String(written.xml(), StandardCharsets.UTF_8);

        assertThat(xml).contains("code=\"" + InventedMeddra.LLT_GLIMMER_FEVER + "\"");
        assertThat(xml).containsPattern("code=\"83000001\"[^>]*codeSystemVersion=\"90.1\"");
        assertThat(xml).doesNotContain("code=\"" + InventedMeddra.LLT_SKULL_ACHE + "\"");
        assertThat(xml).doesNotContain("EXO:pyrexia");
    }

    @Test
    void aNewerReleaseMovesOrRecodesOldCodesAndListsEachChangeForReview() {
        UUID id = receive("CODING-5", LocalDate.now(), "hot blood", "wobbly head pain", "glimmer fever");
        var older = CodingTerminology.of(InventedMeddra.version90(), EventVocabulary.bundled());
        codes.putDecision(id, 0, "hot blood", term(older, InventedMeddra.LLT_HOT_BLOOD), null, "regulator-d");
        codes.putDecision(id, 1, "wobbly head pain", term(older, InventedMeddra.LLT_OLD_HEADACHE), null, "regulator-d");
        codes.replaceWithSuggestion(
                id,
                2,
                "glimmer fever",
                term(older, InventedMeddra.LLT_GLIMMER_FEVER).scored(1.0, "Glimmer fever"));

        var newer = CodingTerminology.of(InventedMeddra.version91(), EventVocabulary.bundled());
        recoding.upgrade(newer, v -> v.equals("90.0") ? Optional.of(InventedMeddra.version90()) : Optional.empty());

        var moved = codes.find(id, 0).orElseThrow();
        assertThat(moved.lltCode()).isEqualTo(InventedMeddra.LLT_HOT_BLOOD);
        assertThat(moved.ptCode()).isEqualTo(InventedMeddra.PT_SEPSIS);
        assertThat(moved.ptName()).isEqualTo("Sepsis");
        assertThat(moved.meddraVersion()).isEqualTo("90.1");
        assertThat(moved.confirmed()).isTrue();
        var recoded = codes.find(id, 1).orElseThrow();
        assertThat(recoded.lltCode()).isNotEqualTo(InventedMeddra.LLT_OLD_HEADACHE);
        assertThat(recoded.ptCode()).isEqualTo(InventedMeddra.PT_HEADACHE);
        assertThat(recoded.status()).isEqualTo(ReactionCode.Status.SUGGESTED);
        var unchanged = codes.find(id, 2).orElseThrow();
        assertThat(unchanged.meddraVersion()).isEqualTo("90.1");
        assertThat(unchanged.lltCode()).isEqualTo(InventedMeddra.LLT_GLIMMER_FEVER);

        var listed = recodes.list(CodingController.LISTED).stream()
                .filter(r -> r.caseId().equals(id))
                .toList();
        assertThat(listed)
                .extracting(r -> r.reaction() + " " + r.kind() + " " + r.oldVersion() + ":" + r.oldLlt() + " -> "
                        + r.newVersion() + ":" + r.newLlt())
                .containsExactlyInAnyOrder(
                        "0 moved 90.0:" + InventedMeddra.LLT_HOT_BLOOD + " -> 90.1:" + InventedMeddra.LLT_HOT_BLOOD,
                        "1 non_current 90.0:" + InventedMeddra.LLT_OLD_HEADACHE + " -> 90.1:" + recoded.lltCode());

        // Running it again changes nothing and lists nothing more.
        recoding.upgrade(newer, v -> v.equals("90.0") ? Optional.of(InventedMeddra.version90()) : Optional.empty());
        assertThat(recodes.list(CodingController.LISTED).stream()
                        .filter(r -> r.caseId().equals(id)))
                .hasSize(2);

        long change = listed.getFirst().id();
        assertThat(decisions.review(change, "regulator-d").isDone()).isTrue();
        assertThat(decisions.review(change, "regulator-e").refusal().code()).isEqualTo(CodingRefusal.CHANGE_REVIEWED);
        assertThat(decisions.review(-1, "regulator-e").refusal().code()).isEqualTo(CodingRefusal.CHANGE_UNKNOWN);
        assertThat(jdbc.sql("select actor from audit_event where action = 'reaction.recode.reviewed' and subject = ?")
                        .param("reaction-recode:" + change)
                        .query(String.class)
                        .single())
                .isEqualTo("regulator-d");
    }

    private static CodingTerminology.Term term(CodingTerminology in, long llt) {
        return in.term(Long.toString(llt)).orElseThrow();
    }

    /** The codes once the coder has seen this version of the case (it runs a few seconds after a commit). */
    private List<ReactionCode> codedAt(UUID id, int version) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Integer seen = jdbc.sql("select version from reaction_coding where case_id = ?")
                    .param(id)
                    .query(Integer.class)
                    .optional()
                    .orElse(0);
            if (seen >= version) {
                return codes.forCase(id);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the coder did not code version " + version + " of " + id + " within 30 s");
    }

    private UUID receive(String senderReportId, LocalDate receivedOn, String... reactions) {
        return receive(senderReportId, receivedOn, receivedOn, reactions);
    }

    private UUID receive(String senderReportId, LocalDate receivedOn, LocalDate mostRecent, String... reactions) {
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "mostRecentInfoOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": 61, "sex": "female"},
                 "products": [{"role": "suspect", "name": "Coding test exosome", "type": "exosome", "route": "iv"}],
                 "reactions": [%s]}""".formatted(senderReportId, receivedOn, mostRecent, ReactionList.json(reactions));
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(SENDER, null, Channel.API, report.value()))
                .id();
    }
}
