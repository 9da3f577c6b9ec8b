package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML to text: boilerplate goes, evidence offsets point at the quoted text. */
class PageTextTest {

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void everyEvidenceSpanQuotesThePageText() {
        for (String name : List.of(
                "ja-clinic.html",
                "es-mexico.html",
                "ko-skin.html",
                "zh-hans.html",
                "zh-hant.html",
                "de-praxis.html",
                "en-us-clinic.html",
                "en-disclaimer.txt",
                "prices-mixed.txt")) {
            Page page = Pages.page(name);
            String text = extractor.text(page).text();
            PageFacts facts = extractor.extract(page);
            assertThat(facts.evidence()).as(name).isNotEmpty().allSatisfy(e -> {
                if (e.start() >= 0) {
                    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
                }
            });
        }
    }

    @Test
    void everyOutputCodeHasEvidence() {
        for (String name : List.of(
                "ja-clinic.html",
                "es-mexico.html",
                "ko-skin.html",
                "zh-hans.html",
                "de-praxis.html",
                "en-us-clinic.html")) {
            PageFacts facts = Pages.facts(name);
            var codes = new java.util.ArrayList<String>();
            codes.addAll(facts.productTypes());
            codes.addAll(facts.sources());
            codes.addAll(facts.indications());
            codes.addAll(facts.routes());
            java.util.stream.Stream.of(facts.country(), facts.donor())
                    .filter(java.util.Objects::nonNull)
                    .forEach(codes::add);
            facts.claims().forEach(c -> codes.add(c.code()));
            assertThat(codes)
                    .as(name)
                    .allSatisfy(code ->
                            assertThat(facts.evidence()).anyMatch(e -> e.code().equals(code)));
        }
    }

    @Test
    void navigationScriptsAndCookieBannersAreRemoved() {
        PageText text = extractor.text(Page.html("t.html", null, """
                <html><body><nav>Stem Cell IV</nav><script>var x = 'exosome';</script>
                <div class="cookie-notice">We use cookies</div><ul class="global-menu"><li><a href="/prp">PRP</a></li></ul>
                <p>Exosome facial</p><div style="display:none">Price: $500</div></body></html>"""));

        assertThat(text.text())
                .contains("Exosome facial", "Price: $500")
                .doesNotContain("Stem Cell", "cookies", "PRP", "var x");
    }

    @Test
    void aPriceListCalledMenuIsContentNotNavigation() {
        PageText text = extractor.text(Page.html("t.html", null, """
                <html><body><div class="menu"><h2>施術メニュー</h2><p>エクソソーム点滴 1回 198,000円（税込）</p></div>
                <div class="sp-menu"><a href="/">ホーム</a><a href="/botox">ボトックス</a></div></body></html>"""));

        assertThat(text.text()).contains("198,000円").doesNotContain("ボトックス");
    }

    @Test
    void footerLocatesTheBusinessButOffersNothing() {
        PageFacts facts = extractor.extract(Page.html("t.html", null, """
                <html><body><main><h1>Exosome facial</h1><p>Our clinic offers exosome facials with microneedling.
                Book now: $500 per session.</p></main>
                <footer>Also: stem cell therapy, knee injections. 1 Main St, Dallas, TX 75201</footer></body></html>"""));

        assertThat(facts.country()).isEqualTo("US");
        assertThat(facts.productTypes()).containsExactly("exosome");
        assertThat(facts.routes()).doesNotContain("intra_articular");
    }

    @Test
    void languagesAreToldApart() {
        assertThat(language("エクソソーム点滴のご案内です。料金はこちら。")).isEqualTo(new Language("ja", null));
        assertThat(language("엑소좀 시술 가격 안내입니다.")).isEqualTo(new Language("ko", null));
        assertThat(language("这是我们的外泌体疗程，价格请咨询。")).isEqualTo(new Language("zh", "Hans"));
        assertThat(language("這是我們的外泌體療程，價格請諮詢。")).isEqualTo(new Language("zh", "Hant"));
        assertThat(language("Ofrecemos terapia de exosomas en nuestra clínica para el dolor de rodilla."))
                .isEqualTo(new Language("es", null));
        assertThat(language("Wir bieten die Behandlung mit Exosomen in unserer Praxis an und sind für Sie da."))
                .isEqualTo(new Language("de", null));
        assertThat(language("We offer exosome therapy at our clinic for your skin."))
                .isEqualTo(new Language("en", null));
    }

    @Test
    void closeLanguagesAreToldApartByTheirLetterSequences() {
        assertThat(language("Oferim teràpia amb exosomes a la nostra clínica per a la pell i els cabells."))
                .isEqualTo(new Language("ca", null));
        assertThat(language("Ponúkame ošetrenie exozómami v našej klinike, objednajte sa ešte dnes."))
                .isEqualTo(new Language("sk", null));
        assertThat(language("Nabízíme ošetření exozomy na naší klinice, objednejte se ještě dnes."))
                .isEqualTo(new Language("cs", null));
        assertThat(language("Kami menawarkan perawatan eksosom di klinik kami untuk kulit wajah Anda."))
                .isEqualTo(new Language("id", null));
        assertThat(language("Oferecemos tratamento com exossomos na nossa clínica para a sua pele."))
                .isEqualTo(new Language("pt", null));
        assertThat(language("हमारे क्लिनिक में एक्सोसोम थेरेपी उपलब्ध है, आज ही अपॉइंटमेंट बुक करें।"))
                .isEqualTo(new Language("hi", null));
        assertThat(language("Προσφέρουμε θεραπεία με εξωσώματα στην κλινική μας για την επιδερμίδα."))
                .isEqualTo(new Language("el", null));
    }

    @Test
    void theAddressLineOfASavedPageIsNotLanguage() {
        assertThat(
                        language(
                                "URL: https://example.com/the-best-english-words-here\nWir bieten Exosomen in unserer Praxis an."))
                .isEqualTo(new Language("de", null));
    }

    private static Language language(String text) {
        return Language.detect(NormalizedText.of(text).folded());
    }

    @Test
    void foldingKeepsOneBlankLineWhereAParagraphEndsAndReadsCrLfAsOneBreak() {
        assertThat(NormalizedText.of("a\n\n\n\nb").folded()).isEqualTo("a\n\nb");
        assertThat(NormalizedText.of("a\r\nb\r\n\r\nc").folded()).isEqualTo("a\nb\n\nc");
        assertThat(NormalizedText.of("a  \n  b").folded()).isEqualTo("a\nb");
    }

    @Test
    void foldingMakesOptionalMarksAndScriptVariantsOne() {
        assertThat(NormalizedText.of("فعّال").folded()).isEqualTo("فعال");
        assertThat(NormalizedText.of("علـــاج").folded()).isEqualTo("علاج");
        assertThat(NormalizedText.of("١٥٠٠ درهم").folded()).isEqualTo("1500 درهم");
        assertThat(NormalizedText.of("İyileştirir").folded()).isEqualTo("iyileştirir");
        assertThat(NormalizedText.of("ΑΣΦΑΛΗΣ ασφαλής").folded()).isEqualTo("ασφαλησ ασφαλησ");
    }

    @Test
    void borrowedEnglishWordsDoNotOutvoteThePagesOwnScript() {
        assertThat(language("Exosomes ช่วยดูแลผิว Exosomes สำหรับฝ้า keratinocyte-derived exosomes ลดเลือนจุดด่างดำ"))
                .isEqualTo(new Language("th", null));
        assertThat(language("علاج Exosome Therapy بالإكسوزوم في عيادتنا Skin Booster للبشرة"))
                .isEqualTo(new Language("ar", null));
    }
}
