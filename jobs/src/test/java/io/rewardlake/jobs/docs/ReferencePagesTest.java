package io.rewardlake.jobs.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.schemas.TableContract;
import io.rewardlake.schemas.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class ReferencePagesTest {
  private static final Path REFERENCE = Path.of("..", "docs", "reference");

  @Test
  void theCheckedInPagesAreWhatTheCodeWrites() throws IOException {
    for (Map.Entry<String, String> page : ReferencePages.pages().entrySet()) {
      Path file = REFERENCE.resolve(page.getKey());
      assertThat(file).as("docs/reference/%s exists", page.getKey()).exists();
      assertThat(Files.readString(file))
          .as("docs/reference/%s is stale: regenerate it with"
              + " mvn -B -q -pl jobs -am -Pdocs -DskipTests process-classes", page.getKey())
          .isEqualTo(page.getValue());
    }
  }

  @Test
  void everyKeyWithItsDefaultAndChoicesIsOnTheConfigurationPage() {
    String page = ConfigurationReference.render();
    ConfigKeys.ALL.forEach(key -> assertThat(page)
        .contains("| `" + key.name() + "` | " + Markdown.code(key.defaultText()) + " |"));
    assertThat(page).contains("| `vote.mode` | `oof` | oof, all |");
  }

  @Test
  void everyColumnOfEveryTableIsOnTheTablePage() {
    String page = TableReference.render();
    for (TableContract table : Tables.ALL) {
      assertThat(page).contains("## " + table.name() + "\n\n" + table.description());
      for (StructField field : table.schema().fields()) {
        assertThat(page).contains("| `" + field.name() + "` | `" + field.dataType().simpleString() + "` |");
      }
    }
    assertThat(page).contains("| `label_p` | `double` | yes | P(chosen preferred)");
  }
}
