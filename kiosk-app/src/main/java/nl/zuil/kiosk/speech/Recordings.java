package nl.zuil.kiosk.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Recording;

/**
 * The region's recorded clips by what they say: a screen line that is exactly a recorded text in
 * the visitor's language is played from its clip, in the folder beside the catalogue that the agent
 * fills before it switches the catalogue (decision 0310).
 */
public final class Recordings {

  /** No clips: the bundled catalogue, or a catalogue without recordings. */
  public static final Recordings NONE = new Recordings(Map.of());

  private final Map<String, Path> byLanguageAndText;

  private Recordings(Map<String, Path> byLanguageAndText) {
    this.byLanguageAndText = byLanguageAndText;
  }

  /**
   * @param folder the catalogue's {@code recordings/} folder
   */
  public static Recordings of(Catalogue catalogue, Path folder) {
    Map<String, Path> clips = new HashMap<>();
    for (Recording recording : catalogue.recordingList()) {
      catalogue
          .recordedText(recording.text())
          .ifPresent(
              text ->
                  clips.put(
                      key(recording.language(), text.in(recording.language())),
                      folder.resolve(recording.fileName())));
    }
    return new Recordings(Map.copyOf(clips));
  }

  /**
   * The clip that says {@code line} in {@code language}, if the region recorded it and it is on
   * disk; a clip gone missing leaves the line to the synthesiser.
   */
  public Optional<Path> clip(String language, String line) {
    return Optional.ofNullable(byLanguageAndText.get(key(language, line)))
        .filter(Files::isRegularFile);
  }

  private static String key(String language, String text) {
    return language + "\n" + text.strip();
  }
}
