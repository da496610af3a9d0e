package nl.zuil.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Bounds the event streams (server-sent events) a server holds open: so many per source address and
 * so many in all. Each open stream holds a request, its buffers and a TLS session; without a bound,
 * 10,000 streams took a kiosk from 635 to 1,242 MB. A stream past a bound is refused before it
 * opens, with a short text and Retry-After: 429 when its address holds its share, 503 when the
 * server holds all it will. The refusal is an ordinary short answer on a connection that stays
 * usable (idle connections end after Jetty's idle timeout), so asking again costs the kiosk no new
 * TLS handshake: a flood of refused requests costs little CPU and no memory.
 *
 * <p>A stream's place is given back when the stream ends: when the page closes it, or at the
 * server's next write to a browser that went away (the heartbeat finds those).
 */
public final class StreamLimits {

  /** How long a refused page waits before it asks again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  static final String TOO_MANY_FROM_ADDRESS =
      "Te veel live-verbindingen vanaf dit adres; probeer het over 30 seconden opnieuw. /"
          + " Too many live connections from this address; try again in 30 seconds.\n";
  static final String TOO_MANY =
      "Te veel live-verbindingen; probeer het over 30 seconden opnieuw. /"
          + " Too many live connections; try again in 30 seconds.\n";

  private final int perAddress;
  private final int total;
  private final Map<String, Integer> openByAddress = new HashMap<>();
  private int open;

  public StreamLimits(int perAddress, int total) {
    if (perAddress < 1 || total < perAddress) {
      throw new IllegalArgumentException("need 1 <= perAddress <= total");
    }
    this.perAddress = perAddress;
    this.total = total;
  }

  /**
   * A GET handler that opens an event stream for {@code client} when there is room and refuses it
   * when not. A request that does not ask for an event stream gets an empty answer, as Javalin's
   * own stream routes give it.
   */
  public Handler stream(Consumer<SseClient> client) {
    return ctx -> {
      if (!wantsStream(ctx)) {
        return;
      }
      String address = ctx.ip();
      int refusal = admit(address);
      if (refusal != 0) {
        ctx.status(refusal)
            .header("Retry-After", Long.toString(RETRY_AFTER.toSeconds()))
            .contentType("text/plain; charset=utf-8")
            .result(refusal == 429 ? TOO_MANY_FROM_ADDRESS : TOO_MANY);
        return;
      }
      AtomicBoolean released = new AtomicBoolean();
      Runnable release =
          () -> {
            if (released.compareAndSet(false, true)) {
              release(address);
            }
          };
      try {
        new SseHandler(
                stream -> {
                  stream.onClose(release);
                  client.accept(stream);
                })
            .handle(ctx);
      } catch (RuntimeException e) {
        release.run();
        throw e;
      }
    };
  }

  /** How many streams are open now. */
  public synchronized int open() {
    return open;
  }

  /** 0 when a stream from {@code address} may open (and is counted), else the refusal's status. */
  private synchronized int admit(String address) {
    int fromAddress = openByAddress.getOrDefault(address, 0);
    if (fromAddress >= perAddress) {
      return 429;
    }
    if (open >= total) {
      return 503;
    }
    openByAddress.put(address, fromAddress + 1);
    open++;
    return 0;
  }

  private synchronized void release(String address) {
    openByAddress.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
    open--;
  }

  private static boolean wantsStream(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/event-stream");
  }
}
