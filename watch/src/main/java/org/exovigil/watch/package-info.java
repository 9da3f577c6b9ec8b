/**
 * Watch: reads saved clinic web pages in many languages and turns each into {@link
 * org.exovigil.watch.PageFacts} per {@code shared/spec/extract.md}: whether the page markets an
 * exosome-type product, in which language and country, which products, tissues, donors, indications,
 * routes and prices, and which claims it makes, each code backed by evidence spans into the page text.
 * {@link org.exovigil.watch.Survey} counts many pages into the tables of the published marketing
 * surveys. The vocabulary lives in reviewed term lists under {@code resources/org/exovigil/watch/terms},
 * so adding a language is a data change. Plain Java: no Spring, no database; the public API is {@link
 * org.exovigil.watch.PageExtractor}, {@link org.exovigil.watch.PageFiles}, {@link
 * org.exovigil.watch.FactsJson} and {@link org.exovigil.watch.Survey}; everything else is package-private.
 * The pages themselves come from {@link org.exovigil.watch.crawl}, a polite crawler that saves them in
 * the form {@link org.exovigil.watch.PageFiles} reads.
 */
package org.exovigil.watch;
