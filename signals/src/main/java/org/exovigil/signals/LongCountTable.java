package org.exovigil.signals;

import java.util.Arrays;

/** An open-addressing map from non-negative long keys to int counts; primitive arrays, no boxing. */
final class LongCountTable {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] counts;
    private int mask;
    private int size;

    LongCountTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        counts = new int[capacity];
        mask = capacity - 1;
    }

    static long pair(int first, int second) {
        return ((long) first << 32) | second;
    }

    static int first(long key) {
        return (int) (key >>> 32);
    }

    static int second(long key) {
        return (int) key;
    }

    int size() {
        return size;
    }

    /** Adds {@code delta} to the count of {@code key} and returns the new count. */
    int add(long key, int delta) {
        int slot = (int) ByteHash.mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return counts[slot] += delta;
            }
            if (k == EMPTY) {
                keys[slot] = key;
                counts[slot] = delta;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return delta;
            }
            slot = (slot + 1) & mask;
        }
    }

    int get(long key) {
        int slot = (int) ByteHash.mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return counts[slot];
            }
            if (k == EMPTY) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    boolean contains(long key) {
        return get(key) != 0;
    }

    /** Calls {@code visitor} for every key with its count, in table order. */
    void forEach(Visitor visitor) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                visitor.visit(keys[slot], counts[slot]);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(long key, int count);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counts = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = (int) ByteHash.mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
