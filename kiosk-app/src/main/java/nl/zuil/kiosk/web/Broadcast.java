package nl.zuil.kiosk.web;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.web.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live updates by server-sent events: every console page gets each new board, every waiting-room
 * display gets the called numbers and a "call" to ring on. One sender thread writes to all streams
 * in turn, so events reach each page in the order they happened and the ledger thread never waits
 * for a browser.
 */
final class Broadcast implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Broadcast.class);

  /** A console stream belongs to a session; it ends when the session does. */
  private record Listener(SseClient client, Session<Desk> session) {}

  private final List<Listener> consoles = new CopyOnWriteArrayList<>();
  private final List<SseClient> displays = new CopyOnWriteArrayList<>();
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "console-web-events");
            thread.setDaemon(true);
            return thread;
          });

  void addConsole(SseClient client, Session<Desk> session, String board) {
    Listener listener = new Listener(client, session);
    client.onClose(() -> consoles.remove(listener));
    consoles.add(listener);
    send(() -> client.sendEvent("board", board));
  }

  void addDisplay(SseClient client, String display) {
    client.onClose(() -> displays.remove(client));
    displays.add(client);
    send(() -> client.sendEvent("display", display));
  }

  void board(String board, String display) {
    send(
        () -> {
          consoles.forEach(l -> l.client().sendEvent("board", board));
          displays.forEach(d -> d.sendEvent("display", display));
        });
  }

  void call(String announcement) {
    send(() -> displays.forEach(d -> d.sendEvent("call", announcement)));
  }

  /**
   * Keeps idle streams open through proxies and finds browsers that went away; closes the console
   * streams of sessions that ended, telling the page to show the login again.
   */
  void heartbeat(Predicate<Session<Desk>> sessionAlive) {
    send(
        () -> {
          for (Listener listener : consoles) {
            if (sessionAlive.test(listener.session())) {
              listener.client().sendComment("still here");
            } else {
              end(listener);
            }
          }
          displays.forEach(d -> d.sendComment("still here"));
        });
  }

  /** Ends the streams of a session that logged out. */
  void endSession(Session<Desk> session) {
    send(() -> consoles.stream().filter(l -> l.session().equals(session)).forEach(Broadcast::end));
  }

  int listeners() {
    return consoles.size() + displays.size();
  }

  private static void end(Listener listener) {
    listener.client().sendEvent("expired", "{}");
    listener.client().close();
  }

  private void send(Runnable work) {
    try {
      sender.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.warn("sending a live update failed: {}", e.toString());
            }
          });
    } catch (RejectedExecutionException e) {
      // Shutting down: pages reconnect to the next kiosk run.
    }
  }

  @Override
  public void close() {
    sender.shutdown();
    try {
      sender.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    consoles.forEach(l -> l.client().close());
    displays.forEach(SseClient::close);
  }
}
