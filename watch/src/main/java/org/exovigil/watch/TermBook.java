package org.exovigil.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reviewed term lists under {@code resources/org/exovigil/watch/terms}: {@code multi.tsv} (words
 * shared across languages: product names, regulators, cities, telephone prefixes), {@code en.tsv}
 * (English, which clinic pages everywhere borrow) and one file per language. A page is matched against
 * the shared list, English (less its grammar words) and its own language, so that
 * a short word of one language cannot fire on a page in another. Adding a language is adding a file.
 *
 * <p>Line format: {@code field <TAB> code <TAB> term [<TAB> flags]}; {@code #} starts a comment. A term
 * ending in {@code *} allows any word ending; one starting with {@code *} may end a longer word, for
 * languages that hedge or negate with a suffix (Turkish verebilir, "may give": {@code *ebilir*}).
 */
final class TermBook {

    private static final Map<String, TermMatcher> MATCHERS = new ConcurrentHashMap<>();

    /** Languages close enough to share a list: Malay clinic pages use the Indonesian words. */
    private static final Map<String, String> SHARED_LISTS = Map.of("ms", "id");

    private TermBook() {}

    static TermMatcher matcherFor(Language language) {
        return MATCHERS.computeIfAbsent(language.code(), code -> {
            var terms = new ArrayList<Term>();
            terms.addAll(load("multi"));
            if (code.equals("en")) {
                terms.addAll(load("en"));
            } else {
                // English product, treatment and claim words are borrowed by clinic pages everywhere, but not
                // English grammar: "no" is Portuguese for "in the", "can" a Turkish noun.
                load("en").stream().filter(term -> !term.field().grammar()).forEach(terms::add);
                terms.addAll(load(SHARED_LISTS.getOrDefault(code, code)));
            }
            return new TermMatcher(terms);
        });
    }

    static List<Term> load(String list) {
        InputStream in = TermBook.class.getResourceAsStream("terms/" + list + ".tsv");
        if (in == null) {
            return List.of();
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var terms = new ArrayList<Term>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    terms.add(parse(list, number, line));
                }
            }
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term parse(String list, int number, String line) {
        String[] columns = line.split("\t");
        if (columns.length < 3) {
            throw new IllegalStateException("terms/" + list + ".tsv line " + number
                    + ": expected field<TAB>code<TAB>term, got \"" + line + "\"");
        }
        String raw = columns[2].strip();
        boolean prefix = raw.endsWith("*");
        boolean suffix = raw.startsWith("*") && raw.length() > 1;
        String bare = raw.substring(suffix ? 1 : 0, prefix ? raw.length() - 1 : raw.length());
        String text = NormalizedText.of(bare).folded().strip();
        var flags = new HashSet<String>();
        if (columns.length > 3 && !columns[3].isBlank()) {
            flags.addAll(Arrays.asList(columns[3].strip().split("[ ,]+")));
        }
        if (suffix) {
            flags.add("suffix");
        }
        return new Term(Term.Field.of(columns[0].strip()), columns[1].strip(), text, prefix, Set.copyOf(flags));
    }
}
