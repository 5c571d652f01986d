package io.rewardlake.jobs.synth;

import io.rewardlake.core.synth.SyntheticCorpusGenerator;
import io.rewardlake.core.synth.SynthSummary;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes the synthetic corpus. Runs on the driver without Spark (20,000 pairs take about a second); the files are
 * written under temporary names and renamed into place, so a crash never leaves a half-written corpus.
 */
public final class SynthJob {
  private SynthJob() {}

  public static SynthSummary run(Configuration hadoopConf, SynthConfig config) {
    Progress.say("synth", "generating " + config.spec().pairs() + " pairs (seed " + config.spec().seed() + ")");
    Path pairs = new Path(config.pairsOutput());
    Path candidates = new Path(config.candidatesOutput());
    try {
      FileSystem fs = pairs.getFileSystem(hadoopConf);
      fs.setWriteChecksum(false);
      Path pairsTmp = temporary(pairs);
      Path candidatesTmp = temporary(candidates);
      SynthSummary summary;
      try (Writer pairsOut = writer(fs, pairsTmp); Writer candidatesOut = writer(fs, candidatesTmp)) {
        summary = new SyntheticCorpusGenerator(config.spec()).write(pairsOut, candidatesOut);
      }
      replace(fs, pairsTmp, pairs);
      replace(fs, candidatesTmp, candidates);
      Progress.say("synth", "wrote " + pairs + " and " + candidates.getName());
      if (config.shiftedPairs() > 0) {
        writeShifted(fs, config);
      }
      return summary;
    } catch (IOException e) {
      throw Errors.cannotWrite("the synthetic corpus", pairs.toString(), e);
    }
  }

  /**
   * The shifted corpus: labelled pairs (for held-out evaluation) and, from other prompts, unlabelled samples (for
   * MetaRM's train.metarm_samples). Written after the default files, which therefore do not change.
   */
  private static void writeShifted(FileSystem fs, SynthConfig config) throws IOException {
    Path pairs = new Path(config.shiftedPairsOutput());
    Path samples = new Path(config.shiftedSamplesOutput());
    Path pairsTmp = temporary(pairs);
    Path samplesTmp = temporary(samples);
    try (Writer pairsOut = writer(fs, pairsTmp); Writer samplesOut = writer(fs, samplesTmp)) {
      SyntheticCorpusGenerator.shifted(config.spec(), config.shiftedPairs(), false)
          .write(pairsOut, Writer.nullWriter());
      SyntheticCorpusGenerator.shifted(config.spec(), config.shiftedPairs(), true)
          .write(Writer.nullWriter(), samplesOut);
    }
    replace(fs, pairsTmp, pairs);
    replace(fs, samplesTmp, samples);
    Progress.say("synth", "wrote " + config.shiftedPairs() + " shifted pairs to " + pairs + " and their unlabelled"
        + " counterpart " + samples.getName());
  }

  private static Writer writer(FileSystem fs, Path path) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8), 1 << 16);
  }

  private static Path temporary(Path target) {
    return new Path(target.getParent(), "." + target.getName() + ".tmp");
  }

  private static void replace(FileSystem fs, Path from, Path to) throws IOException {
    fs.delete(to, false);
    if (!fs.rename(from, to)) {
      throw new IOException("rename of " + from + " to " + to + " failed");
    }
  }
}
