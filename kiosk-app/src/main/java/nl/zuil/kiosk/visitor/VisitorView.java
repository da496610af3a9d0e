package nl.zuil.kiosk.visitor;

import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import nl.zuil.catalogue.TextDirection;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The whole visitor screen: the place on top, the current screen in the middle, "Luister", the
 * languages (and "Terug") at the bottom. A right-to-left language mirrors the layout.
 */
public final class VisitorView {

  private final BorderPane root;
  private final VisitorFlowViewModel flow;
  private final ScreenGeometry screen;
  private final StackPane screens;
  private boolean complete;

  /**
   * The frame and the welcome screen; the other screens come with {@link #buildTheOtherScreens},
   * which the kiosk runs right after its first frame (decision 0017).
   */
  public VisitorView(VisitorFlowViewModel flow, ScreenGeometry screen) {
    this.flow = flow;
    this.screen = screen;
    screens = new StackPane(showOn(WelcomeView.build(flow, screen), flow, Screen.WELCOME));
    screens.getStyleClass().add("screens");
    // Below the screen, not over it: the countdown must not hide the tiles it asks to tap.
    VBox center = new VBox(screens, countdownBanner(flow, screen));
    VBox.setVgrow(screens, Priority.ALWAYS);

    HBox header = new HBox(Controls.paragraph(flow.placeLine(), "place"));
    header.setId("header");
    header.getStyleClass().add("header");

    root = new BorderPane(center, header, null, footer(flow, screen), null);
    root.setId("visitor");
    root.getStyleClass().add("visitor");
    root.setStyle(Controls.baseFontStyle(screen));
    root.nodeOrientationProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    flow.languageProperty().get().direction() == TextDirection.RIGHT_TO_LEFT
                        ? NodeOrientation.RIGHT_TO_LEFT
                        : NodeOrientation.LEFT_TO_RIGHT,
                flow.languageProperty()));
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> flow.touched());
    root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> flow.touched());
  }

  public Parent root() {
    return root;
  }

  /**
   * Adds the screens after the welcome screen, each shown while the flow is on it; a second call
   * does nothing. Until then a tap on the welcome screen would show an empty middle.
   */
  public void buildTheOtherScreens() {
    if (complete) {
      return;
    }
    complete = true;
    screens
        .getChildren()
        .addAll(
            showOn(QuestionView.build(flow, screen), flow, Screen.QUESTION),
            showOn(SituationView.build(flow, screen), flow, Screen.SITUATION),
            showOn(TicketView.build(flow, screen), flow, Screen.TICKET),
            showOn(NextStepView.build(flow, screen), flow, Screen.NEXT_STEP),
            showOn(RatingView.thanks(flow, screen), flow, Screen.RATED));
  }

  private static Node listen(VisitorFlowViewModel flow, ScreenGeometry screen) {
    Button listen =
        Controls.button(
            "listen",
            flow.texts().text(VisitorTexts.LISTEN),
            Icons.icon("speaker", screen.px(8)),
            screen,
            "secondary-button",
            "listen");
    listen.setOnAction(e -> flow.listen());
    listen.setMinWidth(Region.USE_PREF_SIZE);
    return listen;
  }

  private static Node footer(VisitorFlowViewModel flow, ScreenGeometry screen) {
    Button back =
        Controls.button(
            "back",
            flow.texts().text(VisitorTexts.BACK),
            Icons.icon("arrow-back", screen.px(8)),
            screen,
            "secondary-button");
    back.setOnAction(e -> flow.back());
    back.visibleProperty()
        .bind(
            flow.screenProperty()
                .isEqualTo(Screen.QUESTION)
                .or(flow.screenProperty().isEqualTo(Screen.SITUATION)));
    back.managedProperty().bind(back.visibleProperty());

    TilePane languages = new TilePane();
    languages.setId("languages");
    languages.getStyleClass().add("language-bar");
    // Portrait: two columns, so "Luister", "Terug" and the languages share the narrow row.
    languages.setPrefColumns(screen.portrait() ? 2 : flow.languages().size());
    languages.setAlignment(Pos.CENTER_RIGHT);
    languages.setTileAlignment(Pos.CENTER);
    LanguageBar.fill(languages, flow, screen, "language-");
    languages.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
    languages.setMaxWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    // The welcome screen offers the languages itself, larger.
    languages.visibleProperty().bind(flow.screenProperty().isNotEqualTo(Screen.WELCOME));
    languages.managedProperty().bind(languages.visibleProperty());

    // "Luister" is in the footer because every visitor screen has it, always in the same place, in
    // a row that is a touch target high anyway.
    HBox footer = new HBox(listen(flow, screen), back, spacer, languages);
    footer.setId("footer");
    footer.getStyleClass().add("footer");
    footer.setAlignment(Pos.CENTER_LEFT);
    return footer;
  }

  private static Node countdownBanner(VisitorFlowViewModel flow, ScreenGeometry screen) {
    Button stay =
        Controls.button(
            "still-here", flow.texts().text(VisitorTexts.IDLE_CONTINUE), null, screen, "go-button");
    stay.setOnAction(e -> flow.touched());
    // The words around it wrap; the button's own words stay whole.
    stay.setMinWidth(Region.USE_PREF_SIZE);
    HBox banner = new HBox(Controls.paragraph(flow.idleText(), "banner-text"), stay);
    banner.setId("countdown");
    banner.getStyleClass().add("banner");
    banner.setAlignment(Pos.CENTER);
    // The ticket screen has its own, calmer countdown line.
    banner
        .visibleProperty()
        .bind(
            flow.idle()
                .showingProperty()
                .and(flow.screenProperty().isNotEqualTo(Screen.TICKET))
                .and(flow.screenProperty().isNotEqualTo(Screen.NEXT_STEP))
                .and(flow.screenProperty().isNotEqualTo(Screen.RATED)));
    banner.managedProperty().bind(banner.visibleProperty());
    return banner;
  }

  private static Node showOn(Node node, VisitorFlowViewModel flow, Screen screen) {
    node.visibleProperty().bind(flow.screenProperty().isEqualTo(screen));
    return node;
  }
}
