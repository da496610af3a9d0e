package nl.zuil.catalogue;

/**
 * One recorded clip of a catalogue: the region's own voice for one text in one language.
 *
 * @param text the text it says, as {@link Catalogue#recordedText} names it
 * @param language the catalogue language it is spoken in
 * @param sha256 the clip's SHA-256 in lower-case hex: its name beside the catalogue and on the wire
 */
public record Recording(String text, String language, String sha256) {

  /** The clip's file name in a catalogue's {@code recordings/} folder. */
  public String fileName() {
    return sha256 + ".wav";
  }
}
