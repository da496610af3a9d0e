package nl.zuil.backend.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.zuil.regionapi.RegionApi;

/**
 * API v1's OpenAPI document as region-api holds it, in YAML as written and in JSON as the NL API
 * Design Rules ask (API-51: at {@code /openapi.json}), converted once at start: one document, two
 * spellings. Anyone may read it from any page (CORS), as the rules also ask.
 */
final class OpenApiDocument {

  private final byte[] yaml;
  private final byte[] json;

  private OpenApiDocument(byte[] yaml, byte[] json) {
    this.yaml = yaml;
    this.json = json;
  }

  static OpenApiDocument load() {
    try (InputStream in = RegionApi.class.getResourceAsStream(RegionApi.OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("region-api has no " + RegionApi.OPENAPI_RESOURCE);
      }
      byte[] yaml = in.readAllBytes();
      JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
      return new OpenApiDocument(yaml, new ObjectMapper().writeValueAsBytes(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serveYaml(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*").contentType("application/yaml").result(yaml);
  }

  void serveJson(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*").contentType("application/json").result(json);
  }
}
