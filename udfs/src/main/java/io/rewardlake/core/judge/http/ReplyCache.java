package io.rewardlake.core.judge.http;

/** Where a judge looks for a request's reply before sending it, and keeps the replies it paid for. */
public interface ReplyCache {
  /** The reply to the request with this key, or null. */
  CachedReply lookup(String requestKey);

  /** Keeps a reply just received. Called from the HTTP client's threads. */
  void remember(CachedReply reply);
}
