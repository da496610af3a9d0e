package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import nl.zuil.kiosk.testing.Contrast;
import nl.zuil.kiosk.testing.Fx;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.KioskUi;
import nl.zuil.kiosk.testing.TestConfigs;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.visitor.Screen;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen, both ways up, in Dutch and Arabic, as laid out with the real stylesheet: touch
 * targets at least 15 mm on the configured screen, text at least 24 px, and every text and icon at
 * least 4.5:1 against what it is drawn on, also while a button is pressed.
 */
class AccessibilityTest {

  private static final PseudoClass PRESSED = PseudoClass.getPseudoClass("pressed");
  private static final double MIN_TEXT_PX = 24;

  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws Exception {
    Fx.start();
  }

  /** What the screen shows besides the four visitor screens. */
  enum Extra {
    NONE,
    COUNTDOWN,
    PIN_PAD,
    STAFF_MENU,
    /** The gids console with a ticket called and its partners on offer. */
    CONSOLE
  }

  static Stream<Arguments> screens() {
    List<Arguments> cases = new ArrayList<>();
    for (String orientation : List.of("portrait", "landscape")) {
      for (String language : List.of("nl", "ar")) {
        for (Screen screen : Screen.values()) {
          cases.add(Arguments.of(orientation, language, screen, Extra.NONE));
        }
        cases.add(Arguments.of(orientation, language, Screen.QUESTION, Extra.COUNTDOWN));
      }
      cases.add(Arguments.of(orientation, "nl", Screen.WELCOME, Extra.PIN_PAD));
      cases.add(Arguments.of(orientation, "nl", Screen.WELCOME, Extra.STAFF_MENU));
      cases.add(Arguments.of(orientation, "nl", Screen.WELCOME, Extra.CONSOLE));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{2} {3} in {1}, {0}")
  @MethodSource("screens")
  void isLargeAndClearEnough(String orientation, String language, Screen screen, Extra extra)
      throws Exception {
    String json =
        orientation.equals("portrait") ? TestConfigs.portraitJson() : TestConfigs.landscapeJson();
    try (KioskFixture kiosk = KioskFixture.threaded(dir, json)) {
      if (screen == Screen.TICKET) {
        ScreenshotTest.busyMorning(kiosk);
      }
      KioskScene scene = Fx.call(() -> kiosk.scene(() -> {}));
      ScreenshotTest.goTo(kiosk, scene.flow(), language, screen);
      show(kiosk, scene, extra);

      List<String> problems =
          Fx.call(() -> problems(scene.scene().getRoot(), kiosk.config.screen()));

      assertThat(problems).isEmpty();
      Fx.run(scene::stop);
    }
  }

  private static void show(KioskFixture kiosk, KioskScene scene, Extra extra) {
    Consumer<Runnable> tap =
        action -> {
          kiosk.clock.advance(Duration.ofMillis(300));
          Fx.run(action);
        };
    switch (extra) {
      case COUNTDOWN -> {
        kiosk.clock.advance(Duration.ofSeconds(45));
        Fx.run(scene.flow()::tick);
        assertThat(scene.flow().idle().showingProperty().get()).isTrue();
      }
      case PIN_PAD, STAFF_MENU, CONSOLE -> {
        for (int i = 0; i < 5; i++) {
          tap.accept(scene.staff()::cornerTapped);
        }
        if (extra != Extra.PIN_PAD) {
          for (char digit : TestConfigs.PIN.toCharArray()) {
            tap.accept(() -> scene.staff().digit(digit - '0'));
          }
          tap.accept(scene.staff()::submit);
        }
        if (extra == Extra.CONSOLE) {
          ScreenshotTest.busyMorning(kiosk);
          tap.accept(scene.staff()::openConsole);
          kiosk.console.board().join();
          tap.accept(scene.console()::callNext);
          waitFor(() -> scene.console().currentProperty().get() != null);
          tap.accept(
              () ->
                  scene
                      .console()
                      .choose(
                          scene.console().outcomes().stream()
                              .filter(o -> o.code().equals("referred"))
                              .findFirst()
                              .orElseThrow()));
        }
      }
      case NONE -> {}
    }
  }

  private static void waitFor(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(condition));
    } catch (TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  static List<String> problems(Parent root, ScreenGeometry screen) {
    root.applyCss();
    root.layout();
    List<String> problems = new ArrayList<>();
    double minTouch = screen.minTouchPx();
    for (Node target : root.lookupAll("." + Controls.TOUCH_TARGET)) {
      if (!KioskUi.onScreen(target)) {
        continue;
      }
      Bounds bounds = target.getLayoutBounds();
      if (bounds.getWidth() < minTouch - 0.5 || bounds.getHeight() < minTouch - 0.5) {
        problems.add(
            "#"
                + target.getId()
                + " is "
                + Math.round(bounds.getWidth())
                + "x"
                + Math.round(bounds.getHeight())
                + " px; 15 mm is "
                + minTouch
                + " px");
      }
      target.pseudoClassStateChanged(PRESSED, true);
      target.applyCss();
      colours(target, problems, " (pressed)");
      target.pseudoClassStateChanged(PRESSED, false);
      target.applyCss();
    }
    colours(root, problems, "");
    for (Node node : root.lookupAll("Text")) {
      Text text = (Text) node;
      if (KioskUi.onScreen(text)
          && !text.getText().isBlank()
          && text.getFont().getSize() < MIN_TEXT_PX) {
        problems.add(
            "'" + text.getText() + "' is " + text.getFont().getSize() + " px; at least 24 px");
      }
    }
    return problems;
  }

  private static void colours(Node root, List<String> problems, String state) {
    for (Node node : all(root)) {
      if (!KioskUi.onScreen(node)) {
        continue;
      }
      String what;
      Paint fill;
      if (node instanceof Text text && !text.getText().isBlank()) {
        what = "'" + text.getText() + "'";
        fill = text.getFill();
      } else if (node instanceof SVGPath icon && icon.getStyleClass().contains("icon")) {
        what = "an icon";
        fill = icon.getFill();
      } else {
        continue;
      }
      Color background = background(node);
      double ratio = Contrast.ratio((Color) fill, background);
      if (ratio < Contrast.MINIMUM) {
        problems.add(
            what
                + state
                + ": "
                + fill
                + " on "
                + background
                + " is "
                + Math.round(ratio * 100) / 100.0
                + ":1");
      }
    }
  }

  private static List<Node> all(Node node) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(node);
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        nodes.addAll(all(child));
      }
    }
    return nodes;
  }

  /** The colour painted behind {@code node}: the nearest ancestor with an opaque fill. */
  private static Color background(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof Region region) {
        Background background = region.getBackground();
        if (background != null) {
          List<BackgroundFill> fills = background.getFills();
          for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).getFill() instanceof Color color && color.getOpacity() == 1) {
              return color;
            }
          }
        }
      }
    }
    return Color.WHITE;
  }
}
