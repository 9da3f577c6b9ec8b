package org.exovigil.watch.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer's body up to a limit and then stops reading, so a huge page costs the site and the
 * crawl no more than the limit. An answer whose Content-Length already exceeds the limit is not read
 * at all.
 */
final class LimitedBody implements BodySubscriber<LimitedBody.Bytes> {

    /** The body read, and whether it was cut at the limit. */
    record Bytes(byte[] content, boolean truncated) {}

    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final int limit;
    private final boolean tooLongAlready;
    private Flow.Subscription subscription;

    LimitedBody(ResponseInfo info, int limit) {
        this.limit = limit;
        this.tooLongAlready = info.headers().firstValueAsLong("Content-Length").orElse(0) > limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (tooLongAlready) {
            subscription.cancel();
            result.complete(new Bytes(new byte[0], true));
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int room = limit - buffer.size();
            if (b.remaining() > room) {
                byte[] part = new byte[room];
                b.get(part);
                buffer.writeBytes(part);
                subscription.cancel();
                result.complete(new Bytes(buffer.toByteArray(), true));
                return;
            }
            byte[] all = new byte[b.remaining()];
            b.get(all);
            buffer.writeBytes(all);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(buffer.toByteArray(), false));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }
}
