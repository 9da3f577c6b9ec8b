package org.exovigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an address tells of who speaks on a page. */
class PublisherTest {

    @Test
    void governmentsSpeakFromTheirOwnDomains() {
        assertThat(Publisher.of("https://www.fda.gov/safety/alert")).contains(Publisher.REGULATOR);
        assertThat(Publisher.of("https://www.mhlw.go.jp/stf/notice.html")).contains(Publisher.REGULATOR);
        assertThat(Publisher.of("https://www.tga.gov.au/resources/guidance")).contains(Publisher.REGULATOR);
        assertThat(Publisher.of("https://ansm.sante.gouv.fr/actualites")).contains(Publisher.REGULATOR);
        assertThat(Publisher.of("https://health.ec.europa.eu/page")).contains(Publisher.REGULATOR);
    }

    @Test
    void journalsAndUniversitiesAreAcademic() {
        assertThat(Publisher.of("https://pubmed.ncbi.nlm.nih.gov/123456/")).contains(Publisher.ACADEMIC);
        assertThat(Publisher.of("https://www.u-tokyo.ac.jp/research")).contains(Publisher.ACADEMIC);
        assertThat(Publisher.of("https://journal.example.org/index.php/j/article/view/42"))
                .contains(Publisher.ACADEMIC);
    }

    @Test
    void newsOutletsAreToldByTheirHostOrArticlePath() {
        assertThat(Publisher.of("https://tw.news.example.com/story-1")).contains(Publisher.NEWS);
        assertThat(Publisher.of("https://www.daily.example/news/health/1")).contains(Publisher.NEWS);
    }

    @Test
    void aProvidersDomainNamesItsTrade() {
        assertThat(Publisher.of("https://www.ginza-skin-clinic.example/exosome"))
                .contains(Publisher.PROVIDER);
        assertThat(Publisher.of("https://mm-privatpraxis.example/blog")).contains(Publisher.PROVIDER);
        assertThat(Publisher.of("https://www.example.com/exosomes")).isEmpty();
    }

    @Test
    void noAddressOrAMalformedOneTellsNothing() {
        assertThat(Publisher.of(null)).isEmpty();
        assertThat(Publisher.of("not an address")).isEmpty();
        assertThat(Publisher.of("http://[::1")).isEmpty();
    }
}
