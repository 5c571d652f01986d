"""RewardLake on Airflow: the pipeline's stages as spark-submit tasks on YARN (GPU executors, RAPIDS).

Install: copy this file into the DAGs folder; set REWARDLAKE_HOME on the workers to a RewardLake checkout (built with
`mvn -B -DskipTests package`, for the cluster jar) or an unpacked image layout; create the Spark connection
`spark_yarn` (host `yarn`). Needs apache-airflow-providers-apache-spark.

Parameters (Trigger DAG w/ config): `lake` (lake root), `ensemble` (the ensemble that is trained, votes and cleans)
and `judge` (the RLAIF judge of the `label` task: ensemble, or http with judge.* in the pipeline config and the API
key from the environment variable judge.api_key_env or the file judge.api_key_file, never an argument).

Retries are safe: every RewardLake job is idempotent. `ingest` runs in merge mode (pipeline-cluster.yaml) and adds
only pairs not yet in the lake; `train` replaces the ensemble's rows in `models` (a new model directory per run);
`vote`, `clean` and `reward` replace their rows in one Delta commit each, so a task killed half-way leaves the
previous table version and its retry starts from the same inputs; `report` rewrites one file.
"""

import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models.param import Param
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

REWARDLAKE_HOME = os.environ.get("REWARDLAKE_HOME", "/opt/rewardlake")
MAIN_CLASS = "io.rewardlake.jobs.Main"
APP_JAR = f"{REWARDLAKE_HOME}/jobs/target/rewardlake-jobs-0.1.0-SNAPSHOT-cluster.jar"
PROFILE = f"{REWARDLAKE_HOME}/conf/spark-yarn-gpu.properties"
PIPELINE_CONFIG = f"{REWARDLAKE_HOME}/conf/pipeline-cluster.yaml"
DELTA_PACKAGE = "io.delta:delta-spark_2.12:3.3.2"
RAPIDS_JAR = "/opt/sparkRapidsPlugin/rapids-4-spark_2.12-25.04.0.jar"

# Options every task passes: the lake from the run's parameters and the cluster pipeline config, shipped with
# --files, so the driver on a NodeManager reads it from its working directory.
COMMON_ARGS = ["--lake", "{{ params.lake }}", "--config", "pipeline-cluster.yaml"]

# The stages in pipeline order: (task id, RewardLake job and its options). DeployFilesTest checks every job and
# option here against the CLI.
STAGES = [
    ("ingest", ["ingest"]),
    ("train", ["train", "--ensemble", "{{ params.ensemble }}"]),
    ("vote", ["vote", "--ensemble", "{{ params.ensemble }}"]),
    ("label", ["label", "--judge", "{{ params.judge }}", "--ensemble", "{{ params.ensemble }}"]),
    ("clean", ["clean", "--ensemble", "{{ params.ensemble }}"]),
    ("retrain", ["train", "--input", "pairs_clean", "--ensemble", "cleaned"]),
    ("reward", ["reward", "--ensemble", "cleaned"]),
    ("report", ["report", "--ensemble", "{{ params.ensemble }}"]),
]


def spark_profile(path):
    """The Spark profile (a properties file) as SparkSubmitOperator's conf dict; comments and blanks skipped."""
    conf = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                line = line.strip()
                if line and not line.startswith("#") and "=" in line:
                    key, value = line.split("=", 1)
                    conf[key.strip()] = value.strip()
    return conf


with DAG(
    dag_id="rewardlake",
    description="RewardLake: ingest, train, vote, clean, retrain, reward, report",
    start_date=datetime(2026, 1, 1),
    schedule=None,
    catchup=False,
    max_active_runs=1,
    params={
        "lake": Param("hdfs:///rewardlake/lake", type="string", description="lake root (any Hadoop path)"),
        "ensemble": Param("main", type="string", description="ensemble that is trained, votes and cleans"),
        "judge": Param("ensemble", type="string", description="RLAIF judge of the label task: ensemble or http"),
    },
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=5),
        "retry_exponential_backoff": True,
        "execution_timeout": timedelta(hours=12),
    },
    tags=["rewardlake", "spark", "gpu"],
) as dag:
    previous = None
    for task_id, job_args in STAGES:
        task = SparkSubmitOperator(
            task_id=task_id,
            conn_id="spark_yarn",
            application=APP_JAR,
            java_class=MAIN_CLASS,
            name=f"rewardlake-{task_id}",
            conf=spark_profile(PROFILE),
            packages=DELTA_PACKAGE,
            jars=RAPIDS_JAR,
            files=PIPELINE_CONFIG,
            application_args=job_args + COMMON_ARGS,
        )
        if previous is not None:
            previous >> task
        previous = task
