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

    List<Node> channels =
        Tiles.buttons(
            console.contactChannels(),
            "contact-channel-",
            Channel::code,
            channel -> new ReadOnlyStringWrapper(console.channelName(channel)),
            screen,
            "outcome-button",
            console::chooseChannel);
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
            Tiles.grid(channels),
            ContactStep.CHANNEL,
            ContactStep.QUESTION);

    List<Node> questions =
        Tiles.buttons(
            console.questionTypes(),
            "contact-question-",
            QuestionType::code,
            question -> texts.label(question.labels()),
            screen,
            "outcome-button",
            question -> console.chooseContactQuestion(question.code()));
    VBox questionStep =
        step(
            console,
            texts,
            ConsoleTexts.CONTACT_QUESTION,
            Tiles.grid(questions),
            ContactStep.QUESTION);

    List<Node> outcomes =
        Tiles.buttons(
            console.outcomes(),
            "contact-outcome-",
            Outcome::code,
            outcome -> texts.label(outcome.labels()),
            screen,
            "outcome-button",
            console::chooseContactOutcome);
    VBox outcomeStep =
        step(
            console,
            texts,
            ConsoleTexts.OUTCOME_QUESTION,
            Tiles.grid(outcomes),
            ContactStep.OUTCOME);

    GridPane partners = Tiles.grid();
    Runnable partnerTiles =
        () -> {
          List<Node> buttons =
              new ArrayList<>(
                  Tiles.buttons(
                      console.contactPartners(),
                      "contact-partner-",
                      Partner::code,
                      partner -> texts.label(partner.labels()),
                      screen,
                      "partner-button",
                      console::chooseContactPartner));
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
          Tiles.place(partners, buttons);
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
}
