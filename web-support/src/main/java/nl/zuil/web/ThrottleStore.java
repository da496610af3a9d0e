package nl.zuil.web;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where {@link LoginThrottle} keeps its counts: in memory for one process (the kiosk), in a
 * database shared by every process that serves the same users (the regional backend), so several
 * processes give an attacker one budget, not one each.
 */
public interface ThrottleStore {

  /** The key's state, if it has one (it may be past its {@code forgetAt}). */
  Optional<ThrottleState> find(String key);

  /**
   * Replaces the key's state by {@code change} applied to it ({@link ThrottleState#FRESH} when it
   * has none), as one step: two processes counting the same key at once both count.
   */
  ThrottleState update(String key, UnaryOperator<ThrottleState> change);

  /** Forgets the key. */
  void remove(String key);
}
