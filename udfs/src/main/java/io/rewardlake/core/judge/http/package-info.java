/**
 * The OpenAI-compatible HTTP backend of the RLAIF judge (vLLM, TGI, llama.cpp's server, hosted APIs), on the JDK's
 * asynchronous client: request bodies and reply parsing ({@link io.rewardlake.core.judge.http.OpenAiProtocol}),
 * retries with backoff and {@code Retry-After} ({@link io.rewardlake.core.judge.http.RetryPolicy}), bounded
 * concurrency and a rate limit ({@link io.rewardlake.core.judge.http.RequestGate}), and the API key that never leaves
 * the {@code Authorization} header ({@link io.rewardlake.core.judge.http.ApiKey}). No Spark.
 *
 * <pre>{@code
 * try (OpenAiLanguageModel model = new OpenAiLanguageModel(settings, ApiKey.of(System.getenv("OPENAI_API_KEY")))) {
 *   PairJudge judge = new LanguageModelJudge(model, template, JudgeMode.PAIRWISE, 256);
 *   JudgeOutcome outcome = judge.judge(item).join();
 * }
 * }</pre>
 */
package io.rewardlake.core.judge.http;
