package org.exovigil.signals;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** A 64-bit hash of a byte range, eight bytes per step, finished with MurmurHash3's fmix64. */
final class ByteHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteHash() {}

    static long of(byte[] bytes, int offset, int length) {
        long h = 0x9E3779B97F4A7C15L ^ length;
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(bytes, i)) * 0xff51afd7ed558ccdL;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (; i < end; i++) {
            tail = (tail << 8) | (bytes[i] & 0xff);
        }
        return mix(h ^ tail);
    }

    static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
