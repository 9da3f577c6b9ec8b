package org.exovigil.signals;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative long keys to int counts. Key and count share one long[] pair of
 * slots, so a lookup touches one cache line; no boxing.
 */
final class LongCountTable {

    private static final long EMPTY = -1L;

    private long[] slots;
    private int mask;
    private int size;

    LongCountTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
        Arrays.fill(slots, EMPTY);
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
            long k = slots[2 * slot];
            if (k == key) {
                return (int) (slots[2 * slot + 1] += delta);
            }
            if (k == EMPTY) {
                slots[2 * slot] = key;
                slots[2 * slot + 1] = delta;
                if (++size * 2 > mask + 1) {
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
            long k = slots[2 * slot];
            if (k == key) {
                return (int) slots[2 * slot + 1];
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
        for (int slot = 0; slot <= mask; slot++) {
            if (slots[2 * slot] != EMPTY) {
                visitor.visit(slots[2 * slot], (int) slots[2 * slot + 1]);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(long key, int count);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        mask = slots.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int slot = (int) ByteHash.mix(old[i]) & mask;
                while (slots[2 * slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = old[i];
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }
}
