-- Databricks notebook source
-- MAGIC %md
-- MAGIC # What cleaning did, and why
-- MAGIC `pairs_clean` has one row per pair with the action of the cleaning policy (keep, flip, smooth, margin, drop),
-- MAGIC the training target, margin and weight it set, and a reason quoting the numbers it used.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC **How to run.** Queries name the lake's tables by their own names (`pairs`, `strength`, ...) and take the
-- MAGIC ensemble as the named parameter `:ensemble`.
-- MAGIC - Anywhere RewardLake runs: `bin/rewardlake sql -f notebooks-export/cleaning.sql --lake /path/to/lake`
-- MAGIC   (add `--param ensemble=ID` for an ensemble other than `main`).
-- MAGIC - Databricks: register the lake's tables in a schema once (docs/notebooks.md lists the statements), choose that
-- MAGIC   schema as the notebook's default, and fill in the `ensemble` widget the parameter creates.

-- COMMAND ----------

SELECT policy_id, action, count(*) AS pairs, round(avg(target_p), 3) AS mean_target_p,
       round(avg(margin), 3) AS mean_margin, round(avg(weight), 3) AS mean_weight,
       round(avg(strength_mean), 3) AS mean_strength
FROM pairs_clean
GROUP BY policy_id, action
ORDER BY policy_id, pairs DESC

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Reasons
-- MAGIC A reason holds the pair's own numbers; masking them groups the reasons by rule.

-- COMMAND ----------

SELECT action, regexp_replace(reason, '-?[0-9]+([.][0-9]+)?(e-?[0-9]+)?', '#') AS reason_kind, count(*) AS pairs,
       first(reason) AS example
FROM pairs_clean
GROUP BY action, regexp_replace(reason, '-?[0-9]+([.][0-9]+)?(e-?[0-9]+)?', '#')
ORDER BY pairs DESC
LIMIT 30

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Against the ground truth
-- MAGIC Only on corpora that keep it (the synthetic one): how the actions line up with the injected flips and
-- MAGIC coin-labelled near-ties. Flip precision = flipped pairs that were injected flips.

-- COMMAND ----------

SELECT c.action, p.meta['flipped'] AS injected_flip, p.meta['ambiguous'] AS injected_near_tie, count(*) AS pairs
FROM pairs_clean c JOIN pairs p USING (pair_id)
GROUP BY c.action, p.meta['flipped'], p.meta['ambiguous']
ORDER BY c.action, injected_flip, injected_near_tie

-- COMMAND ----------

-- Flipped pairs, as trained on now (chosen and rejected already swapped) with the original label.
SELECT c.pair_id, c.reason, c.chosen AS now_chosen, p.chosen AS originally_chosen
FROM pairs_clean c JOIN pairs p USING (pair_id)
WHERE c.action = 'flip'
LIMIT 10
