package org.exovigil.vigilance.terminology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests codes for a verbatim reaction text (ICH E2B(R3) E.i.1.1a), English or Japanese, a term or a narrative.
 *
 * <p>Method. Designations are indexed once (immutable afterwards, so one suggester serves any number of threads).
 * English designations become sequences of stemmed content words ({@link Wording}); a designation matches as a
 * phrase when its words stand together and in order in the verbatim, as a scattered match when all are there apart,
 * and partly when more than half its weight (words weighted by inverse document frequency over the designations,
 * Sparck Jones 1972) is there. Japanese designations are matched as substrings of the folded verbatim, partly by
 * their character bigrams, and with up to six characters between a particle and its predicate. Scores: the whole verbatim is the designation 1.0; a phrase 0.75..0.95, more for a longer
 * designation covering more of the verbatim; scattered 0.55..0.65; partial at most 0.5. Phrases, scattered and
 * partial matches stay within one clause (a sentence, or a part of one before "but"). A phrase inside a longer
 * phrase match of another code ("swelling" in "injection site swelling", 痛い in 頭がひどく痛い) counts 0.85 of itself, and a negated one
 * ("no fever", 熱はない) 0.3 of itself. Each code keeps its best designation.
 */
public final class TermSuggester {

    private static final double NEGATED = 0.3;
    private static final double INSIDE_LONGER = 0.85;
    private static final double WORDS_BETWEEN = 0.95;
    private static final int GAP = 6;

    /**
     * One designation as indexed: English words (stems; each once, with their summed idf), or a Japanese key (the folded text without spaces, one
     * inflection cut) with the folded text itself and its content bigrams (those holding a kanji or katakana;
     * bigrams of hiragana alone, such as なか or った, say nothing about the event).
     */
    private record Entry(
            Designation designation,
            List<String> stems,
            List<String> distinct,
            double weight,
            String key,
            String whole,
            List<String> content) {
        boolean japanese() {
            return key != null;
        }

        int length() {
            return japanese() ? key.length() : stems.size();
        }
    }

    /** A designation found in a verbatim, with where it stands (words or characters, by its kind). */
    private record Found(Entry entry, double score, boolean phrase, int start, int end) {}

    private final List<Entry> entries;
    private final Map<String, int[]> byStem;
    private final Map<String, int[]> byBigram;
    private final List<Integer> singleCharacters;
    private final Map<String, Double> idf;

    private TermSuggester(Collection<Designation> designations) {
        List<Entry> built = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<List<String>> stemsOf = new ArrayList<>();
        for (Designation d : designations) {
            if (Wording.hasJapanese(d.text())) {
                stemsOf.add(null);
            } else {
                List<String> stems = Wording.words(Wording.fold(d.text())).stream()
                        .map(Wording.Word::stem)
                        .toList();
                stemsOf.add(stems);
                new HashSet<>(stems).forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
            }
        }
        int total = Math.max(1, designations.size());
        Map<String, Double> weights = new HashMap<>();
        documentFrequency.forEach((s, df) -> weights.put(s, Math.log(1 + (double) total / df)));
        this.idf = Map.copyOf(weights);
        Map<String, List<Integer>> stems = new HashMap<>();
        Map<String, List<Integer>> bigrams = new HashMap<>();
        List<Integer> singles = new ArrayList<>();
        int i = 0;
        for (Designation d : designations) {
            List<String> words = stemsOf.get(i++);
            Entry entry;
            if (words == null) {
                String key = Wording.japaneseKey(d.text());
                if (key.isEmpty()) {
                    continue;
                }
                List<String> content = bigrams(key).stream()
                        .filter(b -> !Wording.isHiragana(b.charAt(0)) || !Wording.isHiragana(b.charAt(1)))
                        .distinct()
                        .toList();
                String whole = Wording.fold(d.text()).replaceAll("\\s+", "");
                entry = new Entry(d, List.of(), List.of(), 0, key, whole, content);
                if (key.length() == 1) {
                    singles.add(built.size());
                }
                for (String bigram : bigrams(key)) {
                    bigrams.computeIfAbsent(bigram, b -> new ArrayList<>()).add(built.size());
                }
            } else {
                if (words.isEmpty()) {
                    continue;
                }
                List<String> distinct = words.stream().distinct().toList();
                double weight = distinct.stream().mapToDouble(weights::get).sum();
                entry = new Entry(d, words, distinct, weight, null, null, List.of());
                for (String stem : distinct) {
                    stems.computeIfAbsent(stem, s -> new ArrayList<>()).add(built.size());
                }
            }
            built.add(entry);
        }
        this.entries = List.copyOf(built);
        this.byStem = postings(stems);
        this.byBigram = postings(bigrams);
        this.singleCharacters = List.copyOf(singles);
    }

    /** A suggester over these designations; building it indexes them once. */
    public static TermSuggester over(Collection<Designation> designations) {
        return new TermSuggester(List.copyOf(designations));
    }

    /** Up to {@code limit} codes for the verbatim, best first; none for an empty text or a limit below 1. */
    public List<Suggestion> suggest(String verbatim, int limit) {
        if (verbatim == null || verbatim.isBlank() || limit < 1) {
            return List.of();
        }
        String folded = Wording.fold(verbatim);
        List<Found> found = new ArrayList<>();
        english(folded, found);
        japanese(folded, found);
        return best(demoteInsideLonger(found), limit);
    }

    private void english(String folded, List<Found> found) {
        List<Wording.Word> words = Wording.words(folded);
        if (words.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> at = new HashMap<>();
        for (Wording.Word w : words) {
            at.computeIfAbsent(w.stem(), s -> new ArrayList<>()).add(w.index());
        }
        BitSet candidates = new BitSet(entries.size());
        for (String stem : at.keySet()) {
            int[] posting = byStem.get(stem);
            if (posting != null) {
                for (int e : posting) {
                    candidates.set(e);
                }
            }
        }
        for (int e = candidates.nextSetBit(0); e >= 0; e = candidates.nextSetBit(e + 1)) {
            Found f = englishMatch(entries.get(e), words, at);
            if (f != null) {
                found.add(f);
            }
        }
    }

    private Found englishMatch(Entry entry, List<Wording.Word> words, Map<String, List<Integer>> at) {
        List<String> stems = entry.stems();
        int k = stems.size();
        double specificity = (double) k / Math.max(k, words.size());
        int negatedAt = -1;
        for (int start : at.getOrDefault(stems.getFirst(), List.of())) {
            if (standsAt(stems, words, start)) {
                boolean negated = words.subList(start, start + k).stream().anyMatch(Wording.Word::negated);
                if (!negated) {
                    double score = k == words.size() ? 1.0 : phrase(specificity, k);
                    return new Found(entry, score, true, start, start + k);
                }
                negatedAt = negatedAt < 0 ? start : negatedAt;
            }
        }
        if (negatedAt >= 0) {
            double score = (k == words.size() ? 1.0 : phrase(specificity, k)) * NEGATED;
            return new Found(entry, score, true, negatedAt, negatedAt + k);
        }
        if (k < 2) {
            return null;
        }
        List<String> distinct = entry.distinct();
        double total = entry.weight();
        double anywhere = 0;
        for (String stem : distinct) {
            if (at.containsKey(stem)) {
                anywhere += idf.get(stem);
            }
        }
        if (anywhere <= 0.5 * total) {
            return null;
        }
        // Scattered and partial matches count the designation's words found within one clause, not across them.
        Map<Integer, Set<String>> byClause = new HashMap<>();
        for (String stem : distinct) {
            for (int place : at.getOrDefault(stem, List.of())) {
                byClause.computeIfAbsent(words.get(place).clause(), c -> new HashSet<>())
                        .add(stem);
            }
        }
        double coverage = 0;
        int clause = -1;
        for (Map.Entry<Integer, Set<String>> found : byClause.entrySet()) {
            double present = found.getValue().stream().mapToDouble(idf::get).sum() / total;
            if (present > coverage) {
                coverage = present;
                clause = found.getKey();
            }
        }
        int inClause = clause;
        boolean negated = byClause.getOrDefault(clause, Set.of()).stream()
                .anyMatch(stem -> at.get(stem).stream()
                        .filter(p -> words.get(p).clause() == inClause)
                        .allMatch(p -> words.get(p).negated()));
        double score;
        if (coverage >= 0.999) {
            score = 0.55 + 0.1 * specificity;
        } else if (k >= 2 && coverage > 0.5) {
            score = 0.5 * coverage;
        } else {
            return null;
        }
        return new Found(entry, negated ? score * NEGATED : score, false, -1, -1);
    }

    private static boolean standsAt(List<String> stems, List<Wording.Word> words, int start) {
        if (start + stems.size() > words.size()) {
            return false;
        }
        int clause = words.get(start).clause();
        for (int j = 0; j < stems.size(); j++) {
            Wording.Word word = words.get(start + j);
            if (!word.stem().equals(stems.get(j)) || word.clause() != clause) {
                return false;
            }
        }
        return true;
    }

    /** A phrase match: 0.75 to 0.95, more for longer designations and for covering more of the verbatim. */
    private static double phrase(double specificity, int length) {
        return 0.75 + 0.15 * specificity + 0.05 * Math.min(1.0, (length - 1) / 3.0);
    }

    private void japanese(String folded, List<Found> found) {
        if (!Wording.hasJapanese(folded)) {
            return;
        }
        int japaneseLength =
                (int) folded.codePoints().filter(Wording::isJapanese).count();
        String whole = folded.replaceAll("[\\s\\p{Punct}、。・]+", "");
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i + 2 <= folded.length(); i++) {
            at.computeIfAbsent(folded.substring(i, i + 2), b -> new ArrayList<>())
                    .add(i);
        }
        BitSet candidates = new BitSet(entries.size());
        singleCharacters.forEach(candidates::set);
        for (String bigram : at.keySet()) {
            int[] posting = byBigram.get(bigram);
            if (posting != null) {
                for (int e : posting) {
                    candidates.set(e);
                }
            }
        }
        for (int candidate = candidates.nextSetBit(0);
                candidate >= 0;
                candidate = candidates.nextSetBit(candidate + 1)) {
            Found f = japaneseMatch(entries.get(candidate), folded, whole, japaneseLength, at);
            if (f != null) {
                found.add(f);
            }
        }
    }

    private static Found japaneseMatch(
            Entry entry, String folded, String whole, int japaneseLength, Map<String, List<Integer>> at) {
        String key = entry.key();
        int length = key.length();
        double specificity = (double) length / Math.max(length, japaneseLength);
        double phrase = whole.equals(key) || whole.equals(entry.whole())
                ? 1.0
                : length == 1 ? 0.45 : 0.75 + 0.15 * specificity + 0.05 * Math.min(1.0, (length - 2) / 3.0);
        List<Integer> starts = new ArrayList<>();
        if (length == 1) {
            for (int i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
                starts.add(i);
            }
        } else {
            for (int i : at.getOrDefault(key.substring(0, 2), List.of())) {
                if (folded.startsWith(key, i)) {
                    starts.add(i);
                }
            }
        }
        for (int start : starts) {
            if (!Wording.negatedAfter(folded, start + length)) {
                return new Found(entry, phrase, true, start, start + length);
            }
        }
        if (!starts.isEmpty()) {
            int start = starts.getFirst();
            return new Found(entry, phrase * NEGATED, true, start, start + length);
        }
        Found gapped = gapped(entry, folded, phrase * WORDS_BETWEEN);
        if (gapped != null) {
            return gapped;
        }
        long shared = entry.content().stream().filter(at::containsKey).count();
        int content = entry.content().size();
        if (content >= 2 && shared * 2 >= content) {
            return new Found(entry, 0.5 * shared / content, false, -1, -1);
        }
        return null;
    }

    /**
     * A Japanese designation "subject + particle + predicate" (頭が痛い) found with a few words between particle and
     * predicate (頭がひどく痛い, 熱が少し出た), within one clause.
     */
    private static Found gapped(Entry entry, String folded, double score) {
        String key = entry.key();
        int particle = Wording.particle(key);
        if (particle < 0) {
            return null;
        }
        String head = key.substring(0, particle + 1);
        String tail = key.substring(particle + 1);
        for (int i = folded.indexOf(head); i >= 0; i = folded.indexOf(head, i + 1)) {
            int from = i + head.length();
            int j = folded.indexOf(tail, from);
            if (j >= 0 && j - from <= GAP && Wording.oneClause(folded, from, j)) {
                int end = j + tail.length();
                return new Found(entry, Wording.negatedAfter(folded, end) ? score * NEGATED : score, true, i, end);
            }
        }
        return null;
    }

    /** A phrase overlapping a longer phrase match of another code is the lesser reading of those words. */
    private static List<Found> demoteInsideLonger(List<Found> found) {
        List<Found> phrases = found.stream()
                .filter(Found::phrase)
                .sorted(Comparator.comparingInt((Found f) -> f.end() - f.start())
                        .reversed())
                .toList();
        List<Found> result = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean inside = f.phrase()
                    && phrases.stream()
                            .takeWhile(longer -> longer.end() - longer.start() > f.end() - f.start())
                            .anyMatch(longer -> longer.entry().japanese()
                                            == f.entry().japanese()
                                    && longer.start() < f.end()
                                    && f.start() < longer.end()
                                    && longer.score() > NEGATED
                                    && !longer.entry()
                                            .designation()
                                            .code()
                                            .equals(f.entry().designation().code()));
            result.add(inside ? new Found(f.entry(), f.score() * INSIDE_LONGER, true, f.start(), f.end()) : f);
        }
        return result;
    }

    private static List<Suggestion> best(List<Found> found, int limit) {
        Map<String, Found> byCode = new LinkedHashMap<>();
        for (Found f : found) {
            byCode.merge(f.entry().designation().code(), f, (a, b) -> better(b, a) ? b : a);
        }
        return byCode.values().stream()
                .sorted((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0)
                .limit(limit)
                .map(f -> new Suggestion(
                        f.entry().designation().code(), f.entry().designation().text(), Math.min(1.0, f.score())))
                .toList();
    }

    /** Higher score first; then the longer designation (more specific); then the code, so the order is stable. */
    private static boolean better(Found a, Found b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        if (a.entry().length() != b.entry().length()) {
            return a.entry().length() > b.entry().length();
        }
        return a.entry().designation().code().compareTo(b.entry().designation().code()) < 0;
    }

    private static Map<String, int[]> postings(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((k, v) ->
                out.put(k, v.stream().distinct().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    private static List<String> bigrams(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            out.add(key.substring(i, i + 2));
        }
        return out;
    }
}
