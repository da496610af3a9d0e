package nl.zuil.kiosk.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.QuestionType;
import nl.zuil.kiosk.console.ConsoleViewModel.ContactStep;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.TextKey;
import nl.zuil.kiosk.ui.Controls;
import nl.zuil.kioskfiles.kioskconfig.ScreenGeometry;
import nl.zuil.regionapi.Channel;

/**
 * "Contact vastleggen" on the kiosk's console (decision 1003): the channel, the question type and
 * the outcome, three taps, with a head count for a group session. The same steps as the web
 * console's; both go through {@link ConsoleService#recordContact}.
 */
final class ContactPanel {

  private ContactPanel() {}

  static Node build(ConsoleViewModel console, ScreenGeometry screen) {
    ScreenTexts texts = console.texts();
    Button open =
        Controls.button(
            "contact-open", texts.text(ConsoleTexts.CONTACT_OPEN), null, screen, "staff-button");
    open.setOnAction(e -> console.openContact());
    open.visibleProperty().bind(console.contactStepProperty().isEqualTo(ContactStep.CLOSED));
    open.managedProperty().bind(open.visibleProperty());

    List<Node> channels = new ArrayList<>();
    for (Channel channel : console.contactChannels()) {
      Button button =
          Controls.button(
              "contact-channel-" + channel.code(),
              new ReadOnlyStringWrapper(console.channelName(channel)),
              null,
              screen,
              "outcome-button");
      button.setOnAction(e -> console.chooseChannel(channel));
      channels.add(button);
    }
    TextField people = new TextField();
    people.setId("contact-people");
    people.setMinHeight(screen.minTouchPx());
    // Digits only, at most two: nothing a gids types here can be a name or a number to call.
    people.setTextFormatter(
        new TextFormatter<String>(
            change -> change.getControlNewText().matches("[0-9]{0,2}") ? change : null));
    people.textProperty().bindBidirectional(console.contactPeopleProperty());
    Label peopleLabel =
        Controls.label(
            new ReadOnlyStringWrapper(
                texts.now(ConsoleTexts.CONTACT_PEOPLE, Map.of("max", Channel.MAX_GROUP_SIZE))),
            "staff-text");
    VBox peopleLine = new VBox(peopleLabel, people);
    peopleLine.visibleProperty().bind(console.contactChannelProperty().isEqualTo(Channel.GROUP));
    peopleLine.managedProperty().bind(peopleLine.visibleProperty());
    VBox channelStep =
        step(
            console,
            texts,
            ConsoleTexts.CONTACT_CHANNEL_QUESTION,
            tiles(channels),
            ContactStep.CHANNEL,
            ContactStep.QUESTION);

    List<Node> questions = new ArrayList<>();
    for (QuestionType question : console.questionTypes()) {
      Button button =
          Controls.button(
              "contact-question-" + question.code(),
              texts.label(question.labels()),
              null,
              screen,
              "outcome-button");
      button.setOnAction(e -> console.chooseContactQuestion(question.code()));
      questions.add(button);
    }
    VBox questionStep =
        step(console, texts, ConsoleTexts.CONTACT_QUESTION, tiles(questions), ContactStep.QUESTION);

    List<Node> outcomes = new ArrayList<>();
    for (Outcome outcome : console.outcomes()) {
      Button button =
          Controls.button(
              "contact-outcome-" + outcome.code(),
              texts.label(outcome.labels()),
              null,
              screen,
              "outcome-button");
      button.setOnAction(e -> console.chooseContactOutcome(outcome));
      outcomes.add(button);
    }
    VBox outcomeStep =
        step(console, texts, ConsoleTexts.OUTCOME_QUESTION, tiles(outcomes), ContactStep.OUTCOME);

    GridPane partners = tiles(List.of());
    Runnable partnerTiles =
        () -> {
          List<Node> buttons = new ArrayList<>();
          for (Partner partner : console.contactPartners()) {
            Button button =
                Controls.button(
                    "contact-partner-" + partner.code(),
                    texts.label(partner.labels()),
                    null,
                    screen,
                    "partner-button");
            button.setOnAction(e -> console.chooseContactPartner(partner));
            buttons.add(button);
          }
          if (console.contactPartnerOptional()) {
            Button none =
                Controls.button(
                    "contact-partner-none",
                    texts.text(ConsoleTexts.PARTNER_NONE),
                    null,
                    screen,
                    "staff-button");
            none.setOnAction(e -> console.chooseContactPartner(null));
            buttons.add(none);
          }
          place(partners, buttons);
        };
    console
        .contactPartners()
        .addListener((ListChangeListener<Partner>) change -> partnerTiles.run());
    VBox partnerStep =
        step(console, texts, ConsoleTexts.PARTNER_QUESTION, partners, ContactStep.PARTNER);

    Button cancel =
        Controls.button(
            "contact-cancel", texts.text(ConsoleTexts.BACK), null, screen, "staff-button");
    cancel.setOnAction(e -> console.cancelContact());
    VBox panel = new VBox(channelStep, peopleLine, questionStep, outcomeStep, partnerStep, cancel);
    panel.setId("contact-panel");
    panel.getStyleClass().add("console-step");
    panel.visibleProperty().bind(console.contactStepProperty().isNotEqualTo(ContactStep.CLOSED));
    panel.managedProperty().bind(panel.visibleProperty());
    return new VBox(open, panel);
  }

  /** A question with its tiles, shown while the contact is at one of {@code steps}. */
  private static VBox step(
      ConsoleViewModel console,
      ScreenTexts texts,
      TextKey question,
      GridPane tiles,
      ContactStep... steps) {
    VBox step = new VBox(Controls.label(texts.text(question), "console-question"), tiles);
    step.visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> List.of(steps).contains(console.contactStepProperty().get()),
                console.contactStepProperty()));
    step.managedProperty().bind(step.visibleProperty());
    return step;
  }

  /** Two equal columns, as the console's outcome tiles. */
  private static GridPane tiles(List<Node> buttons) {
    GridPane tiles = new GridPane();
    tiles.getStyleClass().add("tiles");
    for (int i = 0; i < 2; i++) {
      ColumnConstraints half = new ColumnConstraints();
      half.setPercentWidth(50);
      half.setFillWidth(true);
      tiles.getColumnConstraints().add(half);
    }
    place(tiles, buttons);
    return tiles;
  }

  private static void place(GridPane tiles, List<Node> buttons) {
    tiles.getChildren().clear();
    for (int i = 0; i < buttons.size(); i++) {
      Node button = buttons.get(i);
      ((Button) button).setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
      GridPane.setFillHeight(button, true);
      tiles.add(button, i % 2, i / 2);
    }
  }
}
