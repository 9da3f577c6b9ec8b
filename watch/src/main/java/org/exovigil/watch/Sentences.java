package org.exovigil.watch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Sentence and clause boundaries of folded text, and what each sentence is: context rather than offer
 * (research, background, contraindications). Negation is scoped to the clause: "not FDA-approved, but
 * safe" negates the approval, not the safety; hedging to what follows it and its own clause.
 *
 * <p>A short heading or lead-in with a context cue ("Exosomes are being studied for:", 施術を受けられない方)
 * passes its context to the short lines that follow it, which is how lists of researched conditions or
 * contraindications are laid out on real pages.
 */
final class Sentences {

    /** How far a negation cue reaches, in folded characters: a few words, or a few ideographs. */
    private static final int NEGATION_BEFORE = 40;

    private static final int NEGATION_AFTER = 25;
    /** Wide enough for an authority's name between 未经 and 批准 (尚未经国家药品监督管理局批准). */
    private static final int IDEOGRAPHIC_BEFORE = 16;

    private static final int IDEOGRAPHIC_AFTER = 12;
    private static final int LIST_LINE = 100;

    private final int[] sentenceStarts;
    private final int[] clauseStarts;
    private final List<Hit> hedges;
    private final boolean[] context;
    /** Per sentence, where a side-effect clause starts (what follows is context), or -1. */
    private final int[] contextFrom;

    private final List<Hit> negations;
    private final boolean[] asked;
    private final boolean[] aboutProduct;
    private final String folded;

    private Sentences(
            int[] sentenceStarts,
            int[] clauseStarts,
            List<Hit> hedges,
            boolean[] context,
            List<Hit> negations,
            String folded) {
        this.sentenceStarts = sentenceStarts;
        this.clauseStarts = clauseStarts;
        this.hedges = hedges;
        this.context = context;
        this.contextFrom = new int[sentenceStarts.length];
        Arrays.fill(contextFrom, -1);
        this.negations = negations;
        this.asked = new boolean[sentenceStarts.length];
        this.aboutProduct = new boolean[sentenceStarts.length];
        this.folded = folded;
    }

    static Sentences of(String folded, List<Hit> hits) {
        var sentences = new ArrayList<Integer>();
        var clauses = new ArrayList<Integer>();
        sentences.add(0);
        clauses.add(0);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (endsSentence(folded, i)) {
                sentences.add(i + 1);
                clauses.add(i + 1);
            } else if (",;:、，；：()（）「」،؛".indexOf(c) >= 0) {
                clauses.add(i + 1);
            }
        }
        hits.stream().filter(h -> h.field() == Term.Field.CLAUSE).forEach(h -> clauses.add(h.start()));
        int[] sentenceStarts = sentences.stream()
                .mapToInt(Integer::intValue)
                .distinct()
                .sorted()
                .toArray();
        int[] clauseStarts =
                clauses.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        boolean[] context = new boolean[sentenceStarts.length];
        var sideEffects = new BitSet();
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.CONTEXT) {
                if (hit.code().equals("side_effects")) {
                    sideEffects.set(hit.start());
                } else {
                    context[index(sentenceStarts, hit.start())] = true;
                }
            }
        }
        var hedges = hits.stream().filter(h -> h.field() == Term.Field.HEDGE).toList();
        var negations = hits.stream()
                .filter(h -> h.field() == Term.Field.NEGATION)
                .sorted(Comparator.comparingInt(Hit::start))
                .toList();
        boolean[] offers = new boolean[sentenceStarts.length];
        for (Hit hit : hits) {
            if (hit.field() == Term.Field.PRODUCT
                    || hit.field() == Term.Field.OFFER && hit.term().has("strong")) {
                offers[index(sentenceStarts, hit.start())] = true;
            }
        }
        var built = new Sentences(sentenceStarts, clauseStarts, hedges, context, negations, folded);
        built.markSideEffects(folded, sideEffects);
        hits.stream().filter(h -> h.field() == Term.Field.QUESTION).forEach(built::markQuestion);
        built.spreadContextToLists(folded, offers);
        built.spreadProductToLists(folded, hits);
        return built;
    }

    private static boolean endsSentence(String folded, int i) {
        char c = folded.charAt(i);
        if (c == '\n' || "。！？!?؟।॥".indexOf(c) >= 0) {
            return true;
        }
        // The Greek question mark is ";" once folded.
        if (c == ';' && greekQuestion(folded, i)) {
            return true;
        }
        // Thai has no full stop: a space between Thai words ends a sentence or phrase.
        if (c == ' ' && i > 0 && i + 1 < folded.length() && thai(folded.charAt(i - 1)) && thai(folded.charAt(i + 1))) {
            return true;
        }
        // Korean and Japanese news often run the next sentence on with no space after the full stop.
        if (c == '.'
                && i + 1 < folded.length()
                && i > 0
                && unspaced(folded.charAt(i - 1))
                && unspaced(folded.charAt(i + 1))) {
            return true;
        }
        // A full stop ends a sentence when a space follows; "1.500" and "e.g." inside words do not.
        return c == '.'
                && (i + 1 == folded.length() || folded.charAt(i + 1) == ' ' || folded.charAt(i + 1) == '\n')
                && i > 2
                && !folded.startsWith("e.g", i - 3)
                && !folded.startsWith("i.e", i - 3)
                && !folded.startsWith(" vs", i - 3)
                && !folded.startsWith(" dr", i - 3);
    }

    private static boolean unspaced(char c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HANGUL, HIRAGANA, KATAKANA, HAN -> true;
            default -> false;
        };
    }

    private static boolean thai(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI;
    }

    /**
     * A side-effect cue makes a heading ("Side effects:") and the list under it context, but in a sentence
     * it reaches only from its own clause on: "improves spots, though redness may occur as a side effect"
     * still offers what comes before it.
     */
    private void markSideEffects(String folded, BitSet cues) {
        for (int cue = cues.nextSetBit(0); cue >= 0; cue = cues.nextSetBit(cue + 1)) {
            int sentence = index(sentenceStarts, cue);
            if (isLeadIn(folded, sentence)) {
                context[sentence] = true;
            } else {
                int from = clauseStarts[index(clauseStarts, cue)];
                contextFrom[sentence] = contextFrom[sentence] < 0 ? from : Math.min(contextFrom[sentence], from);
            }
        }
    }

    /** The list ends at a long line, a blank line, or a line that names a product or an offer (the next section). */
    private void spreadContextToLists(String folded, boolean[] offers) {
        for (int s = 0; s < sentenceStarts.length - 1; s++) {
            if (!context[s] || !isLeadIn(folded, s)) {
                continue;
            }
            int next = s + 1;
            while (next < sentenceStarts.length
                    && length(folded, next) <= LIST_LINE
                    && next - s <= 20
                    && !offers[next]
                    && !folded.substring(sentenceStarts[next], end(folded, next))
                            .isBlank()) {
                context[next++] = true;
            }
            s = next - 1;
        }
    }

    /**
     * The short lines under a heading that names a product speak of it: "Benefits of our exosome facial:"
     * then "Tightens pores", "Brightens dull skin". Such a list ends like a context list.
     */
    private void spreadProductToLists(String folded, List<Hit> hits) {
        boolean[] names = new boolean[sentenceStarts.length];
        hits.stream()
                .filter(h -> h.field() == Term.Field.PRODUCT)
                .forEach(h -> names[index(sentenceStarts, h.start())] = true);
        for (int s = 0; s < sentenceStarts.length - 1; s++) {
            if (!names[s] || !isLeadIn(folded, s)) {
                continue;
            }
            int next = s + 1;
            while (next < sentenceStarts.length
                    && length(folded, next) <= LIST_LINE
                    && next - s <= 20
                    && !folded.substring(sentenceStarts[next], end(folded, next))
                            .isBlank()) {
                next++;
            }
            // A heading is told by its colon, or by the list it opens: one short line after a short line is prose.
            boolean colon =
                    folded.substring(sentenceStarts[s], end(folded, s)).strip().matches("(?s).*[:：]$");
            if (colon || next - s > 2) {
                Arrays.fill(aboutProduct, s + 1, next, true);
            }
        }
    }

    /** Whether the hit stands in a list line under a heading that names a product. */
    boolean underProductHeading(Hit hit) {
        return aboutProduct[index(sentenceStarts, hit.start())];
    }

    /** A heading or a line ending in a colon; a full sentence ending in a stop introduces no list. */
    private boolean isLeadIn(String folded, int sentence) {
        String text = folded.substring(sentenceStarts[sentence], end(folded, sentence))
                .strip();
        return !text.isEmpty()
                && (text.endsWith(":") || text.length() <= 80 && ".。!！।".indexOf(text.charAt(text.length() - 1)) < 0);
    }

    private int end(String folded, int sentence) {
        return sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : folded.length();
    }

    private int length(String folded, int sentence) {
        return end(folded, sentence) - sentenceStarts[sentence];
    }

    private static int index(int[] starts, int position) {
        int found = Arrays.binarySearch(starts, position);
        return found >= 0 ? found : -found - 2;
    }

    /**
     * A hedge softens what follows it in its sentence ("may improve skin and hair") and what stands in
     * its own clause, before or after it (改善が期待できます), but not an assertion made before it in
     * another clause: in "it gives incredible results, but potential side effects exist" the results
     * are still promised. A hedge listed with flag {@code sentence} ("results may vary") takes back the
     * whole sentence it closes.
     */
    boolean hedged(Hit hit) {
        int sentence = index(sentenceStarts, hit.start());
        int clause = index(clauseStarts, hit.start());
        for (Hit hedge : hedges) {
            if (index(sentenceStarts, hedge.start()) == sentence
                    && (hedge.start() < hit.start()
                            || index(clauseStarts, hedge.start()) == clause
                            || hedge.term().has("sentence"))) {
                return true;
            }
        }
        return false;
    }

    boolean inContext(Hit hit) {
        int sentence = index(sentenceStarts, hit.start());
        return context[sentence] || contextFrom[sentence] >= 0 && hit.start() >= contextFrom[sentence];
    }

    int sentenceOf(Hit hit) {
        return index(sentenceStarts, hit.start());
    }

    boolean sameSentence(Hit a, Hit b) {
        return index(sentenceStarts, a.start()) == index(sentenceStarts, b.start());
    }

    /** A question asserts nothing: "Is exosome therapy safe?" is not a safety claim; its answer may be. */
    boolean question(Hit hit) {
        int sentence = index(sentenceStarts, hit.start());
        int last = end(folded, sentence) - 1;
        while (last > sentenceStarts[sentence] && Character.isWhitespace(folded.charAt(last))) {
            last--;
        }
        char c = folded.charAt(last);
        return asked[sentence] || c == '?' || c == '؟' || c == ';' && greekQuestion(folded, last);
    }

    /** A ";" closing a Greek sentence (a Greek letter before it, a break or the end after it). */
    private static boolean greekQuestion(String folded, int i) {
        int before = i - 1;
        while (before >= 0 && folded.charAt(before) == ' ') {
            before--;
        }
        boolean afterEnds = i + 1 >= folded.length() || folded.charAt(i + 1) == ' ' || folded.charAt(i + 1) == '\n';
        return before >= 0
                && afterEnds
                && Character.UnicodeScript.of(folded.charAt(before)) == Character.UnicodeScript.GREEK;
    }

    private void markQuestion(Hit marker) {
        int sentence = index(sentenceStarts, marker.start());
        String rest = folded.substring(marker.end(), end(folded, sentence));
        if (!marker.term().has("end") || rest.replaceAll("[\\p{P}\\s]", "").isEmpty()) {
            asked[sentence] = true;
        }
    }

    private int firstCueFrom(int position) {
        int low = 0;
        int high = negations.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (negations.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * A negation cue in the same clause, before the hit (not, 未, 不) or after it (ません, 않), within a few
     * words. Cues listed with code {@code none} ("painless", 痛みのない, 无痛) contain a negation word but
     * negate something else; as longer matches they hide the bare cue inside them.
     */
    boolean negated(Hit hit) {
        int clause = index(clauseStarts, hit.start());
        int clauseStart = clauseStarts[clause];
        int clauseEnd = clause + 1 < clauseStarts.length ? clauseStarts[clause + 1] : Integer.MAX_VALUE;
        int first = firstCueFrom(hit.start() - NEGATION_BEFORE - 30);
        for (int i = first; i < negations.size() && negations.get(i).start() <= hit.end() + NEGATION_AFTER; i++) {
            Hit cue = negations.get(i);
            if (cue.start() < clauseStart || cue.start() >= clauseEnd || hit.contains(cue) || cue.overlaps(hit)) {
                continue;
            }
            String side = cue.code();
            if (side.equals("none")) {
                continue;
            }
            boolean alphabetic = TermMatcher.isWordChar(cue.term().text().charAt(0));
            boolean before = cue.end() <= hit.start()
                    && hit.start() - cue.end() <= (alphabetic ? NEGATION_BEFORE : IDEOGRAPHIC_BEFORE);
            boolean after = cue.start() >= hit.end()
                    && cue.start() - hit.end() <= (alphabetic ? NEGATION_AFTER : IDEOGRAPHIC_AFTER);
            if (before && !side.equals("after") || after && !side.equals("before")) {
                return true;
            }
        }
        return false;
    }
}
