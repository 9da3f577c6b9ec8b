package org.exovigil.watch.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One page, one address: the normal form of RFC 3986 §6, and the site an address belongs to. */
class AddressTest {

    @Test
    void schemeAndHostAreLowerCasedAndTheDefaultPortDropped() {
        assertThat(normal("HTTPS://Clinic.EXAMPLE:443")).contains("https://clinic.example/");
        assertThat(normal("http://clinic.example:8080/a")).contains("http://clinic.example:8080/a");
    }

    @Test
    void theFragmentIsDroppedAndDotSegmentsRemoved() {
        assertThat(normal("http://clinic.example/a/./b/../c?x=1#prices")).contains("http://clinic.example/a/c?x=1");
        assertThat(normal("http://clinic.example/../../a")).contains("http://clinic.example/a");
    }

    @Test
    void charactersAUriMayNotHoldArePercentEncodedAsUtf8() {
        assertThat(normal("https://clinic.example/幹細胞 治療?q=エクソソーム"))
                .contains("https://clinic.example/%E5%B9%B9%E7%B4%B0%E8%83%9E%20%E6%B2%BB%E7%99%82"
                        + "?q=%E3%82%A8%E3%82%AF%E3%82%BD%E3%82%BD%E3%83%BC%E3%83%A0");
        assertThat(normal("https://clinic.example/a%7eb%2fc%zz")).contains("https://clinic.example/a~b%2Fc%25zz");
    }

    @Test
    void anInternationalHostTakesItsAsciiForm() {
        assertThat(normal("https://bücher.example/")).contains("https://xn--bcher-kva.example/");
    }

    @Test
    void onlyAbsoluteWebAddressesAreAddresses() {
        assertThat(normal("mailto:desk@clinic.example")).isEmpty();
        assertThat(normal("javascript:void(0)")).isEmpty();
        assertThat(normal("/relative/path")).isEmpty();
        assertThat(normal("www.clinic.example")).isEmpty();
        assertThat(normal("http://")).isEmpty();
        assertThat(normal("http://clinic.example:99999/")).isEmpty();
    }

    @Test
    void referencesResolveAgainstThePage() {
        Address page =
                Address.of("https://clinic.example/menu/index.html?lang=ja").orElseThrow();

        assertThat(page.resolve("../about").map(Address::toString)).contains("https://clinic.example/about");
        assertThat(page.resolve("?lang=en").map(Address::toString))
                .contains("https://clinic.example/menu/index.html?lang=en");
        assertThat(page.resolve("//cdn.clinic.example/x").map(Address::toString))
                .contains("https://cdn.clinic.example/x");
        assertThat(page.resolve("#top")).contains(page);
    }

    @Test
    void theSiteIsTheRegisteredDomain() {
        assertThat(site("https://www.clinic.co.jp/")).isEqualTo("clinic.co.jp");
        assertThat(site("https://beauty.clinic.co.jp/")).isEqualTo("clinic.co.jp");
        assertThat(site("https://alice.github.io/")).isNotEqualTo(site("https://bob.github.io/"));
        assertThat(site("http://127.0.0.1:8080/")).isEqualTo("127.0.0.1");
        assertThat(site("http://localhost:8080/")).isEqualTo("localhost");
    }

    private static Optional<String> normal(String text) {
        return Address.of(text).map(Address::toString);
    }

    private static String site(String text) {
        return Address.of(text).orElseThrow().site();
    }
}
