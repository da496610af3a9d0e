package nl.zuil.hardware.profile;

/**
 * Where the kiosk speaks: the sound output and how loud. Both are optional; a profile written
 * before the kiosk could speak has no {@code audio} and gets {@link #DEFAULT}.
 *
 * @param device part of the name of the Java sound output to use (as {@code aplay -L} or the mixer
 *     list shows it, e.g. "Headphones"); absent for the system's default output
 * @param volumePercent 0-100; absent for {@value #DEFAULT_VOLUME}
 */
public record AudioProfile(String device, Integer volumePercent) {

  public static final int DEFAULT_VOLUME = 80;

  /** The system's default output at {@value #DEFAULT_VOLUME} percent. */
  public static final AudioProfile DEFAULT = new AudioProfile(null, DEFAULT_VOLUME);

  /** The volume, or the default when the profile leaves it out. */
  public int volume() {
    return volumePercent == null ? DEFAULT_VOLUME : volumePercent;
  }
}
