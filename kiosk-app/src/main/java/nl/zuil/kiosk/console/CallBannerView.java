package nl.zuil.kiosk.console;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;

/**
 * The call banner across the top of the visitor screen. Mouse-transparent, so a tap where it lies
 * still reaches the tile underneath; and it covers the place line and title, not the tiles.
 */
public final class CallBannerView {

  private CallBannerView() {}

  public static Node build(CallBannerViewModel banner, ScreenGeometry screen) {
    Label text = Controls.label(banner.textProperty(), "call-banner-text");
    text.setId("call-banner-text");
    HBox box = new HBox(text);
    box.setId("call-banner");
    box.getStyleClass().add("call-banner");
    box.setAlignment(Pos.CENTER);
    box.setMaxHeight(Region.USE_PREF_SIZE);
    box.setStyle(Controls.baseFontStyle(screen));
    // A ticket number reads left to right in every language.
    box.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    box.setMouseTransparent(true);
    box.visibleProperty().bind(banner.showingProperty());
    StackPane.setAlignment(box, Pos.TOP_CENTER);
    return box;
  }
}
