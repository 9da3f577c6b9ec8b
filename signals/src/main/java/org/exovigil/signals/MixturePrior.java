package org.exovigil.signals;

/**
 * DuMouchel's prior for the relative reporting ratio lambda: p Gamma(alpha1, beta1) + (1 - p) Gamma(alpha2,
 * beta2), shape-rate form (mean alpha/beta), theta = (alpha1, beta1, alpha2, beta2, p) [DuMouchel, Am Stat
 * 1999;53(3):177-90, eq. 2].
 */
public record MixturePrior(double alpha1, double beta1, double alpha2, double beta2, double p) {

    public MixturePrior {
        if (!(alpha1 > 0
                && beta1 > 0
                && alpha2 > 0
                && beta2 > 0
                && alpha1 < Double.POSITIVE_INFINITY
                && beta1 < Double.POSITIVE_INFINITY
                && alpha2 < Double.POSITIVE_INFINITY
                && beta2 < Double.POSITIVE_INFINITY
                && p >= 0
                && p <= 1)) {
            throw new IllegalArgumentException("expected alpha1,beta1,alpha2,beta2 > 0 and 0 <= p <= 1, got "
                    + text(alpha1, beta1, alpha2, beta2, p));
        }
    }

    /** Parses {@code a1,b1,a2,b2,p}, as given to {@code --hyper}. */
    public static MixturePrior parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("expected five numbers a1,b1,a2,b2,p, got \"" + text + "\"");
        }
        double[] values = new double[5];
        for (int i = 0; i < 5; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("expected five numbers a1,b1,a2,b2,p, got \"" + text + "\"");
            }
        }
        return new MixturePrior(values[0], values[1], values[2], values[3], values[4]);
    }

    /** {@code a1,b1,a2,b2,p}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return text(alpha1, beta1, alpha2, beta2, p);
    }

    private static String text(double... values) {
        StringBuilder out = new StringBuilder();
        for (double value : values) {
            out.append(out.isEmpty() ? "" : ",").append(value);
        }
        return out.toString();
    }
}
