package org.exovigil.app.signalmanagement;

import java.time.LocalDate;
import java.util.List;
import org.exovigil.app.products.ProductRegister;
import org.exovigil.vigilance.signal.PriorityLevel;
import org.exovigil.vigilance.signal.PriorityWeights;
import org.exovigil.vigilance.signal.SignalAction;

/**
 * One signal as a regulator works on it: its source, steps with their evidence, actions, the priority score
 * and why, its audit history, and the choices its forms offer.
 *
 * @param lots the lots of the signal's product, for a hold or a recall
 * @param today the first day an action may be due
 */
record SignalPage(SignalManagement.SignalView view, List<ProductRegister.LotSummary> lots, LocalDate today) {

    private static final PriorityWeights WEIGHTS = PriorityWeights.bundled();

    public SignalStore.Stored signal() {
        return view.stored();
    }

    /** The steps the core allows next. */
    public List<SignalManagement.Step> steps() {
        return SignalManagement.Step.from(signal().signal().status());
    }

    public PriorityLevel[] priorities() {
        return PriorityLevel.values();
    }

    public SignalAction.Kind[] actionKinds() {
        return SignalAction.Kind.values();
    }

    /** The level the score suggests, for the prioritisation form. */
    public PriorityLevel suggested() {
        double score = signal().score();
        return score >= WEIGHTS.high()
                ? PriorityLevel.HIGH
                : score >= WEIGHTS.medium() ? PriorityLevel.MEDIUM : PriorityLevel.LOW;
    }

    /** Whether the score's terms are to be shown: only those that add something. */
    public boolean scored(Double term) {
        return term != null && term > 0;
    }

    /** What an action acts on, as a reader names it: a lot by its product and number, a plan by its number. */
    public String targetText(String target) {
        if (target == null) {
            return "";
        }
        if (target.startsWith("plan:")) {
            return target.substring("plan:".length());
        }
        return lots.stream()
                .filter(lot -> target.equals("lot:" + lot.id()))
                .map(lot -> lot.productName() + " " + lot.lotNumber())
                .findFirst()
                .orElse(target);
    }

    /** The score as the list shows it, to one decimal. */
    public static String scoreText(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f", score);
    }
}
