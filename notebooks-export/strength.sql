-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Preference strength
-- MAGIC The multi-reward-model vote (Secrets of RLHF Part II, arXiv 2401.06080): for every pair and voting member,
-- MAGIC d = r(prompt, chosen) - r(prompt, rejected); `strength_mean` and `strength_std` are the mean and spread of the
-- MAGIC voters' d. Negative mean: the ensemble prefers the rejected response (a likely mislabel); near zero: ambiguous.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC **How to run.** Queries name the lake's tables by their own names (`pairs`, `strength`, ...) and take the
-- MAGIC ensemble as the named parameter `:ensemble`.
-- MAGIC - Anywhere RewardLake runs: `bin/rewardlake sql -f notebooks-export/strength.sql --lake /path/to/lake`
-- MAGIC   (add `--param ensemble=ID` for an ensemble other than `main`).
-- MAGIC - Databricks: register the lake's tables in a schema once (docs/notebooks.md lists the statements), choose that
-- MAGIC   schema as the notebook's default, and fill in the `ensemble` widget the parameter creates.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Distribution per ensemble

-- COMMAND ----------

SELECT ensemble_id, count(*) AS pairs, sum(CAST(out_of_fold AS INT)) AS out_of_fold,
       round(avg(strength_mean), 3) AS mean_strength,
       round(percentile_approx(strength_mean, 0.5), 3) AS median_strength,
       round(avg(CASE WHEN strength_mean < 0 THEN 1.0 ELSE 0.0 END), 3) AS share_negative,
       round(avg(strength_std), 3) AS mean_std, round(avg(voting_members), 1) AS voters
FROM strength
GROUP BY ensemble_id
ORDER BY ensemble_id

-- COMMAND ----------

-- Histogram of strength_mean in bins of 0.25 (plot it as a bar chart in the notebook).
SELECT ensemble_id, floor(strength_mean * 4) / 4 AS bin_start, count(*) AS pairs
FROM strength
GROUP BY ensemble_id, floor(strength_mean * 4) / 4
ORDER BY ensemble_id, bin_start

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Deciles
-- MAGIC The paper's table: pairs in ten groups by mean strength. Where the corpus keeps ground truth (the synthetic
-- MAGIC one: `meta.flipped`, `meta.true_p_chosen`), the lowest deciles should hold most injected flips.

-- COMMAND ----------

WITH ranked AS (
  SELECT s.ensemble_id, s.strength_mean, s.strength_std, s.votes_for_chosen, s.voting_members,
         p.meta['flipped'] AS flipped, CAST(p.meta['true_p_chosen'] AS DOUBLE) AS true_p_chosen,
         ntile(10) OVER (PARTITION BY s.ensemble_id ORDER BY s.strength_mean) AS decile
  FROM strength s JOIN pairs p USING (pair_id)
)
SELECT ensemble_id, decile, count(*) AS pairs,
       round(avg(strength_mean), 3) AS mean_strength, round(avg(strength_std), 3) AS mean_std,
       round(avg(votes_for_chosen / voting_members), 3) AS voters_for_chosen,
       round(avg(CASE WHEN true_p_chosen IS NULL THEN NULL WHEN true_p_chosen >= 0.5 THEN 1.0 ELSE 0.0 END), 3)
         AS label_agrees_with_truth,
       round(avg(CASE flipped WHEN 'true' THEN 1.0 WHEN 'false' THEN 0.0 END), 3) AS injected_flips
FROM ranked
GROUP BY ensemble_id, decile
ORDER BY ensemble_id, decile

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## The pairs the ensemble most disbelieves

-- COMMAND ----------

SELECT s.pair_id, round(s.strength_mean, 3) AS mean, round(s.strength_std, 3) AS std,
       s.votes_for_chosen || '/' || s.voting_members AS votes, p.prompt, p.chosen, p.rejected
FROM strength s JOIN pairs p USING (pair_id)
WHERE s.ensemble_id = :ensemble
ORDER BY s.strength_mean
LIMIT 20
