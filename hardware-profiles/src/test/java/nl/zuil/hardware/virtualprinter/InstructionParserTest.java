package nl.zuil.hardware.virtualprinter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstructionParserTest {

  @Test
  void aCommandSplitAcrossReadsWaitsForItsRest() {
    byte[] bytes =
        HexFormat.of().parseHex("1b40 1b7410 1d2111 414243 0a 1d564200".replace(" ", ""));
    InstructionParser whole = new InstructionParser();
    InstructionParser byteByByte = new InstructionParser();

    List<Instruction> fromWhole = whole.feed(bytes);
    List<Instruction> fromBytes = new ArrayList<>();
    for (byte b : bytes) {
      fromBytes.addAll(byteByByte.feed(new byte[] {b}));
    }

    assertThat(fromWhole)
        .extracting(i -> i.getClass().getSimpleName())
        .containsExactly(
            "Initialize", "SelectCodePage", "CharacterSize", "Characters", "LineFeed", "Cut");
    assertThat(fromBytes)
        .extracting(i -> i.getClass().getSimpleName())
        .containsExactly(
            "Initialize",
            "SelectCodePage",
            "CharacterSize",
            "Characters",
            "Characters",
            "Characters",
            "LineFeed",
            "Cut");
  }

  @Test
  void statusRequestBytesInsideRasterDataAreData() {
    // A 1-byte wide, 3-row raster whose rows happen to spell DLE EOT 1.
    byte[] bytes = HexFormat.of().parseHex("1d763000010003001004011004 01".replace(" ", ""));

    List<Instruction> parsed = new InstructionParser().feed(bytes);

    assertThat(parsed).hasSize(2);
    assertThat(parsed.get(0)).isInstanceOf(Instruction.Raster.class);
    assertThat(parsed.get(1)).isEqualTo(new Instruction.RealTimeStatusRequest(1));
  }

  @Test
  void aBufferClearIsRecognisedOnlyWithItsKey() {
    List<Instruction> parsed =
        new InstructionParser()
            .feed(HexFormat.of().parseHex("10140801031401060208" + "10140801031401060209"));

    assertThat(parsed)
        .containsExactly(new Instruction.ClearBuffers(true), new Instruction.ClearBuffers(false));
  }

  @Test
  void unknownEscapeSequencesAreReportedNotRendered() {
    List<Instruction> parsed = new InstructionParser().feed(HexFormat.of().parseHex("1b7a41"));

    assertThat(parsed.get(0)).isInstanceOf(Instruction.Unknown.class);
    assertThat(parsed.get(1)).isInstanceOf(Instruction.Characters.class);
  }
}
