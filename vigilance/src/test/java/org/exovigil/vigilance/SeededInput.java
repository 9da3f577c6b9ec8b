package org.exovigil.vigilance;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Generated input for property tests in plain JUnit: a test takes a seed from {@link #seeds}, draws everything from
 * {@code new Random(seed)}, and shows the seed in its name, so a failure names the one run that
 * {@code -Dseed=N} replays.
 */
public final class SeededInput {

    private SeededInput() {}

    /** {@code count} seeds fixed for the class of {@code salt}, or only the seed given by {@code -Dseed=N}. */
    public static LongStream seeds(long salt, int count) {
        Long replay = Long.getLong("seed");
        return replay != null ? LongStream.of(replay) : new SplittableRandom(salt).longs(count);
    }

    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Up to {@code max} characters from all of Unicode, control characters and astral planes included. */
    public static String anyText(Random random, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            int codePoint = random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
            if (!(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    /** Up to {@code max} characters drawn from {@code alphabet}. */
    public static String textOf(Random random, String alphabet, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Up to {@code max} random bytes. */
    public static byte[] bytes(Random random, int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }
}
