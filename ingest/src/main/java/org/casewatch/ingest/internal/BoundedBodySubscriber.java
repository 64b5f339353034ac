package org.casewatch.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory, failing with {@link BodyTooLargeException} as soon as more
 * than {@code cap} bytes arrive (or when {@code Content-Length} declares more, before reading).
 */
public final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  private final long cap;
  private final boolean discard;
  private final boolean truncate;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  private BoundedBodySubscriber(long cap, boolean discard, boolean truncate) {
    this.cap = cap;
    this.discard = discard;
    this.truncate = truncate;
  }

  /**
   * A body handler that reads at most the first {@code cap + 1} bytes of a 2xx body and then drops
   * the connection, whatever {@code Content-Length} says: for inputs of which a prefix is enough
   * (robots.txt). A body of {@code cap + 1} bytes tells the caller there was more.
   */
  public static HttpResponse.BodyHandler<byte[]> prefixHandler(long cap) {
    return info ->
        info.statusCode() < 200 || info.statusCode() > 299
            ? new BoundedBodySubscriber(0, true, false)
            : new BoundedBodySubscriber(cap, false, true);
  }

  /**
   * A body handler: bodies of 2xx answers are collected up to {@code cap} bytes, bodies of other
   * answers are not read at all (the connection is dropped instead).
   */
  public static HttpResponse.BodyHandler<byte[]> handler(long cap) {
    return info -> {
      if (info.statusCode() < 200 || info.statusCode() > 299) {
        return new BoundedBodySubscriber(0, true, false);
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      BoundedBodySubscriber subscriber = new BoundedBodySubscriber(cap, false, false);
      if (declared > cap) {
        subscriber.result.completeExceptionally(
            new BodyTooLargeException("Content-Length " + declared + " exceeds cap " + cap));
      }
      return subscriber;
    };
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (discard || result.isDone()) {
      subscription.cancel();
      result.complete(new byte[0]);
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int n = item.remaining();
      if (truncate && buffer.size() + (long) n > cap) {
        byte[] head = new byte[(int) (cap + 1 - buffer.size())];
        item.get(head);
        buffer.write(head, 0, head.length);
        subscription.cancel();
        result.complete(buffer.toByteArray());
        return;
      }
      if (buffer.size() + (long) n > cap) {
        subscription.cancel();
        result.completeExceptionally(
            new BodyTooLargeException("body exceeds cap of " + cap + " bytes"));
        return;
      }
      byte[] chunk = new byte[n];
      item.get(chunk);
      buffer.write(chunk, 0, n);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }
}
