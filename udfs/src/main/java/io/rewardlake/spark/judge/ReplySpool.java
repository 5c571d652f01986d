package io.rewardlake.spark.judge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rewardlake.core.judge.http.CachedReply;
import io.rewardlake.core.judge.http.MemoryReplyCache;
import io.rewardlake.core.judge.http.ReplyCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A task's request cache: lookups in the executor's {@link MemoryReplyCache}; every reply received is remembered
 * there and appended at once, one JSON line flushed per reply, to the task's spool file. A run killed mid-batch leaves
 * its spool behind, and the next run folds it into {@code judge_cache}: a reply paid for is not lost with the batch.
 */
final class ReplySpool implements ReplyCache, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MemoryReplyCache memory;
  private final Path file;
  private final String runId;
  private FSDataOutputStream out;

  ReplySpool(MemoryReplyCache memory, Path file, String runId) {
    this.memory = memory;
    this.file = file;
    this.runId = runId;
  }

  @Override
  public CachedReply lookup(String requestKey) {
    return memory.lookup(requestKey);
  }

  @Override
  public void remember(CachedReply reply) {
    memory.remember(reply);
    append(reply);
  }

  private synchronized void append(CachedReply reply) {
    try {
      if (out == null) {
        out = fileSystem().create(file, true);
      }
      out.write((line(reply) + "\n").getBytes(StandardCharsets.UTF_8));
      out.hflush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the judge's reply to the spool " + file, e);
    }
  }

  /**
   * The spool's file system; for local paths the raw one: the checksummed local file system keeps a flushed line in
   * a buffer below its checksum layer, so a killed JVM would lose it.
   */
  private FileSystem fileSystem() throws IOException {
    FileSystem fs = FileSystem.get(file.toUri(), new Configuration());
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  private String line(CachedReply reply) {
    ObjectNode node = JSON.createObjectNode().put("request_key", reply.requestKey())
        .put("content_key", reply.contentKey()).put("judge_id", reply.judgeId())
        .put("prompt_tokens", reply.promptTokens()).put("completion_tokens", reply.completionTokens())
        .put("run_id", runId);
    if (reply.logprobs() != null) {
      ObjectNode logprobs = node.putObject("logprobs");
      reply.logprobs().forEach(logprobs::put);
    } else {
      node.put("text", reply.text());
    }
    return node.toString();
  }

  @Override
  public synchronized void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the spool " + file, e);
      } finally {
        out = null;
      }
    }
  }
}
