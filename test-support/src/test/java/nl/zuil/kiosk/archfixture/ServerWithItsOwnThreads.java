package nl.zuil.kiosk.archfixture;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Breaks the rule: sets up Jetty by itself instead of through web-support. */
public class ServerWithItsOwnThreads {
  final QueuedThreadPool threads = new QueuedThreadPool(8);
}
