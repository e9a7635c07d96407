// Checks Strimzi resources (Kafka, KafkaNodePool, KafkaTopic) with Strimzi's own model classes
// (io.strimzi:api, k8s/models/strimzi/pom.xml), decoded strictly: an unknown field, a value of the
// wrong type or a missing required field is a problem. Run by k8s/models/run.mjs:
//   java -cp <classes>:<io.strimzi:api and its dependencies> StrimziCheck < objects.jsonl
// Input: one JSON object per line, {"id": "...", "object": {...}}; output: one line per input,
// {"id": "...", "problems": ["<path>: <problem>", ...]}.
//
// Strimzi's models keep unknown fields instead of refusing them (UnknownPropertyPreserving: a
// Jackson any-setter fills getAdditionalProperties()), so FAIL_ON_UNKNOWN_PROPERTIES alone lets them
// through: after decoding, every model object of the tree is walked and any additional property is
// reported with its path. Scalars are not coerced ("2" is not an integer), unknown enum values and
// polymorphic `type`s fail, and properties the model marks required must be present.
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class StrimziCheck {
  /** The API versions Strimzi 0.51 serves for these kinds. */
  private static final Set<String> API_VERSIONS = Set.of("kafka.strimzi.io/v1beta2", "kafka.strimzi.io/v1");

  private static final Map<String, Class<?>> KINDS = Map.of("Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      JsonNode input = MAPPER.readTree(line);
      ObjectNode result = MAPPER.createObjectNode();
      result.put("id", input.path("id").asText());
      ArrayNode problems = result.putArray("problems");
      for (String p : check(input.path("object"))) problems.add(p);
      out.append(MAPPER.writeValueAsString(result)).append('\n');
    }
    System.out.print(out);
  }

  static List<String> check(JsonNode object) {
    List<String> problems = new ArrayList<>();
    String kind = object.path("kind").asText();
    Class<?> type = KINDS.get(kind);
    if (type == null) {
      problems.add("/kind: " + kind + " is not a Strimzi kind checked here");
      return problems;
    }
    String apiVersion = object.path("apiVersion").asText();
    if (!API_VERSIONS.contains(apiVersion)) problems.add("/apiVersion: " + apiVersion + " is not served for " + kind + " (expected one of " + API_VERSIONS + ")");
    Object model;
    try {
      model = MAPPER.treeToValue(object, type);
    } catch (JsonMappingException e) {
      problems.add(pointer(e) + ": " + e.getOriginalMessage());
      return problems;
    } catch (JsonProcessingException e) {
      problems.add("/: " + e.getOriginalMessage());
      return problems;
    }
    walk(model, "", problems, new IdentityHashMap<>());
    return problems;
  }

  /** The JSON pointer of a decoding error's location. */
  private static String pointer(JsonMappingException e) {
    StringBuilder p = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      p.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
    }
    return p.length() == 0 ? "/" : p.toString();
  }

  /** Reports additional (unknown) properties and missing required ones anywhere under a model object. */
  private static void walk(Object value, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) return;
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) walk(item, path + "/" + i++, problems, seen);
      return;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) walk(e.getValue(), path + "/" + e.getKey(), problems, seen);
      return;
    }
    String pkg = value.getClass().getPackageName();
    if (!pkg.startsWith("io.strimzi.") && !pkg.startsWith("io.fabric8.")) return; // scalars, strings, JSON trees
    Map<String, Object> extra = additionalProperties(value);
    if (extra != null) {
      for (String name : extra.keySet()) problems.add((path.isEmpty() ? "" : path) + "/" + name + ": unknown field (not in " + value.getClass().getSimpleName() + ")");
    }
    BeanDescription bean = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(value.getClass()));
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (!property.hasGetter()) continue;
      Object child;
      try {
        Method getter = property.getGetter().getAnnotated();
        child = getter.invoke(value);
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        continue;
      }
      String childPath = path + "/" + property.getName();
      if (child == null && property.isRequired()) problems.add(childPath + ": required field missing (" + value.getClass().getSimpleName() + ")");
      walk(child, childPath, problems, seen);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> additionalProperties(Object value) {
    try {
      Method m = value.getClass().getMethod("getAdditionalProperties");
      Object r = m.invoke(value);
      return r instanceof Map<?, ?> map && !map.isEmpty() ? (Map<String, Object>) map : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
