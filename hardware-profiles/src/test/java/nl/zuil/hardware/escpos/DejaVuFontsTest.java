package nl.zuil.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DejaVuFontsTest {

  @Test
  void missingFontsFailWithTheInstallCommand(@TempDir Path empty) {
    assertThatThrownBy(() -> DejaVuFonts.in(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DejaVuSans.ttf")
        .hasMessageContaining("apt-get install -y fonts-dejavu-core");
  }
}
