#!/usr/bin/env bash
# Submit a RewardLake job to YARN with GPU executors and the RAPIDS Accelerator.
#   deploy/submit-yarn.sh --dry-run pipeline --config conf/pipeline-cluster.yaml --lake hdfs:///rewardlake/lake
# Ships the cluster jar (mvn -B -DskipTests package) and the RAPIDS jar; Delta comes with --packages. A --config
# file is shipped with --files and named by its base name, which is where the YARN driver finds it.
set -euo pipefail
DEFAULT_PROFILE="yarn-gpu"
ENV_HELP=$'\n  REWARDLAKE_JAR  app jar (default jobs/target/rewardlake-jobs-<version>-cluster.jar)\n  RAPIDS_JAR      RAPIDS jar on the submitting host (default /opt/sparkRapidsPlugin/rapids-4-spark_2.12-<version>.jar)'
# shellcheck source=deploy/lib/submit-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/submit-common.sh"
parse_args "$@"

APP_JAR="${REWARDLAKE_JAR:-$REWARDLAKE_ROOT/jobs/target/rewardlake-jobs-$REWARDLAKE_VERSION-cluster.jar}"
RAPIDS_JAR="${RAPIDS_JAR:-/opt/sparkRapidsPlugin/rapids-4-spark_2.12-$RAPIDS_VERSION.jar}"

# In cluster mode the driver runs on a NodeManager: ship the YAML config and refer to it by base name.
FILES=()
for i in "${!JOB_ARGS[@]}"; do
  if [[ "${JOB_ARGS[$i]}" == "--config" && $((i + 1)) -lt ${#JOB_ARGS[@]} ]]; then
    FILES=(--files "${JOB_ARGS[$((i + 1))]}")
    JOB_ARGS[$((i + 1))]="$(basename "${JOB_ARGS[$((i + 1))]}")"
  fi
done

CMD=("$(spark_submit_binary)" --master yarn --deploy-mode cluster --name "rewardlake-${JOB_ARGS[0]}"
  --class "$MAIN_CLASS" --properties-file "$PROPERTIES"
  --packages "io.delta:delta-spark_2.12:$DELTA_VERSION" --jars "$RAPIDS_JAR"
  "${FILES[@]}" "${EXTRA_CONF[@]}" "$APP_JAR" "${JOB_ARGS[@]}")
if [[ "$DRY_RUN" != "1" && ! -f "$APP_JAR" ]]; then
  echo "$(basename "$0"): $APP_JAR not found; build it with 'mvn -B -DskipTests package'" >&2
  exit 1
fi
run_or_print
