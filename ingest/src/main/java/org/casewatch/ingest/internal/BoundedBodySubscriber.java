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
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  private BoundedBodySubscriber(long cap, boolean discard) {
    this.cap = cap;
    this.discard = discard;
  }

  /**
   * A body handler: bodies of 2xx answers are collected up to {@code cap} bytes, bodies of other
   * answers are not read at all (the connection is dropped instead).
   */
  public static HttpResponse.BodyHandler<byte[]> handler(long cap) {
    return info -> {
      if (info.statusCode() < 200 || info.statusCode() > 299) {
        return new BoundedBodySubscriber(0, true);
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      BoundedBodySubscriber subscriber = new BoundedBodySubscriber(cap, false);
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
