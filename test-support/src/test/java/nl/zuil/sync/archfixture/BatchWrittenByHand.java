package nl.zuil.sync.archfixture;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Breaks the rule: writes an API message field by field instead of from a region-api record. */
public class BatchWrittenByHand {
  void write(JsonGenerator json, int visits) throws IOException {
    json.writeStartObject();
    json.writeNumberField("visits", visits);
    json.writeEndObject();
  }
}
