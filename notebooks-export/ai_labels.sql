-- Databricks notebook source
-- MAGIC %md
-- MAGIC # AI labels vs human labels
-- MAGIC RLAIF (arXiv 2309.00267): `ai_labels` holds the judge's P(A better) in both presentation orders (`p_a_ab`: A
-- MAGIC shown first, `p_a_ba`: B shown first) and their mean `p_a`. A is the pair's chosen response, so the judge
-- MAGIC agrees with the human (or synthetic) label when `p_a` and `label_p` fall on the same side of 0.5.
-- MAGIC The table is written by `bin/rewardlake label`; before that these queries return no rows.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC **How to run.** Queries name the lake's tables by their own names (`pairs`, `strength`, ...) and take the
-- MAGIC ensemble as the named parameter `:ensemble`.
-- MAGIC - Anywhere RewardLake runs: `bin/rewardlake sql -f notebooks-export/ai_labels.sql --lake /path/to/lake`
-- MAGIC   (add `--param ensemble=ID` for an ensemble other than `main`).
-- MAGIC - Databricks: register the lake's tables in a schema once (docs/notebooks.md lists the statements), choose that
-- MAGIC   schema as the notebook's default, and fill in the `ensemble` widget the parameter creates.

-- COMMAND ----------

SELECT judge_id, template_id, mode, status, count(*) AS pairs, round(avg(attempts), 2) AS attempts,
       round(avg(latency_ms)) AS latency_ms
FROM ai_labels
GROUP BY judge_id, template_id, mode, status
ORDER BY judge_id, template_id, mode, status

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Alignment and position consistency
-- MAGIC Alignment leaves out ties (either side exactly 0.5). Position consistency: both orders prefer the same
-- MAGIC response. `first_position_bias` > 0: the judge favours whichever response it sees first.

-- COMMAND ----------

SELECT a.judge_id, a.template_id, a.mode, count(*) AS labelled,
       round(avg(CASE WHEN a.p_a = 0.5 OR p.label_p = 0.5 THEN NULL
                      WHEN (a.p_a > 0.5) = (p.label_p > 0.5) THEN 1.0 ELSE 0.0 END), 3) AS alignment,
       round(avg(CASE WHEN a.position_consistent THEN 1.0 WHEN a.position_consistent IS NOT NULL THEN 0.0 END), 3)
         AS position_consistency,
       round(avg(a.p_a_ab - (1 - a.p_a_ba)), 3) AS first_position_bias,
       round(avg(abs(a.p_a - p.label_p)), 3) AS mean_abs_error_vs_label
FROM ai_labels a JOIN pairs p USING (pair_id)
WHERE a.status = 'ok'
GROUP BY a.judge_id, a.template_id, a.mode
ORDER BY a.judge_id, a.template_id, a.mode

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## AI label vs the reward-model vote

-- COMMAND ----------

SELECT a.judge_id, s.ensemble_id, count(*) AS pairs, round(corr(a.p_a, s.p_chosen), 3) AS corr_p_a_vs_vote,
       round(avg(CASE WHEN (a.p_a > 0.5) = (s.strength_mean > 0) THEN 1.0 ELSE 0.0 END), 3) AS same_side
FROM ai_labels a JOIN strength s USING (pair_id)
WHERE a.status = 'ok'
GROUP BY a.judge_id, s.ensemble_id
ORDER BY a.judge_id, s.ensemble_id

-- COMMAND ----------

-- Where judge and label disagree most confidently.
SELECT a.pair_id, a.judge_id, round(a.p_a, 3) AS p_a, p.label_p, a.position_consistent, a.rationale,
       p.prompt, p.chosen, p.rejected
FROM ai_labels a JOIN pairs p USING (pair_id)
WHERE a.status = 'ok' AND p.label_p IS NOT NULL
ORDER BY abs(a.p_a - p.label_p) DESC
LIMIT 20
