package nl.zuil.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import nl.zuil.kiosk.testing.Contrast;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the kiosk stylesheet itself: every text or icon colour it sets, against the background of
 * the same rule, of the rule it is nested in (and that rule's pressed or selected state), or of the
 * page. A new colour pair below 4.5:1 fails here before anyone draws a screen.
 */
class KioskCssContrastTest {

  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)\\}");
  private static final Pattern DECLARATION = Pattern.compile("\\s*([-a-z]+)\\s*:\\s*([^;]+);");

  static Map<String, Map<String, String>> rules = new LinkedHashMap<>();
  static Map<String, Color> palette = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws IOException {
    String css;
    try (InputStream in = KioskScene.class.getResourceAsStream(KioskScene.STYLESHEET)) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    css = css.replaceAll("(?s)/\\*.*?\\*/", "");
    Matcher rule = RULE.matcher(css);
    while (rule.find()) {
      Map<String, String> declarations = new LinkedHashMap<>();
      Matcher declaration = DECLARATION.matcher(rule.group(2));
      while (declaration.find()) {
        declarations.put(declaration.group(1), declaration.group(2).strip());
      }
      for (String selector : rule.group(1).split(",")) {
        rules.merge(
            selector.strip().replaceAll("\\s+", " "),
            declarations,
            (a, b) -> {
              Map<String, String> merged = new LinkedHashMap<>(a);
              merged.putAll(b);
              return merged;
            });
      }
    }
    rules
        .get(".root")
        .forEach(
            (name, value) -> {
              if (name.startsWith("-zuil-")) {
                palette.put(name, Color.web(value));
              }
            });
  }

  private static Color colour(String selector, String value) {
    Color named = palette.get(value);
    if (named != null) {
      return named;
    }
    assertThat(value)
        .as("%s uses a named colour from .root, so this test can follow it", selector)
        .startsWith("-zuil-");
    throw new AssertionError("unknown colour " + value + " in " + selector);
  }

  @Test
  void everyTextAndIconColourHasEnoughContrastWithItsBackground() {
    Color page = colour(".root", rules.get(".root").get("-fx-background-color"));
    List<String> problems = new ArrayList<>();
    int pairs = 0;
    for (Map.Entry<String, Map<String, String>> rule : rules.entrySet()) {
      String selector = rule.getKey();
      String fg = rule.getValue().getOrDefault("-fx-text-fill", rule.getValue().get("-fx-fill"));
      if (fg == null) {
        continue;
      }
      Color text = colour(selector, fg);
      for (String background : backgroundsBehind(selector)) {
        Color behind = background == null ? page : colour(selector, background);
        double ratio = Contrast.ratio(text, behind);
        pairs++;
        if (ratio < Contrast.MINIMUM) {
          problems.add(selector + ": " + fg + " on " + background + " = " + ratio);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(pairs).as("colour pairs checked").isGreaterThan(30);
  }

  /**
   * The backgrounds a rule's text can be drawn on: its own, else the nearest enclosing rule's and
   * that rule's states (:pressed, :selected); null for the page.
   */
  private static List<String> backgroundsBehind(String selector) {
    List<String> found = new ArrayList<>();
    String own = rules.get(selector).get("-fx-background-color");
    if (own != null) {
      found.add(own);
      return found;
    }
    String[] tokens = selector.replace(">", " ").trim().split("\\s+");
    for (int end = tokens.length - 1; end > 0; end--) {
      String ancestor = String.join(" ", java.util.Arrays.copyOf(tokens, end));
      for (Map.Entry<String, Map<String, String>> rule : rules.entrySet()) {
        String candidate = rule.getKey();
        String base = candidate.replaceAll(":[a-z-]+", "");
        String bg = rule.getValue().get("-fx-background-color");
        boolean sameOrState = candidate.equals(ancestor) || base.equals(ancestor);
        if (bg != null && sameOrState && !overriddenForState(selector, candidate)) {
          found.add(bg);
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    found.add(null);
    return found;
  }

  /** ".catch-all .x" on ".catch-all:pressed" is covered by its own ".catch-all:pressed .x" rule. */
  private static boolean overriddenForState(String selector, String stateRule) {
    int colon = stateRule.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String state = stateRule.substring(colon);
    String base = stateRule.substring(0, colon);
    return rules.containsKey(selector.replaceFirst(Pattern.quote(base), base + state));
  }
}
