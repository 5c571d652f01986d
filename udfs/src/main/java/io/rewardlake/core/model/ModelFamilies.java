package io.rewardlake.core.model;

import java.io.IOException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The registry of {@link ModelFamily} implementations on the classpath, by family id; loaded once per JVM. */
public final class ModelFamilies {
  private static final Map<String, ModelFamily> BY_ID = discover();

  private ModelFamilies() {}

  /** The family named {@code id}; the error lists the families this build knows. */
  public static ModelFamily forId(String id, ModelFiles directory) throws IOException {
    ModelFamily family = BY_ID.get(id);
    if (family == null) {
      throw new IOException("model " + directory.location() + " is of family '" + id
          + "', which this build cannot load (it knows " + String.join(", ", BY_ID.keySet()) + ")");
    }
    return family;
  }

  /** Whether {@code id} names a family whose model.json its user wrote (see {@link ModelFamily#external}). */
  static boolean external(String id) {
    ModelFamily family = BY_ID.get(id);
    return family != null && family.external();
  }

  private static Map<String, ModelFamily> discover() {
    Map<String, ModelFamily> byId = new TreeMap<>();
    for (ModelFamily family : ServiceLoader.load(ModelFamily.class, ModelFamilies.class.getClassLoader())) {
      for (String id : family.ids()) {
        ModelFamily previous = byId.putIfAbsent(id, family);
        if (previous != null) {
          throw new IllegalStateException("model family '" + id + "' is registered twice: by "
              + previous.getClass().getName() + " and " + family.getClass().getName());
        }
      }
    }
    return byId;
  }
}
