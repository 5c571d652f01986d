package io.rewardlake.core.judge.http;

import io.rewardlake.core.judge.ContentKey;
import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeOutcome;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.LanguageModel;
import io.rewardlake.core.judge.LanguageModelJudge;
import io.rewardlake.core.judge.PairJudge;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An LLM judge whose every request goes through a {@link ReplyCache}: each pair is judged through its own
 * {@link CachingLanguageModel}, which files the replies under the pair's content key.
 */
public final class CachingPairJudge implements PairJudge {
  private final LanguageModel model;
  private final HttpJudgeSettings settings;
  private final JudgeTemplate template;
  private final JudgeMode mode;
  private final int rationaleTokens;
  private final ReplyCache cache;

  public CachingPairJudge(LanguageModel model, HttpJudgeSettings settings, JudgeTemplate template, JudgeMode mode,
      int rationaleTokens, ReplyCache cache) {
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.template = Objects.requireNonNull(template, "template");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.rationaleTokens = rationaleTokens;
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public String id() {
    return model.id();
  }

  @Override
  public String templateId() {
    return template.templateId();
  }

  @Override
  public JudgeMode mode() {
    return mode;
  }

  @Override
  public CompletableFuture<JudgeOutcome> judge(JudgeItem item) {
    LanguageModel cached = new CachingLanguageModel(model, settings, cache, ContentKey.of(item));
    return new LanguageModelJudge(cached, template, mode, rationaleTokens).judge(item);
  }
}
