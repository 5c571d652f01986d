package io.rewardlake.core.repr;

import io.rewardlake.core.util.Ids;
import java.util.List;

/** What {@code train} optimises: the Bradley–Terry loss, plus the contrastive term, the MetaRM step, or both. */
public enum Objective {
  BT("bt", false, false),
  CONTRASTIVE("contrastive", true, false),
  METARM("metarm", false, true),
  CONTRASTIVE_METARM("contrastive+metarm", true, true);

  private final String id;
  private final boolean contrastive;
  private final boolean meta;

  Objective(String id, boolean contrastive, boolean meta) {
    this.id = id;
    this.contrastive = contrastive;
    this.meta = meta;
  }

  public static List<String> ids() {
    return Ids.of(values(), Objective::id);
  }

  public static Objective of(String id) {
    return Ids.parse(values(), Objective::id, id, "objective");
  }

  public String id() {
    return id;
  }

  public boolean contrastive() {
    return contrastive;
  }

  public boolean meta() {
    return meta;
  }
}
