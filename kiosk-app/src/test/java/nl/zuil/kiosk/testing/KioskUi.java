package nl.zuil.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import nl.zuil.kiosk.app.KioskScene;
import nl.zuil.kiosk.console.ConsoleView;
import nl.zuil.kiosk.ui.Paragraph;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk scene in a real (headless Monocle) window, tapped through TestFX's robot as a visitor
 * would. Each tap first moves the test clock past the double-tap guard, as a person's next tap
 * comes later than that; a double tap is two taps without that pause.
 */
public final class KioskUi implements AutoCloseable {

  public final KioskFixture kiosk;
  public final FxRobot robot = new FxRobot();
  public final KioskScene scene;
  private final CountDownLatch exited = new CountDownLatch(1);

  private KioskUi(KioskFixture kiosk, boolean welcomeFirst) throws TimeoutException {
    this.kiosk = kiosk;
    FxToolkit.registerPrimaryStage();
    KioskScene[] built = new KioskScene[1];
    FxToolkit.setupFixture(
        () -> {
          built[0] =
              welcomeFirst
                  ? kiosk.welcomeFirstScene(exited::countDown)
                  : kiosk.scene(exited::countDown);
        });
    this.scene = built[0];
    FxToolkit.setupStage(
        s -> {
          s.setScene(scene.scene());
          s.setX(0);
          s.setY(0);
          s.show();
          s.toFront();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  public static KioskUi open(Path dir, String configJson) throws TimeoutException {
    return new KioskUi(KioskFixture.threaded(dir, configJson), false);
  }

  /**
   * The window as the kiosk shows it first: the welcome screen only. Nothing here builds the other
   * screens; the first tap must.
   */
  public static KioskUi openWelcomeFirst(Path dir, String configJson) throws TimeoutException {
    return new KioskUi(KioskFixture.threaded(dir, configJson), true);
  }

  /** A visitor's tap on the element with {@code id}, which must be on screen. */
  public void tap(String id) {
    kiosk.clock.advance(Duration.ofSeconds(1));
    robot.clickOn(shown(id));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** A tap soon after the last one, as in the hidden staff gesture. */
  public void quickTap(String id) {
    kiosk.clock.advance(Duration.ofMillis(300));
    robot.clickOn(shown(id));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Two taps in quick succession on the same place, as a nervous finger does. */
  public void doubleTap(String id) {
    kiosk.clock.advance(Duration.ofSeconds(1));
    robot.doubleClickOn(shown(id));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * The node with this id, or the console's node for a ticket by its {@link
   * ConsoleView.TICKET_NODE}.
   */
  public Node node(String id) {
    return find(id).orElseThrow(() -> new AssertionError("no node #" + id));
  }

  private Optional<Node> find(String id) {
    return robot
        .lookup("#" + id)
        .tryQuery()
        .or(
            () ->
                robot
                    .lookup((Node n) -> id.equals(n.getProperties().get(ConsoleView.TICKET_NODE)))
                    .tryQuery());
  }

  public Node shown(String id) {
    Node node = node(id);
    assertThat(onScreen(node)).as("#%s is on screen", id).isTrue();
    return node;
  }

  public boolean isShown(String id) {
    return find(id).map(KioskUi::onScreen).orElse(false);
  }

  public static boolean onScreen(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  /** The text of a label, paragraph or button, as the visitor reads it. */
  public String text(String id) {
    return textOf(shown(id));
  }

  /**
   * The text of a node if it is on screen, else "": for conditions polled while a screen is still
   * changing, where {@link #text} would fail on the first poll instead of waiting.
   */
  public String textIfShown(String id) {
    return isShown(id) ? textOf(node(id)) : "";
  }

  /** The label of a tile (its text is a paragraph inside the button). */
  public String tileText(String id) {
    return textOf(robot.from(shown(id)).lookup(".tile-text").query());
  }

  private static String textOf(Node node) {
    if (node instanceof Paragraph paragraph) {
      return paragraph.getText();
    }
    return ((Labeled) node).getText();
  }

  /** Every text a visitor can see right now. */
  public List<String> visibleTexts() {
    return robot
        .lookup(n -> (n instanceof Labeled || n instanceof Paragraph) && onScreen(n))
        .queryAll()
        .stream()
        .map(KioskUi::textOf)
        .filter(t -> t != null && !t.isBlank())
        .collect(Collectors.toList());
  }

  /**
   * What a phone reads from the QR code on screen. Like a phone it keeps looking until it can read
   * a code: the image arrives a pulse after the number.
   */
  public String scanQrOnScreen() throws Exception {
    return scanQrOnScreen("ticket-qr");
  }

  /** {@link #scanQrOnScreen()} for the QR code with this id. */
  public String scanQrOnScreen(String id) throws Exception {
    AtomicReference<String> read = new AtomicReference<>();
    waitUntil(
        () -> {
          try {
            read.set(decodeQrOnScreen(id));
            return true;
          } catch (NotFoundException e) {
            return false;
          }
        });
    return read.get();
  }

  private String decodeQrOnScreen(String id) throws Exception {
    Node qr = shown(id);
    // The code as the screen shows it, cut from the whole scene: a snapshot of the node alone comes
    // out mirrored in a right-to-left scene, which only ZXing's mirror fallback happened to read.
    WritableImage scene = Fx.call(() -> qr.getScene().snapshot(null));
    Bounds bounds = Fx.call(() -> qr.localToScene(qr.getBoundsInLocal()));
    int x = Math.max(0, (int) Math.floor(bounds.getMinX()));
    int y = Math.max(0, (int) Math.floor(bounds.getMinY()));
    int width = Math.min((int) scene.getWidth() - x, (int) Math.ceil(bounds.getWidth()));
    int height = Math.min((int) scene.getHeight() - y, (int) Math.ceil(bounds.getHeight()));
    int[] argb = new int[width * height];
    scene
        .getPixelReader()
        .getPixels(x, y, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    LuminanceSource source = new RGBLuminanceSource(width, height, argb);
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(source)),
            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }

  public void waitUntil(Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Moves the clock and lets the screen's timer see it. */
  public void letTimePass(Duration time) {
    kiosk.clock.advance(time);
    WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  public boolean exitRequested() {
    return exited.getCount() == 0;
  }

  public Parent root() {
    return scene.scene().getRoot();
  }

  @Override
  public void close() throws TimeoutException {
    FxToolkit.setupFixture(scene::stop);
    kiosk.close();
  }
}
