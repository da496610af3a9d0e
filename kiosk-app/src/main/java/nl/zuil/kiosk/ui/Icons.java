package nl.zuil.kiosk.ui;

import java.util.Map;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simple filled pictograms on a 24 x 24 grid, drawn for Zuil, by the names the catalogue uses. They
 * always stand beside a label: an icon alone would be a guessing game.
 */
public final class Icons {

  private static final Logger LOG = LoggerFactory.getLogger(Icons.class);

  private static final Map<String, String> PATHS =
      Map.ofEntries(
          Map.entry(
              "briefcase",
              "M9 3h6a2 2 0 0 1 2 2v2h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1"
                  + " 2-2h3V5a2 2 0 0 1 2-2z M9 5v2h6V5z M2 12h20v1.5H2z"),
          Map.entry("arrows-swap", "M7 3l-5 5 5 5V9.5h12v-3H7z M17 11v3.5H5v3h12V21l5-5z"),
          Map.entry(
              "book",
              "M2 5c3.2-1.6 6.6-1.6 9.2.4v14.6c-2.6-2-6-2-9.2-.4z M12.8 5.4c2.6-2 6-2 9.2-.4v14.6"
                  + "c-3.2-1.6-6.6-1.6-9.2.4z"),
          Map.entry(
              "coins",
              "M12 2c-4.4 0-8 1.3-8 3s3.6 3 8 3 8-1.3 8-3-3.6-3-8-3z"
                  + " M4 6.5c0 1.7 3.6 3 8 3s8-1.3 8-3v3c0 1.7-3.6 3-8 3s-8-1.3-8-3z"
                  + " M4 11c0 1.7 3.6 3 8 3s8-1.3 8-3v3c0 1.7-3.6 3-8 3s-8-1.3-8-3z"
                  + " M4 15.5c0 1.7 3.6 3 8 3s8-1.3 8-3v3c0 1.7-3.6 3-8 3s-8-1.3-8-3z"),
          Map.entry(
              "building",
              "M3 21V3h11v6h7v12h-8v-4h-3v4z M6 6h2v2H6z M10 6h2v2h-2z M6 10h2v2H6z M10 10h2v2h-2z"
                  + " M6 14h2v2H6z M10 14h2v2h-2z M16 12h2v2h-2z M16 16h2v2h-2z"),
          Map.entry(
              "graduation-cap",
              "M12 3L1 8.5l11 5.5 9-4.5V16h2V8.5z M5 12.5v4.5c0 1.9 3.1 3.5 7 3.5s7-1.6 7-3.5v-4.5"
                  + "l-7 3.5z"),
          Map.entry(
              "wallet",
              "M3 6a2 2 0 0 1 2-2h13v3H5v1h15a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a2 2 0 0 1-2-2z"
                  + " M15 12.5h3v3h-3z"),
          Map.entry(
              "speech-bubble",
              "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2h-9l-6 4.5V18H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
                  + " M6 7.5h12v2H6z M6 11.5h8v2H6z"),
          Map.entry(
              "question-mark",
              "M12 1.5a10.5 10.5 0 1 0 0 21a10.5 10.5 0 1 0 0-21z M11 16h2.2v2.2H11z M12 5.5c-2.4 0"
                  + "-4.2 1.7-4.2 3.9h2.2c0-1.1.9-1.8 2-1.8s2 .7 2 1.7c0 1.9-3.1 1.8-3.1 4.7h2.2c0"
                  + "-2 3.1-2.3 3.1-4.8 0-2.1-1.8-3.7-4.2-3.7z"),
          Map.entry("arrow-back", "M21 10.5H8.2l5.4-5.4L11.5 3l-9 9 9 9 2.1-2.1-5.4-5.4H21z"),
          Map.entry("check", "M9 16.2l-4.6-4.6L2.3 13.7 9 20.4 21.7 7.7l-2.1-2.1z"),
          Map.entry(
              "speaker",
              "M3 9h4l5-4.5v15L7 15H3z M15.5 8.5a5 5 0 0 1 0 7l-1.4-1.4a3 3 0 0 0 0-4.2z M18.3 5.7a9"
                  + " 9 0 0 1 0 12.6l-1.4-1.4a7 7 0 0 0 0-9.8z"),
          // "Hoe was het?": a round face with the eyes and the mouth cut out (decision 0309).
          Map.entry("face-good", face("M7 14h10a5 5 0 0 1-10 0z")),
          Map.entry("face-ok", face("M7.5 14.5h9v2h-9z")),
          Map.entry("face-bad", face("M7 18.5a5 5 0 0 1 10 0z")),
          Map.entry("arrow-skip", "M3 10.5h12.8l-5.4-5.4L12.5 3l9 9-9 9-2.1-2.1 5.4-5.4H3z"),
          Map.entry(
              "touch",
              "M12 7.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0"
                  + "-20z m0 2.2a7.8 7.8 0 1 0 0 15.6a7.8 7.8 0 1 0 0-15.6z"));

  /** Icons whose meaning has a direction (back, next): a right-to-left screen mirrors them. */
  private static final java.util.Set<String> DIRECTIONAL =
      java.util.Set.of("arrow-back", "arrow-skip");

  private Icons() {}

  private static String face(String mouth) {
    return "M12 1.5a10.5 10.5 0 1 0 0 21a10.5 10.5 0 1 0 0-21z"
        + " M8.5 7.5a1.6 1.6 0 1 0 0 3.2a1.6 1.6 0 1 0 0-3.2z"
        + " M15.5 7.5a1.6 1.6 0 1 0 0 3.2a1.6 1.6 0 1 0 0-3.2z "
        + mouth;
  }

  /**
   * The icon {@code name} at {@code size} pixels; an unknown name gets a plain dot rather than a
   * failure, because a region may name an icon this version does not draw yet.
   */
  public static Node icon(String name, double size) {
    String path = PATHS.get(name);
    if (path == null) {
      LOG.warn("no icon named '{}'; showing a plain dot", name);
      path = "M12 6a6 6 0 1 1 0 12a6 6 0 1 1 0-12z";
    }
    SVGPath shape = new SVGPath();
    shape.setContent(path);
    shape.setFillRule(FillRule.EVEN_ODD);
    shape.getStyleClass().add("icon");
    shape.setScaleX(size / 24);
    shape.setScaleY(size / 24);
    // Scaling does not change layout bounds; the group reports the scaled size to its parent.
    Group group = new Group(shape);
    if (!DIRECTIONAL.contains(name)) {
      group.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }
    return group;
  }

  /** The SVG path of icon {@code name} on its 24 x 24 grid, for the web console. */
  public static java.util.Optional<String> path(String name) {
    return java.util.Optional.ofNullable(PATHS.get(name));
  }

  public static boolean knows(String name) {
    return PATHS.containsKey(name);
  }
}
