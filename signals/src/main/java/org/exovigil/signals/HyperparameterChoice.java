package org.exovigil.signals;

/** How the GPS prior is chosen: fitted by maximum marginal likelihood, or given ({@code --hyper}). */
public sealed interface HyperparameterChoice {

    /** Fit theta to the data (the default). */
    record Fit() implements HyperparameterChoice {}

    /** Use this theta. */
    record Given(MixturePrior prior) implements HyperparameterChoice {}

    static HyperparameterChoice fit() {
        return new Fit();
    }

    static HyperparameterChoice given(MixturePrior prior) {
        return new Given(prior);
    }

    /** Reads the {@code --hyper} value: {@code fit}, or five numbers {@code a1,b1,a2,b2,p}. */
    static HyperparameterChoice parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("fit")) {
            return fit();
        }
        return given(MixturePrior.parse(text));
    }
}
