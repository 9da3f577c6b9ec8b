package org.exovigil.signals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns names (UTF-8 byte strings) to dense ids 0, 1, 2... in order of first appearance. The bytes live
 * in one growing arena and the open-addressing table holds ids, so a name costs its bytes plus a few ints
 * and no object.
 */
final class NameDictionary {

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] starts = new int[64];
    private int[] hashes = new int[64];
    private int size;
    private int[] slots = new int[128];
    private int mask = slots.length - 1;

    int size() {
        return size;
    }

    int intern(byte[] bytes, int offset, int length) {
        int hash = (int) ByteHash.of(bytes, offset, length);
        int slot = hash & mask;
        while (true) {
            int id = slots[slot] - 1;
            if (id < 0) {
                return add(bytes, offset, length, hash, slot);
            }
            if (hashes[id] == hash && sameBytes(id, bytes, offset, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    String name(int id) {
        return new String(arena, starts[id], length(id), StandardCharsets.UTF_8);
    }

    /** Every name as a String, indexed by id (decoded once, for writing). */
    String[] names() {
        String[] names = new String[size];
        for (int id = 0; id < size; id++) {
            names[id] = name(id);
        }
        return names;
    }

    /** Compares two names by their UTF-8 bytes, which orders them by code point. */
    int compare(int left, int right) {
        return Arrays.compareUnsigned(
                arena, starts[left], starts[left] + length(left), arena, starts[right], starts[right] + length(right));
    }

    /** Ids ordered by name. */
    int[] rankByName() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, this::compare);
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** Maps every id of {@code other} to the id of the same name here, adding names that are new. */
    int[] absorb(NameDictionary other) {
        int[] mapping = new int[other.size];
        for (int id = 0; id < other.size; id++) {
            mapping[id] = intern(other.arena, other.starts[id], other.length(id));
        }
        return mapping;
    }

    private int length(int id) {
        int end = id + 1 < size ? starts[id + 1] : arenaSize;
        return end - starts[id];
    }

    private boolean sameBytes(int id, byte[] bytes, int offset, int length) {
        int start = starts[id];
        return length(id) == length && Arrays.equals(arena, start, start + length, bytes, offset, offset + length);
    }

    private int add(byte[] bytes, int offset, int length, int hash, int slot) {
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        System.arraycopy(bytes, offset, arena, arenaSize, length);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int id = size++;
        starts[id] = arenaSize;
        hashes[id] = hash;
        arenaSize += length;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }
}
