package nl.zuil.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.zuil.hardware.printer.TextSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slip lines drawn as images break only between words: on every width from a 58 mm to an 80 mm
 * roll, each drawn line is whole words of the text, so "13:00 tot 16:" never stands above "30".
 */
class TextRasterizerTest {

  private static final TextRasterizer RASTERIZER = new TextRasterizer(DejaVuFonts.system());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Stadhuis Hengelo: مفتوح الآن حتى 12:30 | true
          اتصل بالرقم 088 000 56 78               | true
          Бібліотека Алмело: сьогодні             | false
          www.werkcentrum.example/werkgevers       | false
          """)
  void aLineWithArabicInItReadsRightToLeft(String text, boolean rightToLeft) {
    assertThat(TextRasterizer.rightToLeft(text)).isEqualTo(rightToLeft);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Бібліотека Алмело: сьогодні з 13:00 до 16:30, телефон 088 000 12 34",
        "Biblioteka Almelo: dziś od 13:00 do 16:30, zadzwoń pod 088 000 12 34",
        "Bibliotheek Almelo: bugün 13:00 ile 16:30 arası, 088 000 12 34 numaralı hattı arayın",
        "Bibliotheek Almelo: اليوم من 13:00 إلى 16:30، اتصل بالرقم 088 000 12 34"
      })
  void breaksOnlyBetweenWords(String text) {
    List<String> words = Arrays.asList(text.split(" "));
    for (int width = 384; width <= 576; width += 8) {
      for (TextSize size : List.of(TextSize.NORMAL, TextSize.DOUBLE)) {
        List<String> lines = RASTERIZER.lines(text, size, false, width);

        for (String line : lines) {
          assertThat(words)
              .as("the line '%s' at %d dots", line, width)
              .containsAll(Arrays.asList(line.split(" ")));
        }
        assertThat(String.join(" ", lines)).isEqualTo(text);
      }
    }
  }
}
