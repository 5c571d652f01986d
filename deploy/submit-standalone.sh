#!/usr/bin/env bash
# Submit a RewardLake job to a Spark standalone master (deploy/local-cluster.sh starts one on this machine).
#   deploy/submit-standalone.sh pipeline --lake /tmp/rewardlake-cluster/lake
#   DEPLOY_MODE=cluster deploy/submit-standalone.sh vote --lake /shared/lake
# Ships the cluster jar (mvn -B -DskipTests package). Delta goes with --jars from cluster/target/delta-jars (resolved
# by the same build), else with --packages, as on any cluster with access to Maven Central.
set -euo pipefail
DEFAULT_PROFILE="standalone"
ENV_HELP=$'\n  SPARK_MASTER_URL  spark://HOST:PORT (default spark://127.0.0.1:7077, deploy/local-cluster.sh)\n  DEPLOY_MODE       client (the driver runs here, default) or cluster (on a worker; paths must exist there)\n  REWARDLAKE_JAR    app jar (default jobs/target/rewardlake-jobs-<version>-cluster.jar)'
# shellcheck source=deploy/lib/submit-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/submit-common.sh"
parse_args "$@"

MASTER="${SPARK_MASTER_URL:-spark://127.0.0.1:7077}"
MODE="${DEPLOY_MODE:-client}"
[[ "$MODE" == "client" || "$MODE" == "cluster" ]] || { echo "$(basename "$0"): DEPLOY_MODE is client or cluster" >&2; exit 2; }
APP_JAR="${REWARDLAKE_JAR:-$REWARDLAKE_ROOT/jobs/target/rewardlake-jobs-$REWARDLAKE_VERSION-cluster.jar}"
if [[ -z "${SPARK_HOME:-}" && -d "$REWARDLAKE_ROOT/cluster/target/spark-home/bin" ]]; then
  export SPARK_HOME="$REWARDLAKE_ROOT/cluster/target/spark-home"
fi

DELTA=(--packages "io.delta:delta-spark_2.12:$DELTA_VERSION")
DELTA_DIR="$REWARDLAKE_ROOT/cluster/target/delta-jars"
if compgen -G "$DELTA_DIR/delta-*.jar" > /dev/null; then
  DELTA=(--jars "$(ls "$DELTA_DIR"/delta-*.jar | paste -sd, -)")
fi
# A master on loopback means executors on this machine: they reach the driver on loopback too.
LOOPBACK=()
if [[ "$MASTER" == spark://127.0.0.1:* || "$MASTER" == spark://localhost:* ]]; then
  LOOPBACK=(--conf spark.driver.host=127.0.0.1)
  export SPARK_LOCAL_IP=127.0.0.1
fi

# In cluster mode a worker starts the driver JVM itself, without the Java 17 module options Spark's launcher adds in
# client mode; without them the driver fails at start with IllegalAccessError (sun.nio.ch).
DRIVER_OPTIONS=()
if [[ "$MODE" == "cluster" ]]; then
  DRIVER_OPTIONS=(--driver-java-options "$(grep -v '^[[:space:]]*\(#\|$\)' "$REWARDLAKE_ROOT/conf/jvm-options" | paste -sd' ' -)")
  # Wait for the driver to end, as in client mode. Spark's standalone client exits 0 whatever the driver's end; the
  # driver's own output is in the worker's work dir (driver-*/stdout and stderr), its state in the master's UI.
  DRIVER_OPTIONS+=(--conf spark.standalone.submit.waitAppCompletion=true)
fi

CMD=("$(spark_submit_binary)" --master "$MASTER" --deploy-mode "$MODE" "${DRIVER_OPTIONS[@]}" --name "rewardlake-${JOB_ARGS[0]}"
  --class "$MAIN_CLASS" --properties-file "$PROPERTIES" "${DELTA[@]}" "${LOOPBACK[@]}"
  "${EXTRA_CONF[@]}" "$APP_JAR" "${JOB_ARGS[@]}")
if [[ "$DRY_RUN" != "1" && ! -f "$APP_JAR" ]]; then
  echo "$(basename "$0"): $APP_JAR not found; build it with 'mvn -B -DskipTests package'" >&2
  exit 1
fi
run_or_print
