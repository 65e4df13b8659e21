package org.signpost.core.limit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many requests with a body one client may have in progress at once on this instance. A body
 * sent a byte at a time holds one of the server's request threads until it ends; without a cap, a
 * few hundred such connections from one client hold every thread and nobody else is answered. With
 * it, a client's further requests are refused at once, before their bodies are read, and the
 * threads stay free for everyone else.
 */
@ApplicationScoped
public class ClientSlots {

  /** Requests with a body one client may have in progress at once. */
  public static final int PER_CLIENT = 32;

  /** Whether a request comes with a body: a declared length above zero, or chunks. */
  public static boolean hasBody(long declaredLength, String transferEncoding) {
    return declaredLength > 0 || transferEncoding != null;
  }

  /** A slot the client holds until it is closed. */
  public interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();
  private final int perClient;

  public ClientSlots() {
    this(PER_CLIENT);
  }

  public ClientSlots(int perClient) {
    this.perClient = perClient;
  }

  /**
   * One of the client's slots, to hold while its request is answered.
   *
   * @return empty when every slot of the client is in use
   */
  public Optional<Slot> take(String client) {
    String key = client == null ? "" : client;
    if (inProgress.merge(key, 1, Integer::sum) > perClient) {
      release(key);
      return Optional.empty();
    }
    AtomicBoolean open = new AtomicBoolean(true);
    return Optional.of(
        () -> {
          if (open.getAndSet(false)) {
            release(key);
          }
        });
  }

  /** Requests in progress for the client: for tests and monitoring. */
  public int inProgress(String client) {
    return inProgress.getOrDefault(client == null ? "" : client, 0);
  }

  private void release(String key) {
    inProgress.computeIfPresent(key, (k, held) -> held == 1 ? null : held - 1);
  }
}
