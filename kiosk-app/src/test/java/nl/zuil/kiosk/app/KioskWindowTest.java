package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.TestConfigs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskWindowTest {

  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws Exception {
    Fx.start();
  }

  @Test
  void theWindowHasNoDecorationsFillsTheScreenAndIgnoresCloseRequests() throws Exception {
    try (KioskFixture kiosk = KioskFixture.threaded(dir, TestConfigs.landscapeJson())) {
      Stage stage =
          Fx.call(
              () -> {
                KioskScene scene = kiosk.scene(() -> {});
                Stage window = new Stage();
                KioskWindow.show(window, scene.scene());
                return window;
              });

      Fx.run(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

      assertThat(stage.isShowing()).isTrue();
      assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
      assertThat(stage.isFullScreen()).isTrue();
      Fx.run(stage::hide);
    }
  }
}
