package nl.zuil.kiosk.archfixture;

import javafx.scene.Group;

/** Breaks the rule: a view model that holds a node cannot be tested without a stage. */
public class NodeHoldingViewModel {
  Group title;
}
