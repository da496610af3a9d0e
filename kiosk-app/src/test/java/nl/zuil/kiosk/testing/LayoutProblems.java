package nl.zuil.kiosk.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * What a visitor or gids would see wrong on a laid-out scene, read from the scene graph as the
 * screen draws it: a text cut off or shortened, a word broken over lines where the text has spaces
 * to break at (a label squeezed to one character per line), a text, icon or button that leaves the
 * screen or the box it belongs in, or lies over another one; and the kiosk's own rules: touch
 * targets of 15 mm, text of 24 px, and 4.5:1 contrast for every text and icon, also while a button
 * is pressed. Call on the JavaFX thread.
 */
public final class LayoutProblems {

  /** Half a pixel either way is rounding, not a fault anyone can see. */
  private static final double SLACK = 1;

  private static final double MIN_TEXT_PX = 24;

  private static final PseudoClass PRESSED = PseudoClass.getPseudoClass("pressed");

  private final Parent root;
  private final ScreenGeometry screen;
  private final Set<String> problems = new LinkedHashSet<>();

  /** Something drawn: a run of text, an icon, an image, or a control's box. */
  private record Item(Node node, String what, Bounds bounds) {}

  private LayoutProblems(Parent root, ScreenGeometry screen) {
    this.root = root;
    this.screen = screen;
  }

  /**
   * The problems of what {@code root} shows (it may be one layer of the scene, such as the staff
   * layer over the visitor screen), laid out on {@code screen}.
   */
  public static List<String> of(Parent root, ScreenGeometry screen) {
    root.applyCss();
    root.layout();
    LayoutProblems check = new LayoutProblems(root, screen);
    check.run();
    return new ArrayList<>(check.problems);
  }

  private void run() {
    List<Item> items = new ArrayList<>();
    for (Node node : all(root)) {
      if (!KioskUi.onScreen(node) || scrolledAway(node)) {
        continue;
      }
      if (node instanceof Labeled labeled) {
        labeled(labeled, items);
      } else if (node instanceof Text text && text.getParent() instanceof TextFlow) {
        run(text, items);
      } else if (node instanceof SVGPath icon && icon.getStyleClass().contains("icon")) {
        items.add(new Item(icon, "an icon", scene(icon)));
      } else if (node instanceof ImageView image) {
        items.add(new Item(image, "#" + image.getId(), scene(image)));
      } else if (node instanceof TextInputControl field) {
        items.add(new Item(field, describe(field), scene(field)));
      }
    }
    for (Item item : items) {
      leavesTheScreen(item);
      leavesItsBox(item);
    }
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        overlap(items.get(i), items.get(j));
      }
    }
    touchTargets();
    colours(root, "");
  }

  /** A label or button: its text whole, no word broken, its box and its text as drawn. */
  private void labeled(Labeled labeled, List<Item> items) {
    if (labeled instanceof Button button
        && button.getStyleClass().contains(Controls.TOUCH_TARGET)) {
      items.add(new Item(button, describe(button), scene(button)));
    }
    String text = labeled.getText();
    if (text == null || text.isBlank()) {
      return;
    }
    Text shown = shownText(labeled);
    if (shown == null) {
      problems.add("'" + text + "' is not drawn at all");
      return;
    }
    if (!shown.getText().equals(text)) {
      problems.add("'" + text + "' is cut off: the screen shows '" + shown.getText() + "'");
    }
    if (shown.getWrappingWidth() > 0) {
      for (String word : text.split("\\s+")) {
        double width = width(word, shown.getFont());
        if (width > shown.getWrappingWidth() + SLACK) {
          problems.add(
              "'"
                  + word
                  + "' in '"
                  + text
                  + "' is broken over lines: "
                  + Math.round(width)
                  + " px wide in a line of "
                  + Math.round(shown.getWrappingWidth())
                  + " px");
        }
      }
    }
    items.add(new Item(shown, "'" + text + "'", scene(shown)));
  }

  /** One word of a {@link nl.zuil.kiosk.ui.Paragraph}: on one line, and inside its paragraph. */
  private void run(Text word, List<Item> items) {
    if (word.getText().isBlank()) {
      return;
    }
    double line = lineHeight(word.getFont());
    if (word.getLayoutBounds().getHeight() > line * 1.5) {
      problems.add(
          "'"
              + word.getText().strip()
              + "' is broken over "
              + Math.round(word.getLayoutBounds().getHeight() / line)
              + " lines");
    }
    items.add(new Item(word, "'" + word.getText().strip() + "'", scene(word)));
  }

  private void leavesTheScreen(Item item) {
    double width = root.getScene().getWidth();
    double height = root.getScene().getHeight();
    Bounds b = item.bounds();
    if (b.getMinX() < -SLACK
        || b.getMinY() < -SLACK
        || b.getMaxX() > width + SLACK
        || b.getMaxY() > height + SLACK) {
      problems.add(item.what() + " leaves the screen: " + box(b));
    }
  }

  /** A text inside its label or paragraph, an icon inside the pane or button that holds it. */
  private void leavesItsBox(Item item) {
    Region box = holder(item.node());
    // A label's own text is checked by what it shows (cut off or whole); its bounds include the
    // overhang of large bold glyphs, which is not a fault.
    if (box == null || box instanceof Labeled) {
      return;
    }
    // The box as laid out, not as far as its overflowing children reach.
    Bounds outer = box.localToScene(box.getLayoutBounds());
    Bounds b = item.bounds();
    double left = outer.getMinX() - b.getMinX();
    double right = b.getMaxX() - outer.getMaxX();
    double top = outer.getMinY() - b.getMinY();
    double bottom = b.getMaxY() - outer.getMaxY();
    double worst = Math.max(Math.max(left, right), Math.max(top, bottom));
    if (worst > SLACK) {
      String side =
          worst == left ? "left" : worst == right ? "right" : worst == top ? "top" : "bottom";
      problems.add(
          item.what()
              + " sticks out of its "
              + describe(box)
              + " by "
              + Math.round(worst)
              + " px at the "
              + side);
    }
  }

  private void overlap(Item a, Item b) {
    if (isAncestor(a.node(), b.node()) || isAncestor(b.node(), a.node())) {
      return;
    }
    // Words of one paragraph are placed by the text engine, which is not the fault to find here;
    // and the bounds it reports for a left-to-right name inside Arabic span the whole run.
    if (a.node() instanceof Text
        && b.node() instanceof Text
        && a.node().getParent() == b.node().getParent()) {
      return;
    }
    Bounds x = a.bounds();
    Bounds y = b.bounds();
    double across = Math.min(x.getMaxX(), y.getMaxX()) - Math.max(x.getMinX(), y.getMinX());
    double down = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY());
    if (across > SLACK && down > SLACK) {
      problems.add(
          a.what()
              + " and "
              + b.what()
              + " overlap by "
              + Math.round(across)
              + " x "
              + Math.round(down)
              + " px");
    }
  }

  private void touchTargets() {
    double minTouch = screen.minTouchPx();
    for (Node target : root.lookupAll("." + Controls.TOUCH_TARGET)) {
      if (!KioskUi.onScreen(target) || scrolledAway(target)) {
        continue;
      }
      Bounds bounds = target.getLayoutBounds();
      if (bounds.getWidth() < minTouch - 0.5 || bounds.getHeight() < minTouch - 0.5) {
        problems.add(
            describe(target)
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
      colours(target, " (pressed)");
      target.pseudoClassStateChanged(PRESSED, false);
      target.applyCss();
    }
  }

  /** Every text and icon at least 4.5:1 against what it is drawn on, and text at least 24 px. */
  private void colours(Node from, String state) {
    for (Node node : all(from)) {
      if (!KioskUi.onScreen(node) || scrolledAway(node)) {
        continue;
      }
      String what;
      Color fill;
      if (node instanceof Text text && !text.getText().isBlank()) {
        what = "'" + text.getText().strip() + "'";
        fill = (Color) text.getFill();
        if (state.isEmpty() && text.getFont().getSize() < MIN_TEXT_PX) {
          problems.add(what + " is " + text.getFont().getSize() + " px; at least 24 px");
        }
      } else if (node instanceof SVGPath icon && icon.getStyleClass().contains("icon")) {
        what = "an icon";
        fill = (Color) icon.getFill();
      } else {
        continue;
      }
      Color background = background(node);
      double ratio = Contrast.ratio(fill, background);
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

  /** The text node a label's skin draws: the label's text as it fits, or cut off. */
  private static Text shownText(Labeled labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text text) {
        return text;
      }
    }
    return null;
  }

  /** The region a drawn item must stay inside: the label or paragraph of a text, else its pane. */
  private static Region holder(Node node) {
    for (Parent p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane) {
        return null;
      }
      if (p instanceof Region region) {
        return region;
      }
    }
    return null;
  }

  /** Inside a scrolling list and not wholly in its viewport: the gids scrolls to it. */
  private static boolean scrolledAway(Node node) {
    for (Parent p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane scroll) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = scene(node);
        return b.getMinY() < viewport.getMinY() - SLACK || b.getMaxY() > viewport.getMaxY() + SLACK;
      }
    }
    return false;
  }

  private static boolean isAncestor(Node ancestor, Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Bounds scene(Node node) {
    return node.localToScene(node.getBoundsInLocal());
  }

  private static double width(String word, Font font) {
    Text probe = new Text(word);
    probe.setFont(font);
    return probe.getLayoutBounds().getWidth();
  }

  private static double lineHeight(Font font) {
    Text probe = new Text("Ag");
    probe.setFont(font);
    return probe.getLayoutBounds().getHeight();
  }

  private static String box(Bounds b) {
    return "x %d..%d, y %d..%d"
        .formatted(
            Math.round(b.getMinX()),
            Math.round(b.getMaxX()),
            Math.round(b.getMinY()),
            Math.round(b.getMaxY()));
  }

  private static String describe(Node node) {
    if (node.getId() != null) {
      return "#" + node.getId();
    }
    if (node instanceof Labeled labeled && labeled.getText() != null) {
      return node.getClass().getSimpleName().toLowerCase() + " '" + labeled.getText() + "'";
    }
    String style = node.getStyleClass().isEmpty() ? "" : " ." + node.getStyleClass().get(0);
    return node.getClass().getSimpleName().toLowerCase() + style;
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
