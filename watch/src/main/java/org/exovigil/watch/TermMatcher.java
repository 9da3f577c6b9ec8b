package org.exovigil.watch;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds every listed term in folded text in one pass (Aho–Corasick automaton: Aho & Corasick 1975,
 * "Efficient string matching", CACM 18(6)), then keeps the matches that respect word boundaries.
 *
 * <p>Why substring matching rather than a morphological tokenizer (Kuromoji, Nori, SmartCN): the terms
 * that matter are long domain compounds (幹細胞培養上清液, 엑소좀, 外泌体) that those tokenizers split
 * into several tokens, differently across dictionary versions, so matching token sequences gives the
 * same result as matching the folded substring, with more ways to miss. Korean particles glue onto
 * nouns (엑소좀을) and would need stemming anyway. A term in Han, kana, Hangul or Thai therefore needs
 * no boundary, except a single ideograph, which must be a word by ICU's segmentation; a
 * term in an alphabetic script must start and end at a word boundary, unless listed with a trailing
 * {@code *} (exosom* matches exosomes, exosomal).
 */
final class TermMatcher {

    /** A trie node; children in a sorted array, because boxing every character into a map key dominated the run time. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        Node fail;
        final List<Term> output = new ArrayList<>(1);

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            var node = new Node();
            keys = insert(keys, at, c);
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            grown[at] = node;
            children = grown;
            return node;
        }

        private static char[] insert(char[] array, int at, char c) {
            char[] grown = Arrays.copyOf(array, array.length + 1);
            System.arraycopy(array, at, grown, at + 1, array.length - at);
            grown[at] = c;
            return grown;
        }
    }

    private final Node root = new Node();

    TermMatcher(List<Term> terms) {
        for (Term term : terms) {
            Node node = root;
            for (char c : term.text().toCharArray()) {
                node = node.addChild(c);
            }
            node.output.add(term);
        }
        link();
    }

    /** Breadth-first failure links, so each node also reports the terms that end its suffixes. */
    private void link() {
        var queue = new ArrayDeque<Node>();
        root.fail = root;
        for (Node child : root.children) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            for (int k = 0; k < node.keys.length; k++) {
                char c = node.keys[k];
                Node child = node.children[k];
                Node fail = node.fail;
                while (fail != root && fail.child(c) == null) {
                    fail = fail.fail;
                }
                Node target = fail.child(c);
                child.fail = target != null && target != child ? target : root;
                child.output.addAll(child.fail.output);
                queue.add(child);
            }
        }
    }

    List<Hit> find(String text) {
        var hits = new ArrayList<Hit>();
        var words = new WordBoundaries(text);
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Node next = node.child(c);
            while (next == null && node != root) {
                node = node.fail;
                next = node.child(c);
            }
            node = next == null ? root : next;
            for (Term term : node.output) {
                int start = i + 1 - term.text().length();
                if (atBoundaries(text, start, i + 1, term) && (!singleIdeograph(term) || words.isWord(start, i + 1))) {
                    hits.add(new Hit(term, start, term.prefix() ? wordEnd(text, i + 1) : i + 1));
                }
            }
        }
        return hits;
    }

    /**
     * A term of one ideograph (膝, 腱, 针) is too short to trust as a substring: it must be a word of its
     * own where ICU's dictionary-based segmentation (UAX #29 with the CJ dictionary) splits the text.
     * Longer terms are specific enough to match anywhere; a Hangul syllable (않, 없) is a word ending
     * glued to its stem, which a Korean term list means to match inside words.
     */
    private static boolean singleIdeograph(Term term) {
        return term.text().length() == 1
                && Character.UnicodeScript.of(term.text().charAt(0)) == Character.UnicodeScript.HAN
                && !term.field().grammar(); // 未, 不, 可 are bound to the next word, never words of their own
    }

    /** Word boundaries of the text, computed once and only when a one-character term needs them. */
    private static final class WordBoundaries {
        private final String text;
        private BitSet boundaries;

        WordBoundaries(String text) {
            this.text = text;
        }

        boolean isWord(int start, int end) {
            if (boundaries == null) {
                boundaries = new BitSet(text.length() + 1);
                var words = BreakIterator.getWordInstance(ULocale.ROOT);
                words.setText(text);
                for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                    boundaries.set(b);
                }
            }
            return boundaries.get(start) && boundaries.get(end);
        }
    }

    /** A prefix term's evidence covers the whole word it begins (exosom* → exosomes). */
    private static int wordEnd(String text, int end) {
        int e = end;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean atBoundaries(String text, int start, int end, Term term) {
        if (isWordChar(text.charAt(start))
                && start > 0
                && isWordChar(text.charAt(start - 1))
                && !term.has("suffix")
                && !afterArabicProclitics(text, start)) {
            return false;
        }
        return term.prefix()
                || !isWordChar(text.charAt(end - 1))
                || end == text.length()
                || !isWordChar(text.charAt(end));
    }

    /**
     * Arabic writes the conjunctions و and ف, the prepositions ب, ل and ك and the article ال as part of
     * the next word (والخلايا, بالإكسوزوم, للبشرة), so a term listed without them also matches after them
     * (Ryding, A Reference Grammar of Modern Standard Arabic, 2005, ch. 5 and 20).
     */
    private static final Pattern PROCLITICS = Pattern.compile("[وف]?[بلك]?(ال)?|[وف]?لل");

    private static boolean afterArabicProclitics(String text, int start) {
        if (Character.UnicodeScript.of(text.charAt(start)) != Character.UnicodeScript.ARABIC) {
            return false;
        }
        int from = start;
        while (from > 0 && start - from < 4 && "وفبلكا".indexOf(text.charAt(from - 1)) >= 0) {
            from--;
        }
        return (from == 0 || !isWordChar(text.charAt(from - 1)))
                && PROCLITICS.matcher(text.substring(from, start)).matches();
    }

    /** A letter or digit of a script that separates words with spaces. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c);
        }
        int type = Character.getType(c);
        // Devanagari and Thai vowel signs are marks inside a word, not breaks between words.
        if (!Character.isLetterOrDigit(c)
                && type != Character.NON_SPACING_MARK
                && type != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR -> false;
            default -> true;
        };
    }
}
