package nl.zuil.provisioning.doctor;

import java.util.Optional;

/** Something doctor needed to read: the value, or why it could not be had. */
public record Loaded<T>(Optional<T> value, String problem) {

  public static <T> Loaded<T> of(T value) {
    return new Loaded<>(Optional.of(value), "");
  }

  public static <T> Loaded<T> missing(String problem) {
    return new Loaded<>(Optional.empty(), problem);
  }

  public boolean present() {
    return value.isPresent();
  }

  public T get() {
    return value.orElseThrow();
  }
}
