package io.rewardlake.core.judge.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The replies an executor JVM knows, least recently used first out: those a task brought along from the cache table
 * for its pairs, and those received during the run (so a request repeated within a run, by duplicate pairs, is not
 * sent again). Bounded, because a task's pairs are judged right after they are read, so old entries are not needed.
 */
public final class MemoryReplyCache implements ReplyCache {
  private final Map<String, CachedReply> replies;

  public MemoryReplyCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.replies = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, CachedReply> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized CachedReply lookup(String requestKey) {
    return replies.get(requestKey);
  }

  @Override
  public synchronized void remember(CachedReply reply) {
    replies.put(reply.requestKey(), reply);
  }

  public synchronized int size() {
    return replies.size();
  }
}
