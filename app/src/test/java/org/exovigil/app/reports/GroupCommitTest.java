package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a group commit answers: only after the transaction holding the item committed, several items to a
 * transaction, a refusal without harm to the others, and a failed batch done again item by item. The
 * transactions are a ledger of what each one did and whether it committed; the intake's own ITs run the
 * same class against PostgreSQL.
 */
class GroupCommitTest {

    /** Transactions that record the items done in them, and commit or roll back that record. */
    static final class Ledger extends AbstractPlatformTransactionManager {
        final List<List<String>> committed = new CopyOnWriteArrayList<>();
        final List<List<String>> rolledBack = new CopyOnWriteArrayList<>();
        private final ThreadLocal<List<String>> current = new ThreadLocal<>();

        void record(String item) {
            current.get().add(item);
        }

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            current.set(new ArrayList<>());
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed.add(List.copyOf(current.get()));
            current.remove();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack.add(List.copyOf(current.get()));
            current.remove();
        }
    }

    static final class Refused extends RuntimeException {
        Refused(String item) {
            super("refused " + item);
        }
    }

    private final Ledger ledger = new Ledger();
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);
    /** Each caller on a thread of its own, as each request is. */
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    private GroupCommit<String, String> commit;

    @AfterEach
    void close() throws InterruptedException {
        firstMayFinish.countDown();
        commit.close();
        callers.close();
    }

    /** One writer whose first item waits until released, so that the items sent meanwhile make one batch. */
    private GroupCommit<String, String> oneWriter(Function<String, String> work) {
        return new GroupCommit<>(
                "test",
                new TransactionTemplate(ledger),
                1,
                32,
                item -> {
                    if (item.equals("first")) {
                        await(firstMayFinish);
                    }
                    return work.apply(item);
                },
                Refused.class::isInstance);
    }

    private List<CompletableFuture<String>> sendWhileTheFirstWaits(String... items) throws InterruptedException {
        var answers = new ArrayList<CompletableFuture<String>>();
        answers.add(CompletableFuture.supplyAsync(() -> commit.submit("first"), callers));
        Thread.sleep(100);
        for (String item : items) {
            answers.add(CompletableFuture.supplyAsync(() -> commit.submit(item), callers));
        }
        Thread.sleep(200);
        firstMayFinish.countDown();
        return answers;
    }

    @Test
    void itemsThatArriveWhileATransactionIsOpenShareTheNextAndAreAnsweredAfterItCommits() throws Exception {
        commit = oneWriter(item -> {
            ledger.record(item);
            return item.toUpperCase();
        });

        var answers = sendWhileTheFirstWaits("a", "b", "c");

        assertThat(answers.stream().map(CompletableFuture::join)).containsExactly("FIRST", "A", "B", "C");
        assertThat(ledger.committed).hasSize(2);
        assertThat(ledger.committed.getFirst()).containsExactly("first");
        assertThat(ledger.committed.get(1)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ledger.rolledBack).isEmpty();
    }

    @Test
    void aRefusalIsThatCallersAnswerAndTheRestOfItsBatchCommits() throws Exception {
        commit = oneWriter(item -> {
            if (item.equals("bad")) {
                throw new Refused(item);
            }
            ledger.record(item);
            return item;
        });

        var answers = sendWhileTheFirstWaits("a", "bad", "b");

        assertThat(answers.get(0).join()).isEqualTo("first");
        assertThat(answers.get(1).join()).isEqualTo("a");
        assertThatThrownBy(() -> answers.get(2).join()).hasCauseInstanceOf(Refused.class);
        assertThat(answers.get(3).join()).isEqualTo("b");
        assertThat(ledger.committed.get(1)).containsExactlyInAnyOrder("a", "b");
        assertThat(ledger.rolledBack).isEmpty();
    }

    @Test
    void aFailedBatchIsRolledBackAndEachItemIsDoneAgainAloneSoOnlyTheFailingOneFails() throws Exception {
        commit = oneWriter(item -> {
            ledger.record(item);
            if (item.equals("broken")) {
                throw new DataIntegrityViolationException("broken");
            }
            return item;
        });

        var answers = sendWhileTheFirstWaits("a", "broken", "b");

        assertThat(answers.get(1).join()).isEqualTo("a");
        assertThatThrownBy(() -> answers.get(2).join()).hasCauseInstanceOf(DataIntegrityViolationException.class);
        assertThat(answers.get(3).join()).isEqualTo("b");
        assertThat(ledger.rolledBack).contains(List.of("broken"));
        assertThat(ledger.rolledBack.getFirst()).contains("a", "broken");
        assertThat(ledger.committed)
                .as("each item committed once, nothing of the failed batch")
                .containsExactlyInAnyOrder(List.of("first"), List.of("a"), List.of("b"));
    }

    @Test
    void aDatabaseThatDoesNotAnswerFailsTheWholeBatchAtOnceWithoutTryingEachAgain() throws Exception {
        commit = oneWriter(item -> {
            ledger.record(item);
            if (item.equals("b")) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            return item;
        });

        var answers = sendWhileTheFirstWaits("a", "b");

        assertThatThrownBy(() -> answers.get(1).join()).hasCauseInstanceOf(DataAccessResourceFailureException.class);
        assertThatThrownBy(() -> answers.get(2).join()).hasCauseInstanceOf(DataAccessResourceFailureException.class);
        assertThat(ledger.rolledBack).hasSize(1);
        assertThat(ledger.committed).containsExactly(List.of("first"));
    }

    @Test
    void theWorkRunsAsItsCallerSoWhatItAuditsNamesWhoSentIt() throws Exception {
        commit = oneWriter(item -> {
            var who = SecurityContextHolder.getContext().getAuthentication();
            return who == null ? "nobody" : who.getName();
        });
        firstMayFinish.countDown();

        String answer = CompletableFuture.supplyAsync(
                        () -> {
                            SecurityContextHolder.getContext()
                                    .setAuthentication(new TestingAuthenticationToken("clinic-7", null));
                            try {
                                return commit.submit("a");
                            } finally {
                                SecurityContextHolder.clearContext();
                            }
                        },
                        callers)
                .get(10, TimeUnit.SECONDS);

        assertThat(answer).isEqualTo("clinic-7");
        assertThat(CompletableFuture.supplyAsync(() -> commit.submit("b"), callers)
                        .get(10, TimeUnit.SECONDS))
                .as("the next caller, signed in as nobody, is not taken for the last")
                .isEqualTo("nobody");
    }

    @Test
    void theCallerGetsTheItemsOwnExceptionNotAWrapper() {
        commit = oneWriter(item -> {
            throw new Refused(item);
        });
        firstMayFinish.countDown();

        assertThatThrownBy(() -> commit.submit("x")).isInstanceOf(Refused.class);
    }

    @Test
    void closingFinishesWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
        commit = oneWriter(item -> {
            ledger.record(item);
            return item;
        });
        var answers = new ArrayList<CompletableFuture<String>>();
        answers.add(CompletableFuture.supplyAsync(() -> commit.submit("first"), callers));
        Thread.sleep(100);
        answers.add(CompletableFuture.supplyAsync(() -> commit.submit("queued"), callers));
        Thread.sleep(100);
        var closing = CompletableFuture.runAsync(
                () -> {
                    try {
                        commit.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                callers);
        Thread.sleep(100);
        firstMayFinish.countDown();
        closing.get(10, TimeUnit.SECONDS);

        assertThat(answers.stream().map(CompletableFuture::join)).containsExactly("first", "queued");
        assertThatThrownBy(() -> commit.submit("late")).isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
