package nl.zuil.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages come from templates (src/main/jte), where escaping depends on where a value goes and a
 * mistake fails the build. HTML typed into a Java string escapes neither check, so no module's main
 * Java source may hold an HTML element in a string literal or text block. Generated template code
 * lives under target/ and is not read.
 */
class NoHtmlInJavaSourcesTest {

  private static final String ELEMENTS =
      "<(html|head|body|div|span|p|a|table|tr|td|th|ul|li|form|input|button|label|select|option"
          + "|h[1-6]|section|nav|main|header|footer|img|svg|script|style|meta|link|fieldset|legend"
          + "|caption|thead|tbody|details|summary|small|code|article|canvas)[\\s>/]";

  /** An element inside a one-line string literal. */
  private static final Pattern IN_LITERAL = Pattern.compile("\"[^\"\\n]*" + ELEMENTS);

  /** An element on a line inside a text block. */
  private static final Pattern IN_TEXT_BLOCK = Pattern.compile(ELEMENTS);

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void noMainJavaSourceHoldsAnHtmlElementLiteral() {
    List<Path> sources = mainJavaSources();
    assertThat(sources).as("main Java sources found under %s", ROOT).hasSizeGreaterThan(100);

    List<String> found = new ArrayList<>();
    for (Path source : sources) {
      found.addAll(htmlLiterals(source));
    }

    assertThat(found)
        .as("HTML belongs in a template under src/main/jte, not in a Java string")
        .isEmpty();
  }

  @Test
  void recognisesElementsInLiteralsAndTextBlocksButNotInComparisonsOrComments() {
    assertThat(htmlLines("html.append(\"<td class=\\\"text\\\">\");")).hasSize(1);
    assertThat(htmlLines("String s = \"</a><a href=\\\"/x\\\">\";")).hasSize(1);
    assertThat(htmlLines("String s = \"\"\"\n  <p>Hallo</p>\n  \"\"\";")).hasSize(1);
    assertThat(htmlLines("if (a < b && \"x\".isEmpty()) {}")).isEmpty();
    assertThat(htmlLines("// writes a <p> per line")).isEmpty();
    assertThat(htmlLines(" * the {@code <script type=\"application/json\">} block")).isEmpty();
    assertThat(htmlLines("String cmp = \"a<b\";")).isEmpty();
  }

  private static List<Path> mainJavaSources() {
    try (Stream<Path> modules = Files.list(ROOT)) {
      return modules
          .map(module -> module.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .flatMap(NoHtmlInJavaSourcesTest::javaFiles)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> javaFiles(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> htmlLiterals(Path source) {
    try {
      return htmlLines(Files.readString(source)).stream()
          .map(line -> ROOT.relativize(source) + ":" + line)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines (1-based, with their text) that put an HTML element into a string. */
  private static List<String> htmlLines(String java) {
    List<String> found = new ArrayList<>();
    String[] lines = java.split("\n", -1);
    boolean inTextBlock = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String code = line.strip();
      boolean opensOrCloses = code.contains("\"\"\"");
      if (inTextBlock) {
        if (IN_TEXT_BLOCK.matcher(opensOrCloses ? code.split("\"\"\"", -1)[0] : code).find()) {
          found.add((i + 1) + ": " + code);
        }
      } else if (!code.startsWith("*") && !code.startsWith("//") && !code.startsWith("/*")) {
        if (IN_LITERAL.matcher(code.replace("\\\"", "'")).find()) {
          found.add((i + 1) + ": " + code);
        }
      }
      if (opensOrCloses && (code.split("\"\"\"", -1).length - 1) % 2 == 1) {
        inTextBlock = !inTextBlock;
      }
    }
    return found;
  }
}
