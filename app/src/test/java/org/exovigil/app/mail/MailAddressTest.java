package org.exovigil.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One person's bare address, and nothing that would add a header, a second recipient or a name to a letter. */
class MailAddressTest {

    @Test
    void aBareAddressIsTakenStripped() {
        assertThat(MailAddress.parse("  hanako.yamada+exo@example.co.jp \n"))
                .hasValueSatisfying(
                        address -> assertThat(address.value()).isEqualTo("hanako.yamada+exo@example.co.jp"));
    }

    @Test
    void whatIsNotOnePersonsAddressIsNone() {
        for (String text : new String[] {
            null,
            "",
            "   ",
            "090-1234-5678",
            "hanako",
            "@example.org",
            "hanako@",
            "hanako@localhost",
            "hanako@example.org.",
            "Hanako <hanako@example.org>",
            "a@example.org, b@example.org",
            "a@example.org b@example.org",
            "a@example.org\r\nBcc: everyone@example.org",
            "a\u0000@example.org",
            "a".repeat(250) + "@example.org"
        }) {
            assertThat(MailAddress.parse(text)).as(String.valueOf(text)).isEmpty();
        }
    }

    @Test
    void theConstructorRefusesWhatParseRefuses() {
        assertThatThrownBy(() -> new MailAddress("not an address")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLogLineShowsOnlyTheFirstLetterAndTheDomain() {
        var address = MailAddress.parse("Hanako@Example.org").orElseThrow();
        assertThat(address.masked()).isEqualTo("H…@example.org");
        assertThat(address.toString()).doesNotContain("anako");
    }
}
