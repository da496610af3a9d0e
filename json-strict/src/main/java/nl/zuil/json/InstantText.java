package nl.zuil.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An {@link Instant} as its ISO-8601 text ({@code "2026-11-23T09:30:00Z"}), the form every Zuil
 * file has always used; a number of seconds or any other text is refused.
 */
final class InstantText extends StdScalarDeserializer<Instant> {

  private static final long serialVersionUID = 1L;

  private InstantText() {
    super(Instant.class);
  }

  static SimpleModule module() {
    return new SimpleModule("zuil-instants")
        .addSerializer(Instant.class, ToStringSerializer.instance)
        .addDeserializer(Instant.class, new InstantText());
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
    try {
      return Instant.parse(parser.getText());
    } catch (DateTimeParseException e) {
      return (Instant)
          context.handleWeirdStringValue(
              Instant.class, parser.getText(), "not an ISO-8601 instant");
    }
  }
}
