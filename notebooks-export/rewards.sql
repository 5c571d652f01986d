-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Conservative reward vs mean
-- MAGIC Uncertainty-aware rewards (arXiv 2410.23726): `rewards` has per sample the ensemble's mean, std and worst
-- MAGIC member of the standardised rewards and `reward_lcb = mean - lambda * std`; `best_of_n` the pick of each rule.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC **How to run.** Queries name the lake's tables by their own names (`pairs`, `strength`, ...) and take the
-- MAGIC ensemble as the named parameter `:ensemble`.
-- MAGIC - Anywhere RewardLake runs: `bin/rewardlake sql -f notebooks-export/rewards.sql --lake /path/to/lake`
-- MAGIC   (add `--param ensemble=ID` for an ensemble other than `main`).
-- MAGIC - Databricks: register the lake's tables in a schema once (docs/notebooks.md lists the statements), choose that
-- MAGIC   schema as the notebook's default, and fill in the `ensemble` widget the parameter creates.

-- COMMAND ----------

SELECT ensemble_id, lambda, count(*) AS samples, round(avg(reward_mean), 3) AS mean, round(avg(reward_std), 3) AS std,
       round(corr(reward_mean, reward_lcb), 3) AS corr_mean_lcb, round(corr(reward_mean, reward_std), 3) AS corr_mean_std
FROM rewards
GROUP BY ensemble_id, lambda

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Where the members disagree
-- MAGIC Samples in five groups by reward_std: the conservative reward discounts the uncertain ones.

-- COMMAND ----------

SELECT ensemble_id, uncertainty_quintile, count(*) AS samples, round(avg(reward_std), 3) AS std,
       round(avg(reward_mean), 3) AS mean, round(avg(reward_lcb), 3) AS lcb, round(avg(reward_min), 3) AS worst_member
FROM (SELECT *, ntile(5) OVER (PARTITION BY ensemble_id ORDER BY reward_std) AS uncertainty_quintile
      FROM rewards)
GROUP BY ensemble_id, uncertainty_quintile
ORDER BY ensemble_id, uncertainty_quintile

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Best-of-N: does the conservative rule pick differently?

-- COMMAND ----------

SELECT m.ensemble_id, count(*) AS prompts, round(avg(m.candidates), 1) AS mean_n,
       round(avg(CASE WHEN m.sample_id = l.sample_id THEN 1.0 ELSE 0.0 END), 3) AS same_pick,
       round(avg(m.reward_mean), 3) AS mean_of_mean_pick, round(avg(l.reward_mean), 3) AS mean_of_lcb_pick,
       round(avg(m.reward_std), 3) AS std_of_mean_pick, round(avg(l.reward_std), 3) AS std_of_lcb_pick
FROM best_of_n m
JOIN best_of_n l
  ON m.prompt_id = l.prompt_id AND m.ensemble_id = l.ensemble_id AND m.rule = 'mean' AND l.rule = 'lcb'
GROUP BY m.ensemble_id

-- COMMAND ----------

-- Prompts where the mean rule and the conservative rule disagree, with both picks.
SELECT m.prompt_id, round(m.reward_mean, 3) AS mean_pick_mean, round(m.reward_std, 3) AS mean_pick_std,
       round(l.reward_mean, 3) AS lcb_pick_mean, round(l.reward_std, 3) AS lcb_pick_std,
       m.response AS mean_pick, l.response AS lcb_pick
FROM best_of_n m
JOIN best_of_n l
  ON m.prompt_id = l.prompt_id AND m.ensemble_id = l.ensemble_id AND m.rule = 'mean' AND l.rule = 'lcb'
WHERE m.sample_id <> l.sample_id AND m.ensemble_id = :ensemble
ORDER BY m.reward_std - l.reward_std DESC
LIMIT 10
