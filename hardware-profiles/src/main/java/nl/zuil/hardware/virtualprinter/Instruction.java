package nl.zuil.hardware.virtualprinter;

/** One command or run of characters the virtual printer received, parsed. */
sealed interface Instruction {

  /** Printable bytes, to be read in the selected code page. */
  record Characters(byte[] bytes) implements Instruction {}

  record LineFeed() implements Instruction {}

  record Initialize() implements Instruction {}

  record SelectCodePage(int n) implements Instruction {}

  record Justify(int n) implements Instruction {}

  record Emphasis(boolean on) implements Instruction {}

  record CharacterSize(int width, int height) implements Instruction {}

  record FeedLines(int lines) implements Instruction {}

  record FeedDots(int dots) implements Instruction {}

  record Cut(boolean full) implements Instruction {}

  record Raster(int widthBytes, int height, int scale, byte[] data) implements Instruction {}

  record QrModel(int model) implements Instruction {}

  record QrModuleSize(int dots) implements Instruction {}

  record QrErrorCorrection(int level) implements Instruction {}

  record QrStore(byte[] data) implements Instruction {}

  record QrPrint() implements Instruction {}

  /** GS r n: answered in order, once everything before it has been printed. */
  record PaperSensorRequest(int n) implements Instruction {}

  /** DLE EOT n: answered on arrival, before anything still waiting in the buffer. */
  record RealTimeStatusRequest(int n) implements Instruction {}

  /** DLE DC4 fn 8, acted on at arrival; {@code validKey} false when the 7 key bytes were wrong. */
  record ClearBuffers(boolean validKey) implements Instruction {}

  /** A well-formed command the virtual printer does not render, such as ESC R or ESC 2. */
  record Ignored(String name) implements Instruction {}

  /** Bytes that are no command this printer knows. */
  record Unknown(byte[] bytes) implements Instruction {}
}
