package org.exovigil.vigilance.duplicates;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Groups names one keystroke apart, so that blocking still brings together two reports of which one
 * mistyped the product or the event ("lumimax serum", "lrmimax serum"). Two names are one keystroke apart
 * when one letter was dropped, added, replaced, or swapped with its neighbour; then one is the other with
 * a letter deleted, or both give the same name when one letter is deleted from each (the "deletion
 * neighbourhood" of Wolf Garbe's SymSpell spelling corrector). Names sharing a name or a deletion are
 * joined, transitively, with a union–find. Only blocking uses the groups: scoring still sees the two
 * names as different values. Names shorter than five letters and coded terms ({@code meddra:10019211})
 * are left alone: one keystroke turns "rash" into another word and one digit a code into another event.
 */
final class Spellings {

    private static final int SHORTEST = 5;
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_-]+:\\S+");

    private Spellings() {}

    /** A group number for every name; names one keystroke apart (transitively) share one. */
    static Map<String, Integer> groups(Collection<String> names) {
        String[] distinct = new TreeSet<>(names).toArray(String[]::new);
        int[] parent = new int[distinct.length];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        Map<String, Integer> firstWith = new HashMap<>(); // a name or a deletion → the first name with it
        for (int k = 0; k < distinct.length; k++) {
            String name = distinct[k];
            if (name.length() < SHORTEST || CODE.matcher(name).matches()) {
                continue;
            }
            int self = k;
            join(parent, k, firstWith.computeIfAbsent(name, x -> self));
            for (int at = 0; at < name.length(); at++) {
                join(parent, k, firstWith.computeIfAbsent(name.substring(0, at) + name.substring(at + 1), x -> self));
            }
        }
        Map<String, Integer> groups = new HashMap<>();
        for (int k = 0; k < distinct.length; k++) {
            groups.put(distinct[k], root(parent, k));
        }
        return groups;
    }

    private static void join(int[] parent, int a, int b) {
        int x = root(parent, a);
        int y = root(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }

    private static int root(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }
}
