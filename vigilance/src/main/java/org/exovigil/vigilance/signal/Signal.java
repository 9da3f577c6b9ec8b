package org.exovigil.vigilance.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.verification.Evidence;

/**
 * One signal through the steps of GVP Module IX (Rev 1): its source, where it stands, every step that led
 * there and the actions taken on it. Immutable; each operation returns the next state or the problem that
 * forbids it, with a stable code (EXO-18xx).
 *
 * @param source  where it came from
 * @param status  where it stands
 * @param steps   every step, oldest first
 * @param actions every action, in the order taken
 */
public record Signal(SignalSource source, SignalStatus status, List<SignalStep> steps, List<SignalAction> actions) {

    /**
     * The longest reason of a step or an action, in characters: Unicode code points, as PostgreSQL's length()
     * counts them in the checks of signal_step and signal_action (V24), which keep the same limits.
     */
    public static final int LONGEST_REASON = 4000;

    /** The longest owner of an action, in characters. */
    public static final int LONGEST_OWNER = 200;

    public Signal {
        steps = List.copyOf(steps);
        actions = List.copyOf(actions);
    }

    /** A signal as detection raises it (GVP IX.B.2): nothing decided yet. */
    public static Signal detected(SignalSource source) {
        return new Signal(source, SignalStatus.DETECTED, List.of(), List.of());
    }

    public boolean isClosed() {
        return status == SignalStatus.CLOSED;
    }

    /** The priority of the latest prioritisation, empty before one. */
    public Optional<PriorityLevel> priority() {
        return steps.reversed().stream()
                .filter(step -> step.priority() != null)
                .map(SignalStep::priority)
                .findFirst();
    }

    /**
     * Validation (GVP IX.B.3): whether the evidence is enough to justify looking further, for a new
     * potentially causal association or a new aspect of a known one. Either way it is decided on evidence,
     * which is therefore required, with the reason.
     */
    public Checked<Signal> validate(boolean validated, String reason, String by, Instant at, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return rejected(
                    ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE,
                    "expected the evidence validation weighed (IX.B.3: clinical relevance, previous awareness,"
                            + " strength of the case series)");
        }
        return move(validated ? SignalStatus.VALIDATED : SignalStatus.NOT_VALIDATED, reason, by, at, evidence, null);
    }

    /** A signal not validated is looked at again when new information arrives; the news is the evidence. */
    public Checked<Signal> reopen(String reason, String by, Instant at, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return rejected(ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE, "expected the new information that reopens it");
        }
        return move(SignalStatus.DETECTED, reason, by, at, evidence, null);
    }

    /**
     * Prioritisation (GVP IX.B.4): how urgently the validated signal is assessed, judged by its impact on
     * patients (seriousness, severity, outcome, reversibility) and public health. The score suggests a
     * level; the regulator sets it and says why.
     */
    public Checked<Signal> prioritise(
            PriorityLevel priority, String reason, String by, Instant at, List<Evidence> evidence) {
        if (priority == null) {
            return rejected(ProblemCode.SIGNAL_WITHOUT_PRIORITY, "expected high, medium or low");
        }
        return move(SignalStatus.PRIORITISED, reason, by, at, evidence, priority);
    }

    /**
     * Assessment (GVP IX.B.3, evaluation during signal validation and further assessment): all the evidence,
     * pharmacological, clinical and epidemiological, weighed.
     */
    public Checked<Signal> assess(String conclusion, String by, Instant at, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return rejected(
                    ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE,
                    "expected the evidence the assessment weighed (IX.B.3: all available evidence)");
        }
        return move(SignalStatus.ASSESSED, conclusion, by, at, evidence, null);
    }

    /**
     * Recommendation for action (one of the activities of signal management in Implementing Regulation (EU)
     * 520/2012 Art 21(1); GVP IX Rev 1 has no section of its own for it): what should be done, or that nothing
     * should, and why.
     */
    public Checked<Signal> recommend(String recommendation, String by, Instant at, List<Evidence> evidence) {
        return move(SignalStatus.RECOMMENDED, recommendation, by, at, evidence, null);
    }

    /**
     * Takes an action with an owner and a due date. It follows the recommendation (Art 21(1)), but a lot hold
     * may come as soon as the signal is validated, as a precaution (see {@link SignalAction.Kind#isPrecaution}).
     */
    public Checked<Signal> act(
            SignalAction.Kind kind,
            String target,
            String owner,
            LocalDate dueOn,
            String reason,
            String by,
            Instant at) {
        if (isClosed()) {
            return rejected(ProblemCode.SIGNAL_CLOSED, "the signal is closed");
        }
        boolean allowed = status == SignalStatus.RECOMMENDED || (kind.isPrecaution() && status.isValidatedAndOpen());
        if (!allowed) {
            return rejected(
                    ProblemCode.ACTION_TOO_EARLY,
                    "expected %s before a %s, got %s"
                            .formatted(
                                    kind.isPrecaution() ? "a validated signal" : "a recommendation",
                                    kind.code(),
                                    status.code()));
        }
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (blank(owner) || dueOn == null || dueOn.isBefore(today) || (kind.needsTarget() && blank(target))) {
            return rejected(
                    ProblemCode.ACTION_INCOMPLETE,
                    "expected an owner, a due date on or after %s%s"
                            .formatted(today, kind.needsTarget() ? " and what the " + kind.code() + " acts on" : ""));
        }
        if (blank(reason) || blank(by)) {
            return rejected(
                    ProblemCode.SIGNAL_STEP_WITHOUT_REASON, "expected the reason for the action and who took it");
        }
        Optional<Problem> tooLong =
                tooLong("owner", owner, LONGEST_OWNER).or(() -> tooLong("reason", reason, LONGEST_REASON));
        if (tooLong.isPresent()) {
            return Checked.rejected(tooLong.get());
        }
        List<SignalAction> all = new ArrayList<>(actions);
        all.add(new SignalAction(
                actions.size() + 1,
                kind,
                blank(target) ? null : target.strip(),
                owner.strip(),
                dueOn,
                reason.strip(),
                by,
                at,
                SignalAction.Status.OPEN,
                null,
                null,
                null));
        return Checked.accepted(new Signal(source, status, steps, all));
    }

    /** Marks an action done (a request answered, a notice published, a recall completed). */
    public Checked<Signal> complete(int number, String reason, String by, Instant at) {
        return end(number, SignalAction.Status.DONE, reason, by, at);
    }

    /** Lifts a hold or a suspension: the lot or plan is no longer restricted by this signal. */
    public Checked<Signal> lift(int number, String reason, String by, Instant at) {
        return end(number, SignalAction.Status.LIFTED, reason, by, at);
    }

    /** Closes the signal, once not validated or recommended, and only when no action is left open. */
    public Checked<Signal> close(String reason, String by, Instant at) {
        List<Integer> open = actions.stream()
                .filter(SignalAction::isOpen)
                .map(SignalAction::number)
                .toList();
        if (!isClosed() && !open.isEmpty()) {
            return rejected(ProblemCode.CLOSED_WITH_OPEN_ACTIONS, "actions " + open + " are still open");
        }
        return move(SignalStatus.CLOSED, reason, by, at, List.of(), null);
    }

    private Checked<Signal> end(int number, SignalAction.Status to, String reason, String by, Instant at) {
        if (isClosed()) {
            return rejected(ProblemCode.SIGNAL_CLOSED, "the signal is closed");
        }
        if (number < 1 || number > actions.size()) {
            return rejected(
                    ProblemCode.ACTION_UNKNOWN,
                    "expected an action from 1 to %d, got %d".formatted(actions.size(), number));
        }
        SignalAction action = actions.get(number - 1);
        if (!action.isOpen()) {
            return rejected(
                    ProblemCode.ACTION_ENDED,
                    "action %d is %s".formatted(number, action.status().code()));
        }
        if (action.kind().isLifted() != (to == SignalAction.Status.LIFTED)) {
            return rejected(
                    ProblemCode.ACTION_WRONG_ENDING,
                    "a %s is %s, not %s"
                            .formatted(action.kind().code(), action.kind().isLifted() ? "lifted" : "done", to.code()));
        }
        if (blank(reason) || blank(by)) {
            return rejected(ProblemCode.SIGNAL_STEP_WITHOUT_REASON, "expected the reason and who ended the action");
        }
        List<SignalAction> all = new ArrayList<>(actions);
        all.set(number - 1, action.ended(to, by, at, reason.strip()));
        return Checked.accepted(new Signal(source, status, steps, all));
    }

    private Checked<Signal> move(
            SignalStatus to, String reason, String by, Instant at, List<Evidence> evidence, PriorityLevel priority) {
        if (isClosed()) {
            return rejected(ProblemCode.SIGNAL_CLOSED, "the signal is closed");
        }
        if (!status.next().contains(to)) {
            return rejected(
                    ProblemCode.SIGNAL_ILLEGAL_STEP, "cannot move from %s to %s".formatted(status.code(), to.code()));
        }
        if (blank(reason) || blank(by)) {
            return rejected(
                    ProblemCode.SIGNAL_STEP_WITHOUT_REASON,
                    "expected the reason for %s and who decided".formatted(to.code()));
        }
        Optional<Problem> tooLong = tooLong("reason", reason, LONGEST_REASON);
        if (tooLong.isPresent()) {
            return Checked.rejected(tooLong.get());
        }
        List<SignalStep> all = new ArrayList<>(steps);
        all.add(new SignalStep(status, to, reason.strip(), by, at, evidence, priority));
        return Checked.accepted(new Signal(source, to, all, actions));
    }

    /** A text longer than its limit once stripped, as it would be kept, counted in code points. */
    private static Optional<Problem> tooLong(String field, String text, int longest) {
        int length = text.strip().codePointCount(0, text.strip().length());
        return length <= longest
                ? Optional.empty()
                : Optional.of(new Problem(
                        ProblemCode.SIGNAL_TEXT_TOO_LONG,
                        "signal",
                        "expected the %s in at most %d characters, got %d".formatted(field, longest, length)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Checked<Signal> rejected(ProblemCode code, String message) {
        return Checked.rejected(new Problem(code, "signal", message));
    }
}
