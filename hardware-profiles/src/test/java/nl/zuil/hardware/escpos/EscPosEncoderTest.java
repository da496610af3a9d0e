package nl.zuil.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.zuil.hardware.ReferenceTickets;
import nl.zuil.hardware.printer.Alignment;
import nl.zuil.hardware.printer.TextSize;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.profile.CutterType;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscPosEncoderTest {

  private static final String HEADER_CODE_PAGE_16 = "1b40 1b5200 1b7410";

  @Test
  void printsDutchAccentsAndTheEuroSignInWpc1252() throws Exception {
    byte[] bytes = encode("virtual", TicketDocument.builder().text("é ë ü €").build());

    assertThat(hex(bytes))
        .isEqualTo(hex(HEADER_CODE_PAGE_16 + "1b6100 1b4500 1d2100 e920eb20fc2080 0a"));
  }

  @Test
  void printsDutchAccentsAndTheEuroSignInPc858() throws Exception {
    byte[] bytes = encode("custom-vkp80iii", TicketDocument.builder().text("é ë ü €").build());

    assertThat(hex(bytes))
        .isEqualTo(hex("1b40 1b5200 1b7413 1b6100 1b4500 1d2100 82208920812 0d5 0a"));
  }

  @Test
  void selectsTheCodePageByTheMakersOwnNumber() throws Exception {
    byte[] bytes = encode("star-tup500", TicketDocument.builder().text("€").build());

    // Star numbers WPC1252 32 in its ESC/POS mode, where Epson uses 16.
    assertThat(hex(bytes)).startsWith(hex("1b40 1b5200 1b7420"));
    assertThat(hex(bytes)).endsWith(hex("80 0a"));
  }

  @Test
  void setsAlignmentBoldAndSizeOnEveryLine() throws Exception {
    byte[] bytes =
        encode(
            "virtual",
            TicketDocument.builder()
                .text("W-014", TextSize.QUADRUPLE, true, Alignment.CENTER)
                .build());

    assertThat(hex(bytes))
        .isEqualTo(hex(HEADER_CODE_PAGE_16 + "1b6101 1b4501 1d2133" + ascii("W-014") + "0a"));
  }

  @Test
  void wrapsAtSpacesToTheColumnsOfThePaper() throws Exception {
    String text = "Een gids roept straks uw nummer. Neem plaats en wacht even.";

    // 420 dots / 12 = 35 columns on 58 mm paper; 576 / 12 = 48 on 80 mm.
    assertThat(lines(encode("epson-tm-t20iii-58mm", TicketDocument.builder().text(text).build())))
        .containsExactly("Een gids roept straks uw nummer.", "Neem plaats en wacht even.");
    assertThat(lines(encode("virtual", TicketDocument.builder().text(text).build())))
        .containsExactly("Een gids roept straks uw nummer. Neem plaats en", "wacht even.");
  }

  @Test
  void nativeQrSendsModelSizeErrorCorrectionDataAndPrint() throws Exception {
    byte[] bytes = encode("virtual", TicketDocument.builder().qr(ReferenceTickets.QR_LINK).build());

    String data = ascii(ReferenceTickets.QR_LINK);
    assertThat(ReferenceTickets.QR_LINK).hasSize(60);
    assertThat(hex(bytes))
        .isEqualTo(
            hex(
                HEADER_CODE_PAGE_16
                    + "1b6101"
                    + "1d286b 0400 31 41 32 00"
                    + "1d286b 0300 31 43 08"
                    + "1d286b 0300 31 45 31"
                    + "1d286b 3f00 31 50 30"
                    + data
                    + "1d286b 0300 31 51 30"));
  }

  @ParameterizedTest
  @CsvSource({"virtual, 8", "epson-tm-t88vi, 8", "epson-tm-t20iii-58mm, 6"})
  void sizesTheQrModulesToThePaper(String profile, int moduleDots) throws Exception {
    QrSymbol symbol =
        QrSymbol.layout(
            ReferenceTickets.QR_LINK,
            HardwareProfiles.load(profile).printer().paper().printableDots());

    assertThat(symbol.modules()).isEqualTo(33);
    assertThat(symbol.moduleDots()).isEqualTo(moduleDots);
  }

  @Test
  void rasterQrIsAGsV0ImageInBandsWhenThePrinterHasNoNativeQr() throws Exception {
    byte[] bytes =
        encode("star-tup500", TicketDocument.builder().qr(ReferenceTickets.QR_LINK).build());

    // 33 modules of 8 dots: 264 dots = 33 bytes across, 264 rows in bands of 255 and 9.
    String header = hex("1b40 1b5200 1b7420 1b6101");
    String firstBand = hex("1d7630 00 2100 ff00");
    String secondBand = hex("1d7630 00 2100 0900");
    String all = hex(bytes);
    assertThat(all).startsWith(header + firstBand);
    assertThat(all.substring(header.length() + firstBand.length() + 2 * 33 * 255))
        .startsWith(secondBand);
    assertThat(bytes).hasSize(11 + 8 + 33 * 255 + 8 + 33 * 9);
    assertThat(all).doesNotContain("1d286b");
  }

  @Test
  void anArabicLineIsARasterImageNeverCodePageBytes() throws Exception {
    byte[] bytes =
        encode(
            "virtual",
            TicketDocument.builder()
                .text("البحث عن عمل", TextSize.DOUBLE, true, Alignment.CENTER)
                .build());

    byte[] head = HexFormat.of().parseHex("1b401b52001b74101b61011d763000");
    assertThat(bytes).startsWith(head);
    int widthBytes = bytes[head.length] & 0xFF;
    int height = bytes[head.length + 2] & 0xFF | (bytes[head.length + 3] & 0xFF) << 8;
    assertThat(bytes).hasSize(head.length + 4 + widthBytes * height);
    assertThat(widthBytes).isBetween(10, 60);
    assertThat(height).isGreaterThan(40);
  }

  @ParameterizedTest
  @CsvSource({
    "Werk zoeken, true",
    "Türkçe, true",
    "İş arama, false",
    "Szukanie pracy, true",
    "'Zeskanuj kod telefonem, aby przeczytać', false",
    "Пошук роботи, false",
    "العربية, false"
  })
  void printsAsCharactersOnlyWhatTheCodePageHolds(String text, boolean asCharacters)
      throws Exception {
    EscPosEncoder encoder = encoder("virtual");

    assertThat(encoder.printsAsCharacters(text)).isEqualTo(asCharacters);
  }

  @Test
  void aControlCharacterInTextIsNeverSentAsACommand() throws Exception {
    EscPosEncoder encoder = encoder("virtual");

    assertThat(encoder.printsAsCharacters("W-014\u001b@")).isFalse();
    assertThatThrownBy(() -> encoder.encode(TicketDocument.builder().text("W-014\u001bi").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+1B");
  }

  @Test
  void textWithoutAGlyphIsRefusedInsteadOfPrintedAsBoxes() throws Exception {
    assertThatThrownBy(() -> encode("virtual", TicketDocument.builder().text("你好").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+4F60")
        .hasMessageContaining("Dutch or English");
  }

  @Test
  void qrDataThatIsNotAsciiOrTooLongIsRefused() throws Exception {
    assertThatThrownBy(() -> QrSymbol.layout("https://werkcentrum.example/café", 576))
        .hasMessageContaining("percent-encode");
    assertThatThrownBy(() -> QrSymbol.layout("https://werkcentrum.example/" + "x".repeat(900), 420))
        .hasMessageContaining("too many to scan");
  }

  @ParameterizedTest
  @CsvSource({"virtual, 1d564200", "custom-vkp80iii, 1d564100", "epson-tm-t88vi, 1d564200"})
  void cutsAsTheProfilesCutterCan(String profile, String cut) throws Exception {
    byte[] bytes = encode(profile, TicketDocument.builder().feed(3).cut().build());

    assertThat(hex(bytes)).endsWith(hex("1b6403" + cut));
  }

  @Test
  void aPrinterWithoutCutterFeedsTheTicketPastTheTearBar() throws Exception {
    PrinterProfile noCutter =
        withCutter(HardwareProfiles.load("virtual").printer(), CutterType.NONE);

    byte[] bytes = encoder(noCutter).encode(TicketDocument.builder().cut().build());

    assertThat(hex(bytes)).isEqualTo(hex(HEADER_CODE_PAGE_16 + "1b6405"));
  }

  @Test
  void aPolishSlipDrawsAllItsLatinLinesInOneFont() throws Exception {
    // "ł" is not in WPC1252, so that line is drawn with DejaVu Sans; the plain line beside it must
    // not come out in the printer's own font.
    byte[] bytes =
        encode(
            "virtual",
            TicketDocument.builder().text("Zadzwoń: 088 000 12 34").text("Wtorek 09:00").build());

    assertThat(lines(bytes)).isEmpty();
    assertThat(HexFormat.of().formatHex(bytes)).doesNotContain(ascii("Wtorek"));
  }

  @Test
  void arabicBesideLatinKeepsThePrintersFontForTheLatinLine() throws Exception {
    byte[] bytes =
        encode(
            "virtual", TicketDocument.builder().text("اتصل بالرقم").text("088 000 12 34").build());

    assertThat(lines(bytes)).containsExactly("088 000 12 34");
  }

  @Test
  void theSameTicketAlwaysGivesTheSameBytes() throws Exception {
    assertThat(encode("virtual", ReferenceTickets.arabic()))
        .isEqualTo(encode("virtual", ReferenceTickets.arabic()));
  }

  private static PrinterProfile withCutter(PrinterProfile p, CutterType cutter) {
    return new PrinterProfile(
        p.model(),
        p.sources(),
        p.commandSet(),
        p.transport(),
        p.paper(),
        p.codePage(),
        p.qr(),
        cutter,
        p.status(),
        p.bufferClear());
  }

  private static EscPosEncoder encoder(String profile) throws Exception {
    return encoder(HardwareProfiles.load(profile).printer());
  }

  private static EscPosEncoder encoder(PrinterProfile printer) {
    return new EscPosEncoder(printer, new TextRasterizer(DejaVuFonts.system()));
  }

  private static byte[] encode(String profile, TicketDocument ticket) throws Exception {
    return encoder(profile).encode(ticket);
  }

  /** The text of each printed line: the bytes between a GS ! command and LF. */
  private static List<String> lines(byte[] bytes) {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = null;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0x1d && bytes[i + 1] == '!') {
        line = new ByteArrayOutputStream();
        i += 2;
      } else if (bytes[i] == 0x0a && line != null) {
        lines.add(line.toString(StandardCharsets.ISO_8859_1));
        line = null;
      } else if (line != null) {
        line.write(bytes[i]);
      }
    }
    return lines;
  }

  private static String ascii(String text) {
    return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static String hex(String spacedHex) {
    return spacedHex.replace(" ", "");
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
