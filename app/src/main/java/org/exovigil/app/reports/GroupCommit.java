package org.exovigil.app.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.exovigil.app.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: work that arrives together is done by a few writers, several items to a transaction,
 * and each caller is answered only after the transaction that holds its item has committed (PostgreSQL
 * with fsync and synchronous commit on, so committed is on disk). One commit, one flush of the log and
 * one turn of the audit chain's lock then serve a batch instead of a single item. The technique is IMS
 * Fast Path's (Gawlick and Kinkade, "Varieties of concurrency control in IMS/VS Fast Path", IEEE Database
 * Engineering 8(2), 1985); PostgreSQL's own {@code commit_delay} groups flushes only, not a lock the
 * application holds to its commit.
 *
 * <p>An item's exception that {@code isAnswer} accepts is that caller's answer and the batch goes on: such
 * an exception must be thrown before the item writes anything. Any other failure rolls the whole batch
 * back; then each of its items is done again alone, so one bad item never takes the others with it and
 * none is done twice. A database that does not answer fails the whole batch at once instead, with the
 * failure every caller would meet alone.
 */
final class GroupCommit<I, O> {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    /** An item with its caller's security context, so that what the work records names who sent it. */
    private record Pending<I, O>(I item, SecurityContext caller, CompletableFuture<O> answer) {}

    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate transactions;
    private final int largestBatch;
    private final Function<I, O> work;
    private final Predicate<RuntimeException> isAnswer;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean open = true;

    GroupCommit(
            String name,
            TransactionTemplate transactions,
            int writers,
            int largestBatch,
            Function<I, O> work,
            Predicate<RuntimeException> isAnswer) {
        if (writers < 1 || largestBatch < 1) {
            throw new IllegalArgumentException("at least one writer and one item a batch");
        }
        this.transactions = transactions;
        this.largestBatch = largestBatch;
        this.work = work;
        this.isAnswer = isAnswer;
        for (int i = 0; i < writers; i++) {
            this.writers.add(
                    Thread.ofPlatform().name(name + "-writer-" + i).daemon().start(this::write));
        }
    }

    /** Does the work in some batch's transaction and returns once that transaction has committed. */
    O submit(I item) {
        if (!open) {
            throw new IllegalStateException("the application is stopping; nothing more is taken in");
        }
        var pending = new Pending<I, O>(item, SecurityContextHolder.getContext(), new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.answer().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException answer) {
                throw answer;
            }
            throw failed;
        }
    }

    /** Takes no more items, finishes those queued and lets the writers end. */
    void close() throws InterruptedException {
        open = false;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private void write() {
        var batch = new ArrayList<Pending<I, O>>(largestBatch);
        while (open || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                // Whatever queued while the last batch committed joins this one: no waiting for company.
                queue.drainTo(batch, largestBatch - 1);
                commit(batch);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                LOG.error("a group commit writer failed", unexpected);
                batch.forEach(pending -> pending.answer().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending<I, O>> batch) {
        var answers = new ArrayList<Runnable>(batch.size());
        try {
            transactions.executeWithoutResult(status -> {
                answers.clear();
                for (Pending<I, O> pending : batch) {
                    answers.add(answer(pending));
                }
            });
        } catch (RuntimeException failed) {
            if (batch.size() == 1 || DatabaseUnavailable.unreachable(failed)) {
                batch.forEach(pending -> pending.answer().completeExceptionally(failed));
                return;
            }
            LOG.info("a batch of {} failed ({}); each is written again alone", batch.size(), failed.toString());
            batch.forEach(pending -> commit(List.of(pending)));
            return;
        }
        answers.forEach(Runnable::run);
    }

    /** Does one item's work; returns how to answer its caller once the batch has committed. */
    private Runnable answer(Pending<I, O> pending) {
        SecurityContextHolder.setContext(pending.caller());
        try {
            O done = work.apply(pending.item());
            return () -> pending.answer().complete(done);
        } catch (RuntimeException refused) {
            if (!isAnswer.test(refused)) {
                throw refused;
            }
            return () -> pending.answer().completeExceptionally(refused);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
