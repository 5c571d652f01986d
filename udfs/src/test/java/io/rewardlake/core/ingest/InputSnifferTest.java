package io.rewardlake.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.core.ingest.InputSniffer.Kind;
import org.junit.jupiter.api.Test;

class InputSnifferTest {
  @Test
  void theExtensionIsReadBehindCompressionSuffixes() {
    assertThat(InputSniffer.extension("train.jsonl.gz")).isEqualTo("jsonl");
    assertThat(InputSniffer.extension("part-0.snappy.parquet")).isEqualTo("parquet");
    assertThat(InputSniffer.extension("README")).isEmpty();
    assertThat(InputSniffer.extension("notes.CSV")).isEqualTo("csv");
  }

  @Test
  void listedFilesAreJudgedByTheirNames() {
    assertThat(InputSniffer.byName("a.jsonl.gz", "jsonl").kind()).isEqualTo(Kind.READ);
    assertThat(InputSniffer.byName("a.json", "hh-rlhf").kind()).isEqualTo(Kind.READ);
    assertThat(InputSniffer.byName("README.md", "jsonl").kind()).isEqualTo(Kind.SKIP);
    assertThat(InputSniffer.byName("data.csv", "jsonl").reason()).isEqualTo("data.csv (not a .jsonl/.json file)");
    assertThat(InputSniffer.byName("x.parquet", "jsonl").reason()).contains("pass --format parquet");
    assertThat(InputSniffer.byName("x.jsonl", "parquet").kind()).isEqualTo(Kind.WRONG_FORMAT);
    assertThat(InputSniffer.byName("_SUCCESS", "parquet").kind()).isEqualTo(Kind.SKIP);
  }

  @Test
  void theFirstRecordTellsTheFormats() {
    String hh = "{\"chosen\": \"\\n\\nHuman: a\\n\\nAssistant: b\", \"rejected\": \"\\n\\nHuman: a\\n\\nAssistant: c\"}";
    String generic = "{\"prompt\": \"a\", \"chosen\": \"b\", \"rejected\": \"c\"}";
    assertThat(InputSniffer.byContent("f", "jsonl", generic).kind()).isEqualTo(Kind.READ);
    assertThat(InputSniffer.byContent("f", "hh-rlhf", hh).kind()).isEqualTo(Kind.READ);
    assertThat(InputSniffer.byContent("f", "jsonl", hh).reason()).contains("looks like hh-rlhf", "--format hh-rlhf");
    assertThat(InputSniffer.byContent("f", "hh-rlhf", generic).reason()).contains("--format jsonl");
    assertThat(InputSniffer.byContent("f", "jsonl", "prompt,chosen,rejected").kind()).isEqualTo(Kind.WRONG_FORMAT);
    assertThat(InputSniffer.byContent("f", "jsonl", "[1, 2]").kind()).isEqualTo(Kind.WRONG_FORMAT);
    assertThat(InputSniffer.byContent("f", "jsonl", null).kind()).isEqualTo(Kind.EMPTY);
  }
}
