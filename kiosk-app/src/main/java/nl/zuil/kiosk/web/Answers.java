package nl.zuil.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** How the console answers: JSON written from records (strict when reading), pages as UTF-8. */
final class Answers {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Answers() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void json(Context ctx, int status, Object value) {
    ctx.status(status).contentType("application/json").result(write(value));
  }

  static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page.getBytes(StandardCharsets.UTF_8));
  }
}
