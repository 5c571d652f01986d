package io.rewardlake.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small OpenAI-compatible server on loopback ({@code POST /v1/completions} and {@code /v1/chat/completions}),
 * answering through a {@link Responder}: the judge benchmark's endpoint with a fixed latency, and the tests' endpoint
 * with scripted log-probabilities and injected failures. Real HTTP on a real socket, so the client, its retries and
 * its timeouts are exercised exactly as against vLLM.
 */
public final class LoopbackOpenAiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The JDK server writes a reply's headers and body separately; with Nagle's algorithm on, the body then waits for
    // the client's delayed ACK (40 ms on Linux), which would add ~40 ms to every request. Inference servers
    // (uvicorn, TGI's axum) set TCP_NODELAY; so does this one. Read once, when the server classes load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** Decides the reply to one request; called concurrently. */
  @FunctionalInterface
  public interface Responder {
    Reply reply(Request request);
  }

  /**
   * One request as received.
   *
   * @param chat whether it came to {@code /chat/completions}
   * @param prompt the completions prompt, or the chat request's last message
   * @param maxTokens 1 for a label request, more for a generation
   * @param authorization the Authorization header, or null
   */
  public record Request(boolean chat, String prompt, int maxTokens, String authorization, JsonNode body) {}

  /** A reply: status, JSON body, headers, and how long to wait before sending it. */
  public record Reply(int status, String body, Map<String, String> headers, long delayMs) {
    public Reply {
      headers = Map.copyOf(headers);
    }

    public static Reply ok(String body) {
      return new Reply(200, body, Map.of(), 0);
    }

    public static Reply error(int status, String message) {
      return new Reply(status, JSON.createObjectNode().set("error", JSON.createObjectNode().put("message", message))
          .toString(), Map.of(), 0);
    }

    public Reply after(long millis) {
      return new Reply(status, body, headers, millis);
    }

    public Reply withHeader(String name, String value) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put(name, value);
      return new Reply(status, body, all, delayMs);
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final AtomicLong requests = new AtomicLong();

  private LoopbackOpenAiServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Starts on a free loopback port. {@code threads} bounds the requests served at once; a reply's delay holds its
   * thread, so give at least the client's concurrency.
   */
  public static LoopbackOpenAiServer start(Responder responder, int threads) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "loopback-openai");
      thread.setDaemon(true);
      return thread;
    });
    LoopbackOpenAiServer loopback = new LoopbackOpenAiServer(server, pool);
    server.createContext("/v1/completions", exchange -> loopback.serve(exchange, false, responder));
    server.createContext("/v1/chat/completions", exchange -> loopback.serve(exchange, true, responder));
    server.setExecutor(pool);
    server.start();
    return loopback;
  }

  /** {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/v1";
  }

  /** Requests received so far. */
  public long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void serve(HttpExchange exchange, boolean chat, Responder responder) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      String prompt = chat ? body.path("messages").path(body.path("messages").size() - 1).path("content").asText()
          : body.path("prompt").asText();
      Reply reply = responder.reply(new Request(chat, prompt, body.path("max_tokens").asInt(16),
          exchange.getRequestHeaders().getFirst("Authorization"), body));
      if (reply.delayMs() > 0) {
        Thread.sleep(reply.delayMs());
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client gave up (its timeout) while we were replying: nothing to do, the socket is gone.
    }
  }

  /** A reply carrying {@code alternatives} as the first token's top log-probabilities, in the endpoint's shape. */
  public static String logprobsReply(boolean chat, Map<String, Double> alternatives) {
    String first = alternatives.keySet().iterator().next();
    ObjectNode choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "length");
    ObjectNode logprobs = choice.putObject("logprobs");
    if (chat) {
      choice.putObject("message").put("role", "assistant").put("content", first);
      ObjectNode token = logprobs.putArray("content").addObject().put("token", first)
          .put("logprob", alternatives.get(first));
      ArrayNode top = token.putArray("top_logprobs");
      alternatives.forEach((name, value) -> top.addObject().put("token", name).put("logprob", value));
    } else {
      choice.put("text", first);
      logprobs.putArray("tokens").add(first);
      logprobs.putArray("token_logprobs").add(alternatives.get(first));
      ObjectNode top = logprobs.putArray("top_logprobs").addObject();
      alternatives.forEach(top::put);
    }
    return envelope(chat, choice);
  }

  /** {@code reply} with a {@code usage} object, as hosted APIs and vLLM bill a request. */
  public static String withUsage(String reply, long promptTokens, long completionTokens) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(reply);
      root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
          .put("total_tokens", promptTokens + completionTokens);
      return root.toString();
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON reply: " + e.getMessage(), e);
    }
  }

  /** A reply whose generated text is {@code text}. */
  public static String textReply(boolean chat, String text) {
    ObjectNode choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
    if (chat) {
      choice.putObject("message").put("role", "assistant").put("content", text);
    } else {
      choice.put("text", text);
    }
    return envelope(chat, choice);
  }

  private static String envelope(boolean chat, ObjectNode choice) {
    ObjectNode root = JSON.createObjectNode().put("id", "loopback-" + Objects.hashCode(choice))
        .put("object", chat ? "chat.completion" : "text_completion").put("model", "loopback");
    root.putArray("choices").add(choice);
    return root.toString();
  }
}
