package nl.zuil.hardware.profile;

import java.util.List;

/**
 * The ticket printer of a kit, as its maker's programming manual documents it.
 *
 * @param sources the manuals (title, document number, section) each value was taken from
 * @param commandSet the printer language; Zuil speaks {@code esc-pos} only
 * @param qr whether the printer draws QR codes itself (GS ( k) or needs them as a raster image
 * @param status how the printer reports paper, cover and cutter state
 * @param bufferClear how a failed ticket's unprinted rest is discarded, so it never comes out later
 */
public record PrinterProfile(
    String model,
    List<String> sources,
    String commandSet,
    TransportProfile transport,
    PaperProfile paper,
    CodePageProfile codePage,
    QrMode qr,
    CutterType cutter,
    StatusSupport status,
    BufferClear bufferClear) {

  public static final String ESC_POS = "esc-pos";

  public PrinterProfile {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  public PrinterProfile withQr(QrMode newQr) {
    return new PrinterProfile(
        model, sources, commandSet, transport, paper, codePage, newQr, cutter, status, bufferClear);
  }

  public PrinterProfile withTransport(TransportProfile newTransport) {
    return new PrinterProfile(
        model, sources, commandSet, newTransport, paper, codePage, qr, cutter, status, bufferClear);
  }
}
