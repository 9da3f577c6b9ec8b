package org.exovigil.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every letter reads in English and in Japanese from the message files: a subject on one line, a body with every
 * argument filled in, the listed items, and the signature.
 */
class LetterTextTest {

    private static final MailAddress TO = new MailAddress("reader@example.org");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 20);

    private final LetterText text = new LetterText(messages());

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/rulebook");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Each kind with arguments of the kinds its callers give. */
    private static List<Letter> everyKind(Locale language) {
        return List.of(
                Letter.of(
                        TO,
                        language,
                        "invitation",
                        "account:a",
                        "hanako",
                        new DefaultMessageSourceResolvable("role.REGULATOR"),
                        new Letter.Secret("http://x/setup/t"),
                        7L),
                Letter.of(
                        TO,
                        language,
                        "followup",
                        "report-id:1",
                        "EXO-2026-000001",
                        "Which lot?\nAnd when?",
                        DUE,
                        "http://x/report/more?reference=EXO-2026-000001"),
                Letter.of(
                        TO,
                        language,
                        "reminder",
                        "report-id:1",
                        "EXO-2026-000001",
                        "Which lot?",
                        DUE,
                        "http://x/report/more"),
                Letter.of(TO, language, "receipt", "report-id:1", "EXO-2026-000001", DUE, "http://x/report/more"),
                Letter.of(TO, language, "deadlines", "deadlines:2026-12-18", 3, 1)
                        .listing(List.of(new DefaultMessageSourceResolvable(
                                new String[] {"mail.deadlines.item"}, new Object[] {
                                    "EXO-2026-000001",
                                    new DefaultMessageSourceResolvable(
                                            new String[] {"case.duty.none"}, null, "JP-ASRM"),
                                    "2026-12-20"
                                }))));
    }

    @Test
    void everyLetterIsWrittenWholeInBothLanguages() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            for (Letter letter : everyKind(language)) {
                LetterText.Written written = text.write(letter);
                assertThat(written.subject())
                        .as(letter.kind())
                        .isNotBlank()
                        .doesNotContain("\n")
                        .doesNotContain("{");
                assertThat(written.sent()).as(letter.kind()).doesNotContain("{").contains("Exovigil");
                assertThat(written.sent())
                        .as(letter.kind())
                        .endsWith(language.getLanguage().equals("ja") ? "ています。" : "automatically.");
            }
        }
    }

    @Test
    void theJapaneseLetterIsInJapanese() {
        var written = text.write(everyKind(Locale.JAPANESE).getFirst());
        assertThat(written.subject()).isEqualTo("Exovigil：アカウント「hanako」のご案内");
        assertThat(written.sent())
                .contains("役割：規制当局")
                .contains("http://x/setup/t")
                .contains("7 日間");
    }

    @Test
    void aSecretLeavesWithTheLetterButTheOutboxShowsANoteInItsPlace() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            var written = text.write(everyKind(language).getFirst());
            assertThat(written.hasSecret()).isTrue();
            assertThat(written.sent()).contains("http://x/setup/t");
            assertThat(written.shown())
                    .doesNotContain("http://x/setup/t")
                    .contains(language.equals(Locale.JAPANESE) ? "［リンクは削除済み" : "[link removed:");
            assertThat(written.subject()).doesNotContain("setup");
        }
        var receipt = text.write(everyKind(Locale.ENGLISH).get(3));
        assertThat(receipt.hasSecret()).isFalse();
        assertThat(receipt.shown()).isEqualTo(receipt.sent());
    }

    @Test
    void argumentsAreFilledInAndDatesWrittenIso() {
        var written = text.write(everyKind(Locale.ENGLISH).get(1));
        assertThat(written.subject()).isEqualTo("Exovigil: a question about your report EXO-2026-000001");
        assertThat(written.sent()).contains("Which lot?\nAnd when?").contains("by 2026-12-20");
    }

    @Test
    void aListedItemIsWrittenInTheLettersLanguageWithItsDefault() {
        assertThat(text.write(everyKind(Locale.ENGLISH).getLast()).sent())
                .contains("- EXO-2026-000001: JP-ASRM, due 2026-12-20");
        assertThat(text.write(everyKind(Locale.JAPANESE).getLast()).sent())
                .contains("- EXO-2026-000001：JP-ASRM、期限 2026-12-20");
        assertThat(text.write(everyKind(Locale.ENGLISH).getLast()).subject())
                .isEqualTo("Exovigil: 1 reporting deadline within 3 days");
    }

    @Test
    void aLineBreakInAnArgumentDoesNotStartAnotherHeader() {
        var letter =
                Letter.of(TO, Locale.ENGLISH, "followup", "report-id:1", "EXO\r\nBcc: x@example.org", "q", DUE, "l");
        assertThat(text.write(letter).subject()).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aLanguageOtherThanJapaneseIsWrittenInEnglish() {
        assertThat(Letter.language(Locale.KOREAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Letter.language(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Letter.language(Locale.JAPAN)).isEqualTo(Locale.JAPANESE);
    }
}
