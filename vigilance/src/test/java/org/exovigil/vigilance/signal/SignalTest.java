package org.exovigil.vigilance.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.verification.Evidence;
import org.junit.jupiter.api.Test;

/** The steps of GVP Module IX as a state machine: every move allowed, and every one refused with its code. */
class SignalTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-11-30");
    private static final String WHO = "regulator-3";

    private static final SignalSource CLUSTER = new SignalSource(
            SignalSource.Kind.CLUSTER_ALERT, "alert:7", "Placenta EV, lot AL-77: serious infections within 30 days");

    private static List<Evidence> cultures() {
        return List.of(new Evidence(
                Evidence.Kind.DOCUMENT,
                "two positive blood cultures, same organism",
                "doc/culture-1.pdf",
                WHO,
                MONDAY));
    }

    private static Signal detected() {
        return Signal.detected(CLUSTER);
    }

    private static Signal validated() {
        return detected()
                .validate(true, "two cases of sepsis, one lot, five days", WHO, MONDAY, cultures())
                .value();
    }

    private static Signal prioritised() {
        return validated()
                .prioritise(PriorityLevel.HIGH, "serious, recent, important risk", WHO, MONDAY, List.of())
                .value();
    }

    private static Signal assessed() {
        return prioritised()
                .assess("contamination of the lot is the likely cause", WHO, MONDAY, cultures())
                .value();
    }

    private static Signal recommended() {
        return assessed()
                .recommend("hold the lot; ask the clinic for its records", WHO, MONDAY, List.of())
                .value();
    }

    private static Signal held() {
        return recommended()
                .act(
                        SignalAction.Kind.LOT_HOLD,
                        "lot:12",
                        "quality team",
                        DUE,
                        "until sterility is retested",
                        WHO,
                        MONDAY)
                .value();
    }

    private static ProblemCode code(Checked<Signal> result) {
        assertThat(result.isAccepted()).as("refused").isFalse();
        Problem first = result.problems().getFirst();
        assertThat(first.path()).isEqualTo("signal");
        return first.code();
    }

    @Test
    void aSignalWalksEveryStepToALotHoldAndBackOut() {
        Signal closed = held().lift(1, "retest sterile; lot released again", WHO, MONDAY.plusSeconds(86_400))
                .value()
                .close("no further action", WHO, MONDAY.plusSeconds(90_000))
                .value();

        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.steps())
                .extracting(SignalStep::to)
                .containsExactly(
                        SignalStatus.VALIDATED,
                        SignalStatus.PRIORITISED,
                        SignalStatus.ASSESSED,
                        SignalStatus.RECOMMENDED,
                        SignalStatus.CLOSED);
        assertThat(closed.steps())
                .allSatisfy(step -> assertThat(step.decidedBy()).isEqualTo(WHO));
        assertThat(closed.steps().getFirst().evidence()).isEqualTo(cultures());
        assertThat(closed.priority()).contains(PriorityLevel.HIGH);
        assertThat(closed.actions()).singleElement().satisfies(action -> {
            assertThat(action.status()).isEqualTo(SignalAction.Status.LIFTED);
            assertThat(action.endReason()).isEqualTo("retest sterile; lot released again");
            assertThat(action.target()).isEqualTo("lot:12");
        });
    }

    @Test
    void aSignalNotValidatedIsKeptAndOpensAgainOnNewInformation() {
        Signal notValidated = detected()
                .validate(false, "one clinic's known infusion reaction", WHO, MONDAY, cultures())
                .value();
        assertThat(notValidated.status()).isEqualTo(SignalStatus.NOT_VALIDATED);

        Signal reopened = notValidated
                .reopen("a third case, other clinic", WHO, MONDAY, cultures())
                .value();
        assertThat(reopened.status()).isEqualTo(SignalStatus.DETECTED);
        assertThat(notValidated.close("nothing to look at", WHO, MONDAY).value().isClosed())
                .isTrue();
        assertThat(code(notValidated.reopen("news", WHO, MONDAY, List.of())))
                .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE);
    }

    @Test
    void everyMoveOutsideTheStepsIsRefusedWithItsCode() {
        var states = List.of(detected(), validated(), prioritised(), assessed(), recommended());
        for (Signal signal : states) {
            Set<SignalStatus> allowed = signal.status().next();
            var attempts = new ArrayList<Checked<Signal>>();
            if (!allowed.contains(SignalStatus.VALIDATED)) {
                attempts.add(signal.validate(true, "r", WHO, MONDAY, cultures()));
            }
            if (!allowed.contains(SignalStatus.NOT_VALIDATED)) {
                attempts.add(signal.validate(false, "r", WHO, MONDAY, cultures()));
            }
            if (!allowed.contains(SignalStatus.DETECTED)) {
                attempts.add(signal.reopen("r", WHO, MONDAY, cultures()));
            }
            if (!allowed.contains(SignalStatus.PRIORITISED)) {
                attempts.add(signal.prioritise(PriorityLevel.LOW, "r", WHO, MONDAY, List.of()));
            }
            if (!allowed.contains(SignalStatus.ASSESSED)) {
                attempts.add(signal.assess("r", WHO, MONDAY, cultures()));
            }
            if (!allowed.contains(SignalStatus.RECOMMENDED)) {
                attempts.add(signal.recommend("r", WHO, MONDAY, List.of()));
            }
            if (!allowed.contains(SignalStatus.CLOSED)) {
                attempts.add(signal.close("r", WHO, MONDAY));
            }
            assertThat(attempts)
                    .as("from %s", signal.status())
                    .isNotEmpty()
                    .allSatisfy(attempt -> assertThat(code(attempt)).isEqualTo(ProblemCode.SIGNAL_ILLEGAL_STEP));
        }
    }

    @Test
    void theAllowedMovesFormOneRoadFromDetectionToClosure() {
        assertThat(SignalStatus.DETECTED.next())
                .containsExactlyInAnyOrder(SignalStatus.VALIDATED, SignalStatus.NOT_VALIDATED);
        assertThat(SignalStatus.NOT_VALIDATED.next())
                .containsExactlyInAnyOrder(SignalStatus.DETECTED, SignalStatus.CLOSED);
        assertThat(SignalStatus.VALIDATED.next()).containsExactly(SignalStatus.PRIORITISED);
        assertThat(SignalStatus.PRIORITISED.next()).containsExactly(SignalStatus.ASSESSED);
        assertThat(SignalStatus.ASSESSED.next()).containsExactly(SignalStatus.RECOMMENDED);
        assertThat(SignalStatus.RECOMMENDED.next()).containsExactly(SignalStatus.CLOSED);
        assertThat(SignalStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void everyStepNeedsAReasonAndWhoTookIt() {
        for (String reason : new String[] {null, "", "   "}) {
            assertThat(code(detected().validate(true, reason, WHO, MONDAY, cultures())))
                    .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);
            assertThat(code(validated().prioritise(PriorityLevel.LOW, reason, WHO, MONDAY, List.of())))
                    .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);
            assertThat(code(prioritised().assess(reason, WHO, MONDAY, cultures())))
                    .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);
            assertThat(code(assessed().recommend(reason, WHO, MONDAY, List.of())))
                    .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);
            assertThat(code(recommended().close(reason, WHO, MONDAY)))
                    .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);
        }
        assertThat(code(detected().validate(true, "r", " ", MONDAY, cultures())))
                .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);
    }

    @Test
    void validationAndAssessmentRestOnEvidenceAndPrioritisationOnAPriority() {
        assertThat(code(detected().validate(true, "r", WHO, MONDAY, List.of())))
                .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE);
        assertThat(code(detected().validate(false, "r", WHO, MONDAY, List.of())))
                .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE);
        assertThat(code(prioritised().assess("r", WHO, MONDAY, List.of())))
                .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE);
        assertThat(code(validated().prioritise(null, "r", WHO, MONDAY, List.of())))
                .isEqualTo(ProblemCode.SIGNAL_WITHOUT_PRIORITY);
    }

    @Test
    void aLotHoldMayComeOnceValidatedEveryOtherActionAfterTheRecommendation() {
        assertThat(code(detected().act(SignalAction.Kind.LOT_HOLD, "lot:12", "q", DUE, "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.ACTION_TOO_EARLY);
        for (Signal signal : List.of(validated(), prioritised(), assessed())) {
            assertThat(signal.act(SignalAction.Kind.LOT_HOLD, "lot:12", "q", DUE, "precaution", WHO, MONDAY)
                            .isAccepted())
                    .as("a hold as a precaution when %s", signal.status())
                    .isTrue();
            for (SignalAction.Kind kind : EnumSet.complementOf(EnumSet.of(SignalAction.Kind.LOT_HOLD))) {
                assertThat(code(signal.act(kind, "lot:12", "q", DUE, "r", WHO, MONDAY)))
                        .as("%s when %s", kind, signal.status())
                        .isEqualTo(ProblemCode.ACTION_TOO_EARLY);
            }
        }
        for (SignalAction.Kind kind : SignalAction.Kind.values()) {
            assertThat(recommended()
                            .act(kind, "plan:RP-1", "owner", DUE, "r", WHO, MONDAY)
                            .isAccepted())
                    .as(kind.code())
                    .isTrue();
        }
    }

    @Test
    void anActionNeedsAnOwnerADueDateNotPastATargetWhereItActsOnOneAndAReason() {
        Signal signal = recommended();
        assertThat(code(signal.act(SignalAction.Kind.LOT_HOLD, "lot:12", " ", DUE, "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.ACTION_INCOMPLETE);
        assertThat(code(signal.act(SignalAction.Kind.LOT_HOLD, "lot:12", "q", null, "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.ACTION_INCOMPLETE);
        assertThat(code(signal.act(SignalAction.Kind.LOT_HOLD, "lot:12", "q", DUE.minusDays(8), "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.ACTION_INCOMPLETE);
        assertThat(code(signal.act(SignalAction.Kind.LOT_RECALL, null, "q", DUE, "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.ACTION_INCOMPLETE);
        assertThat(code(signal.act(SignalAction.Kind.PLAN_SUSPENSION, "", "q", DUE, "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.ACTION_INCOMPLETE);
        assertThat(code(signal.act(SignalAction.Kind.PUBLIC_NOTICE, null, "q", DUE, "", WHO, MONDAY)))
                .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);
        // Due the same day is allowed: an urgent request is due today.
        assertThat(signal.act(
                                SignalAction.Kind.CLINIC_REQUEST,
                                null,
                                "q",
                                LocalDate.parse("2026-11-23"),
                                "r",
                                WHO,
                                MONDAY)
                        .value()
                        .actions()
                        .getFirst()
                        .target())
                .isNull();
    }

    @Test
    void aHoldIsLiftedOtherActionsAreDoneAndNeitherTwice() {
        Signal signal = held().act(
                        SignalAction.Kind.PUBLIC_NOTICE, null, "communications", DUE, "tell patients", WHO, MONDAY)
                .value();
        assertThat(code(signal.complete(1, "r", WHO, MONDAY))).isEqualTo(ProblemCode.ACTION_WRONG_ENDING);
        assertThat(code(signal.lift(2, "r", WHO, MONDAY))).isEqualTo(ProblemCode.ACTION_WRONG_ENDING);
        assertThat(code(signal.lift(0, "r", WHO, MONDAY))).isEqualTo(ProblemCode.ACTION_UNKNOWN);
        assertThat(code(signal.lift(3, "r", WHO, MONDAY))).isEqualTo(ProblemCode.ACTION_UNKNOWN);
        assertThat(code(signal.lift(1, " ", WHO, MONDAY))).isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON);

        Signal lifted = signal.lift(1, "retest sterile", WHO, MONDAY).value();
        assertThat(code(lifted.lift(1, "again", WHO, MONDAY))).isEqualTo(ProblemCode.ACTION_ENDED);
        Signal done = lifted.complete(2, "published on the portal", WHO, MONDAY).value();
        assertThat(done.actions().get(1).status()).isEqualTo(SignalAction.Status.DONE);
        assertThat(code(done.complete(2, "again", WHO, MONDAY))).isEqualTo(ProblemCode.ACTION_ENDED);
    }

    @Test
    void aSignalWithAnOpenActionStaysOpenAndAClosedOneTakesNothingMore() {
        assertThat(code(held().close("done", WHO, MONDAY))).isEqualTo(ProblemCode.CLOSED_WITH_OPEN_ACTIONS);
        assertThat(held().close("done", WHO, MONDAY).problems().getFirst().message())
                .contains("[1]");

        Signal closed = recommended().close("no action needed", WHO, MONDAY).value();
        assertThat(code(closed.close("again", WHO, MONDAY))).isEqualTo(ProblemCode.SIGNAL_CLOSED);
        assertThat(code(closed.recommend("r", WHO, MONDAY, List.of()))).isEqualTo(ProblemCode.SIGNAL_CLOSED);
        assertThat(code(closed.act(SignalAction.Kind.LOT_HOLD, "lot:1", "q", DUE, "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.SIGNAL_CLOSED);
        assertThat(code(closed.lift(1, "r", WHO, MONDAY))).isEqualTo(ProblemCode.SIGNAL_CLOSED);
    }

    @Test
    void aRefusedStepLeavesTheSignalAsItWasAndUnicodeReasonsAreKept() {
        Signal before = validated();
        before.prioritise(null, "r", WHO, MONDAY, List.of());
        assertThat(before.steps()).hasSize(1);

        Signal japanese = before.prioritise(PriorityLevel.MEDIUM, "  重篤な感染症が2例  ", "規制当局-1", MONDAY, List.of())
                .value();
        assertThat(japanese.steps().getLast().reason()).isEqualTo("重篤な感染症が2例");
        assertThat(japanese.steps().getLast().priority()).isEqualTo(PriorityLevel.MEDIUM);
        assertThat(japanese.priority()).contains(PriorityLevel.MEDIUM);
        assertThat(detected().priority()).isEmpty();
    }

    /** The record keeps a reason to 4000 characters and an owner to 200 (V24): longer is refused, never cut. */
    @Test
    void reasonsAndOwnersAreRefusedOneCharacterOverTheirLimitsAndKeptAtThem() {
        String longest = "r".repeat(Signal.LONGEST_REASON);
        assertThat(detected()
                        .validate(true, longest, WHO, MONDAY, cultures())
                        .value()
                        .steps()
                        .getLast()
                        .reason())
                .hasSize(4000);
        Checked<Signal> over = detected().validate(true, longest + "r", WHO, MONDAY, cultures());
        assertThat(code(over)).isEqualTo(ProblemCode.SIGNAL_TEXT_TOO_LONG);
        assertThat(over.problems().getFirst().message())
                .isEqualTo("expected the reason in at most 4000 characters, got 4001");
        assertThat(code(validated().prioritise(PriorityLevel.LOW, longest + "r", WHO, MONDAY, List.of())))
                .isEqualTo(ProblemCode.SIGNAL_TEXT_TOO_LONG);
        assertThat(code(recommended().close(longest + "r", WHO, MONDAY))).isEqualTo(ProblemCode.SIGNAL_TEXT_TOO_LONG);

        String owner = "q".repeat(Signal.LONGEST_OWNER);
        assertThat(recommended()
                        .act(SignalAction.Kind.PUBLIC_NOTICE, null, owner, DUE, longest, WHO, MONDAY)
                        .value()
                        .actions()
                        .getLast()
                        .owner())
                .hasSize(200);
        Checked<Signal> ownerOver =
                recommended().act(SignalAction.Kind.PUBLIC_NOTICE, null, owner + "q", DUE, "r", WHO, MONDAY);
        assertThat(code(ownerOver)).isEqualTo(ProblemCode.SIGNAL_TEXT_TOO_LONG);
        assertThat(ownerOver.problems().getFirst().message())
                .isEqualTo("expected the owner in at most 200 characters, got 201");
        assertThat(code(recommended().act(SignalAction.Kind.PUBLIC_NOTICE, null, "q", DUE, longest + "r", WHO, MONDAY)))
                .isEqualTo(ProblemCode.SIGNAL_TEXT_TOO_LONG);
    }

    /** Characters are counted as the database counts them: code points, after the spaces around are dropped. */
    @Test
    void lengthsCountCharactersNotUtf16UnitsAndIgnoreTheSpacesAround() {
        String emoji = "🦠".repeat(Signal.LONGEST_REASON);
        assertThat(detected()
                        .validate(true, "  " + emoji + "\n", WHO, MONDAY, cultures())
                        .isAccepted())
                .isTrue();
        assertThat(code(detected().validate(true, emoji + "🦠", WHO, MONDAY, cultures())))
                .isEqualTo(ProblemCode.SIGNAL_TEXT_TOO_LONG);
        assertThat(recommended()
                        .act(SignalAction.Kind.PUBLIC_NOTICE, null, "担".repeat(200) + " ", DUE, "r", WHO, MONDAY)
                        .isAccepted())
                .isTrue();
    }
}
