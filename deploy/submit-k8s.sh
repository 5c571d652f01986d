#!/usr/bin/env bash
# Submit a RewardLake job to Kubernetes with GPU executor pods and the RAPIDS Accelerator, from our image
# (deploy/docker/Dockerfile), which holds the app jar, Delta, RAPIDS, conf/ and the GPU pod template.
#   K8S_MASTER=k8s://https://api.example:6443 deploy/submit-k8s.sh pipeline --config /opt/rewardlake/conf/pipeline-cluster.yaml
# Paths given to the job (--config) are paths inside the image (or on shared storage), not on this host.
set -euo pipefail
DEFAULT_PROFILE="k8s-gpu"
ENV_HELP=$'\n  K8S_MASTER  k8s://https://<api-server>:<port> (required unless --dry-run)\n  IMAGE       container image (default: spark.kubernetes.container.image of the profile)'
# shellcheck source=deploy/lib/submit-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/submit-common.sh"
parse_args "$@"

IMAGE_HOME="/opt/rewardlake"
APP_JAR="local://$IMAGE_HOME/jars/rewardlake-jobs-cluster.jar"
JARS="local://$IMAGE_HOME/jars/delta-spark_2.12-$DELTA_VERSION.jar,local://$IMAGE_HOME/jars/delta-storage-$DELTA_VERSION.jar"
JARS="$JARS,local:///opt/sparkRapidsPlugin/rapids-4-spark_2.12-$RAPIDS_VERSION.jar"
if [[ "$DRY_RUN" != "1" && -z "${K8S_MASTER:-}" ]]; then
  echo "$(basename "$0"): set K8S_MASTER=k8s://https://<api-server>:<port>" >&2
  exit 2
fi
MASTER="${K8S_MASTER:-k8s://https://kubernetes.default.svc:443}"
IMAGE_CONF=()
[[ -n "${IMAGE:-}" ]] && IMAGE_CONF=(--conf "spark.kubernetes.container.image=$IMAGE")

CMD=("$(spark_submit_binary)" --master "$MASTER" --deploy-mode cluster --name "rewardlake-${JOB_ARGS[0]}"
  --class "$MAIN_CLASS" --properties-file "$PROPERTIES" --jars "$JARS"
  "${IMAGE_CONF[@]}" "${EXTRA_CONF[@]}" "$APP_JAR" "${JOB_ARGS[@]}")
run_or_print
