package org.exovigil.app.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.ExovigilApplication;
import org.exovigil.app.TestDatabase;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loading MedDRA, then a newer release, in a database of its own (the shared one codes in the open vocabulary, which
 * the other tests expect): suggestions made in the vocabulary move to MedDRA, and the newer release moves and recodes
 * the stored codes, a regulator's confirmation kept where the LLT still stands. Also times the coder on a batch.
 */
class MeddraUpgradeCodingIT {

    private static final SenderPrincipal SENDER = new SenderPrincipal("test:meddra-coding", "meddra-coding");
    private static final int BATCH = 300;

    @Test
    void aNewerReleaseLoadedRecodesMovedAndNonCurrentLltsAndListsThemForReview() {
        Path data = TestDatabase.freshDataDirectory();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ExovigilApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "exovigil.data-dir",
                        data.toString(),
                        "exovigil.database.embedded-dir",
                        data.resolve("pg17").toString(),
                        // This test runs the coder itself.
                        "exovigil.followers.after-changes",
                        "PT10M",
                        "exovigil.followers.every",
                        "PT10M"))
                .run()) {
            var intake = context.getBean(ReportIntake.class);
            var releases = context.getBean(MeddraReleases.class);
            var coder = context.getBean(ReactionCoder.class);
            var codes = context.getBean(ReactionCodes.class);
            var decisions = context.getBean(CodingDecisions.class);
            var recodes = context.getBean(Recodes.class);

            UUID before = receive(intake, "BEFORE-MEDDRA", "fever");
            coder.follow();
            assertThat(codes.find(before, 0)).hasValueSatisfying(c -> {
                assertThat(c.conceptId()).isEqualTo("EXO:pyrexia");
                assertThat(c.lltCode()).isNull();
            });

            releases.store(InventedMeddra.version90(), "invented for a test", "tester");
            UUID id = receive(intake, "UPGRADE", "hot blood", "wobbly head pain", "glimmer fever");
            coder.follow();
            assertThat(codes.find(before, 0)).hasValueSatisfying(c -> {
                assertThat(c.meddraVersion()).isEqualTo("90.0");
                assertThat(c.ptCode()).isEqualTo(InventedMeddra.PT_PYREXIA);
                assertThat(c.conceptId()).isEqualTo("EXO:pyrexia");
            });
            assertThat(codes.forCase(id))
                    .extracting(ReactionCode::lltCode)
                    .containsExactly(
                            InventedMeddra.LLT_HOT_BLOOD,
                            InventedMeddra.LLT_OLD_HEADACHE,
                            InventedMeddra.LLT_GLIMMER_FEVER);
            String hotBlood = Long.toString(InventedMeddra.LLT_HOT_BLOOD);
            assertThat(decisions.code(id, 0, hotBlood, hotBlood, "regulator").isDone())
                    .isTrue();

            releases.store(InventedMeddra.version91(), "invented for a test", "tester");
            coder.follow();

            var after = codes.forCase(id);
            assertThat(after.get(0).lltCode()).isEqualTo(InventedMeddra.LLT_HOT_BLOOD);
            assertThat(after.get(0).ptName()).isEqualTo("Sepsis");
            assertThat(after.get(0).confirmed()).isTrue();
            assertThat(after.get(1).lltCode()).isNotEqualTo(InventedMeddra.LLT_OLD_HEADACHE);
            assertThat(after.get(1).status()).isEqualTo(ReactionCode.Status.SUGGESTED);
            assertThat(after).extracting(ReactionCode::meddraVersion).containsOnly("90.1");
            assertThat(recodes.list(CodingController.LISTED))
                    .extracting(r -> r.reaction() + " " + r.kind() + " " + r.oldVersion() + "->" + r.newVersion())
                    .containsExactlyInAnyOrder("0 moved 90.0->90.1", "1 non_current 90.0->90.1");
            assertThat(recodes.unreviewed()).isEqualTo(2);

            // The coder's pace on a batch of new cases, three reactions each, in MedDRA and the vocabulary's names.
            for (int i = 0; i < BATCH; i++) {
                receive(intake, "PACE-" + i, "high fever after infusion", "頭痛がひどい", "blood poisoning");
            }
            long start = System.nanoTime();
            coder.follow();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "coder: %d cases (%d reactions) in %.2f s, %.0f cases/s%n",
                    BATCH, BATCH * 3, seconds, BATCH / seconds);
            assertThat(codes.all()).hasSizeGreaterThanOrEqualTo(BATCH * 3);
        }
    }

    private static UUID receive(ReportIntake intake, String senderReportId, String... reactions) {
        var report = (Checked.Accepted<IndividualCaseSafetyReport>)
                ReportJson.read("""
                {"senderReportId": "%s", "receivedOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "products": [{"role": "suspect", "name": "Upgrade EV", "type": "exosome", "route": "iv"}],
                 "reactions": [%s]}""".formatted(senderReportId, LocalDate.now(), ReactionList.json(reactions)));
        return intake.receive(new Submission(SENDER, null, Channel.API, report.value()))
                .id();
    }
}
