package dev.l2m.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What {@code --json} prints: one indented JSON document, the same way in every command. */
final class JsonResult {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonResult() {}

  /** An empty object to fill (no ObjectMapper needed for that). */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The value (a tree or a plain Java object) as indented JSON. */
  static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the JSON result", e);
    }
  }
}
