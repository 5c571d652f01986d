package io.rewardlake.schemas;

import java.util.List;

/** A dataset or table does not match its {@link TableContract}; the message names every offending column. */
public final class SchemaMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final List<String> problems;

  public SchemaMismatchException(String table, List<String> problems) {
    super("Schema of table '" + table + "' does not match its contract: " + String.join("; ", problems));
    this.table = table;
    this.problems = List.copyOf(problems);
  }

  public String table() {
    return table;
  }

  public List<String> problems() {
    return problems;
  }
}
