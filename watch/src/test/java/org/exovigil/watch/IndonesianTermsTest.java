package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Indonesian term list, which Malay pages share, read as a specification of how clinic pages in
 * these languages state their claims. Sentences are written for this test.
 */
class IndonesianTermsTest {

    @Test
    void anAssertionOfSafetyIsASafetyClaim() {
        assertThat(claims("Perawatan eksosom ini aman untuk semua jenis kulit."))
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aNegatedRiskIsASafetyClaim() {
        assertThat(claims("Terapi sel punca di klinik kami tanpa efek samping."))
                .contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("Sel punca dari tubuh pasien sendiri tidak ada penolakan."))
                .contains(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aListOfRisksIsNoSafetyClaimAndNeitherIsAWelcome() {
        assertThat(claims("""
                Efek samping yang mungkin terjadi:
                kemerahan
                bengkak ringan
                """)).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("Selamat datang di klinik kecantikan kami.")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
        assertThat(claims("Suntik sel punca di tempat ilegal tidak aman.")).doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aHedgeWithdrawsEfficacyAndAnAssertionKeepsIt() {
        assertThat(claims("Eksosom dapat membantu mengurangi kerutan secara efektif."))
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("Perawatan ini efektif mengurangi kerutan dan flek.")).contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("Terapi ini terbukti secara klinis dan dapat dilakukan berulang."))
                .contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claims("Manfaatnya belum terbukti.")).doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aDisclaimerOfNonApprovalIsADisclaimerAndNotAnApprovalClaim() {
        var claims = claims("Produk sekretom ini belum disetujui oleh BPOM.");

        assertThat(claims).contains(ClaimFlag.DISCLAIMER_UNAPPROVED).doesNotContain(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void anApprovalClaimIsOne() {
        assertThat(claims("Klinik kami sudah memiliki izin resmi dari Kemenkes."))
                .contains(ClaimFlag.APPROVAL_CLAIM);
        assertThat(claims("Produk eksosom kami terdaftar di BPOM.")).contains(ClaimFlag.APPROVAL_CLAIM);
    }

    @Test
    void testimonialsAndBeforeAfterPhotosAreTestimonials() {
        assertThat(claims("Lihat testimoni dan foto sebelum dan sesudah perawatan."))
                .contains(ClaimFlag.TESTIMONIALS);
    }

    @Test
    void aKneeClinicOffersAnIntraArticularStemCellInjection() {
        PageFacts facts = Pages.factsOfText("""
                Klinik kami menyediakan suntik sel punca ke dalam sendi lutut untuk pengapuran sendi.
                Anda bisa hubungi kami untuk konsultasi dan jadwal tindakan.
                """);

        assertThat(facts.marketing()).isTrue();
        assertThat(facts.language()).isEqualTo("id");
        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.sources()).containsExactly("unspecified");
        assertThat(facts.routes()).containsExactly("intra_articular");
        assertThat(facts.indications()).containsExactly("orthopedic_joint");
    }

    @Test
    void aVitaminShotIsNoRouteOfTheExosome() {
        PageFacts facts = Pages.factsOfText("""
                Klinik kami menawarkan perawatan eksosom dengan microneedling untuk bekas jerawat.
                Kami juga melayani suntik vitamin dan suntik vaksin. Hubungi kami untuk harga.
                """);

        assertThat(facts.routes()).containsExactly("microneedling");
        assertThat(facts.indications()).containsExactly("skin_antiaging");
    }

    @Test
    void malayPagesUseTheSameList() {
        PageFacts facts = Pages.factsOfText("""
                Rawatan sel stem di klinik kami adalah selamat digunakan dan tiada kesan sampingan.
                Anda boleh membuat temujanji untuk rawatan ini di Kuala Lumpur.
                """);

        assertThat(facts.language()).isEqualTo("ms");
        assertThat(facts.marketing()).isTrue();
        assertThat(facts.productTypes()).containsExactly("stem_cell");
        assertThat(facts.claims()).contains(ClaimFlag.SAFETY_CLAIM);
        assertThat(facts.country()).isEqualTo("MY");
    }

    @Test
    void aClinicPageIsMarketingAndARegulatorNewsItemIsNot() {
        PageFacts clinic = Pages.factsOfText("""
                Terapi eksosom untuk peremajaan kulit di klinik kami, Jakarta.
                Promo bulan ini: harga paket spesial. Hubungi kami melalui WhatsApp untuk konsultasi.
                """);
        PageFacts news = Pages.factsOfText("""
                Polisi menggerebek klinik ilegal yang menawarkan terapi sel punca, lapor wartawan kami.
                Kepala BPOM memberikan peringatan kepada masyarakat, katanya dalam konferensi pers.
                """);

        assertThat(clinic.marketing()).isTrue();
        assertThat(clinic.country()).isEqualTo("ID");
        assertThat(news.marketing()).isFalse();
    }

    @Test
    void anOutcomeVerbSaidOfTheProductAsFactIsAnEfficacyClaim() {
        assertThat(claimsIn("Perawatan eksosom memudarkan flek hitam dan mengencangkan kulit wajah."))
                .contains(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn("Terapi sel punca meredakan nyeri lutut pasien kami."))
                .contains(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void aHedgedOrIntendedOutcomeIsNoEfficacyClaim() {
        assertThat(claimsIn("Perawatan eksosom dapat membantu memudarkan flek hitam."))
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
        assertThat(claimsIn(
                        "Perawatan eksosom ini bertujuan mengurangi kerutan, jadi hasilnya tidak langsung terlihat."))
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void anOutcomeOfSomethingElseIsNoEfficacyClaim() {
        assertThat(
                        claimsIn(
                                "Klinik kami menyediakan perawatan eksosom. Selain itu, tidur yang cukup mengurangi kerutan dan bikin kulit tidak kusam."))
                .doesNotContain(ClaimFlag.EFFICACY_CLAIM);
    }

    @Test
    void facialRejuvenationIsASkinTarget() {
        assertThat(Pages.factsIn(
                                "id",
                                "Terapi sel punca untuk peremajaan wajah sekarang sudah bisa dilakukan di klinik kami.")
                        .indications())
                .contains("skin_antiaging");
    }

    @Test
    void anOfficialsSafeAndProperServiceIsNoSafetyClaim() {
        assertThat(claimsIn("Pemerintah mendukung riset dan layanan terapi sel yang aman dan benar."))
                .doesNotContain(ClaimFlag.SAFETY_CLAIM);
    }

    @Test
    void aPoliceRaidIsNoMarketing() {
        PageFacts news = Pages.factsIn("id", """
                Sebuah klinik stem cell di Jakarta digerebek polisi karena tidak memiliki izin.
                Tersangka ditangkap dan barang bukti disita, sementara para korban diminta melapor.
                Klinik itu menawarkan suntik stem cell dengan harga Rp 200 juta.
                """);

        assertThat(news.marketing()).isFalse();
    }

    private static Set<ClaimFlag> claimsIn(String text) {
        return Pages.factsIn("id", text).claims();
    }

    private static Set<ClaimFlag> claims(String text) {
        return Pages.factsOfText(text).claims();
    }
}
