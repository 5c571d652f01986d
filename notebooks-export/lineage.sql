-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Lineage: Delta history and time travel
-- MAGIC Every RewardLake write is one Delta commit whose `userMetadata` is JSON: `run_id`, `job`, `config_hash`,
-- MAGIC `rewardlake_version`, `input_files` and `input_tables` (the versions of the tables it read). Every row also
-- MAGIC carries `run_id`. So a row leads to its run, its config and the exact input versions.

-- COMMAND ----------

-- MAGIC %md
-- MAGIC **How to run.** Queries name the lake's tables by their own names (`pairs`, `strength`, ...) and take the
-- MAGIC ensemble as the named parameter `:ensemble`.
-- MAGIC - Anywhere RewardLake runs: `bin/rewardlake sql -f notebooks-export/lineage.sql --lake /path/to/lake`
-- MAGIC   (add `--param ensemble=ID` for an ensemble other than `main`).
-- MAGIC - Databricks: register the lake's tables in a schema once (docs/notebooks.md lists the statements), choose that
-- MAGIC   schema as the notebook's default, and fill in the `ensemble` widget the parameter creates.

-- COMMAND ----------

DESCRIBE HISTORY pairs_clean LIMIT 10

-- COMMAND ----------

DESCRIBE HISTORY strength LIMIT 10

-- COMMAND ----------

-- Which runs wrote the current rows.
SELECT run_id, policy_id, count(*) AS pairs
FROM pairs_clean
GROUP BY run_id, policy_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Time travel
-- MAGIC Version 0 of a table is its creation from the contract (empty); version 1 its first write. Pick versions from
-- MAGIC the history above to compare two runs of the same stage.

-- COMMAND ----------

SELECT 'version 1' AS snapshot, action, count(*) AS pairs
FROM pairs_clean VERSION AS OF 1
GROUP BY action
UNION ALL
SELECT 'current' AS snapshot, action, count(*) AS pairs
FROM pairs_clean
GROUP BY action
ORDER BY snapshot, action

-- COMMAND ----------

-- Pairs whose action changed between version 1 and now (empty after a single run).
SELECT cur.pair_id, prev.action AS action_then, cur.action AS action_now, cur.reason
FROM pairs_clean cur
JOIN pairs_clean VERSION AS OF 1 prev USING (pair_id)
WHERE cur.action <> prev.action
LIMIT 20
