package nl.zuil.web;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The request threads of a server that lives inside another program (the kiosk): named, so a thread
 * dump says whose they are, and daemons, so they never keep the program from exiting.
 */
public final class ServerThreads {

  private ServerThreads() {}

  public static void daemons(JavalinConfig config, String name, int max, int min) {
    QueuedThreadPool threads = new QueuedThreadPool(max, min);
    threads.setName(name);
    threads.setDaemon(true);
    config.jetty.threadPool = threads;
  }
}
