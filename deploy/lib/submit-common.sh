# Shared by submit-yarn.sh, submit-k8s.sh and submit-standalone.sh (sourced, not run). Builds the spark-submit command in the array CMD.
# Wrapper options come first; the first word that is not a wrapper option is the RewardLake job, and it and every
# word after it are passed to the job unchanged (bin/rewardlake <job> --help lists them).

REWARDLAKE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REWARDLAKE_VERSION="0.1.0-SNAPSHOT"
DELTA_VERSION="3.3.2"
RAPIDS_VERSION="25.04.0"
MAIN_CLASS="io.rewardlake.jobs.Main"

DRY_RUN=0
PROFILE=""
JOB_ARGS=()
EXTRA_CONF=()

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") [--dry-run] [--profile NAME] [--conf KEY=VALUE]... JOB [JOB OPTIONS]
  --dry-run        print the spark-submit command (shell-quoted, one line) and exit
  --profile NAME   Spark profile conf/spark-NAME.properties (default: $DEFAULT_PROFILE)
  --conf K=V       extra Spark setting (repeatable), after the profile's
  JOB ...          a RewardLake job and its options, e.g. pipeline --config conf/pipeline-cluster.yaml
Environment: SPARK_HOME (spark-submit from \$SPARK_HOME/bin, else from PATH)$ENV_HELP
USAGE
}

parse_args() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --dry-run) DRY_RUN=1; shift ;;
      --profile) PROFILE="${2:?--profile needs a name}"; shift 2 ;;
      --conf) EXTRA_CONF+=(--conf "${2:?--conf needs KEY=VALUE}"); shift 2 ;;
      -h|--help) usage; exit 0 ;;
      -*) echo "$(basename "$0"): unknown option $1" >&2; usage; exit 2 ;;
      *) JOB_ARGS=("$@"); break ;;
    esac
  done
  [[ ${#JOB_ARGS[@]} -gt 0 ]] || { echo "$(basename "$0"): no job given" >&2; usage; exit 2; }
  PROFILE="${PROFILE:-$DEFAULT_PROFILE}"
  PROPERTIES="$REWARDLAKE_ROOT/conf/spark-$PROFILE.properties"
  [[ -f "$PROPERTIES" ]] || { echo "$(basename "$0"): no profile $PROPERTIES" >&2; exit 2; }
}

spark_submit_binary() {
  if [[ -n "${SPARK_HOME:-}" ]]; then echo "$SPARK_HOME/bin/spark-submit"; else echo "spark-submit"; fi
}

# One word for a shell: as it is when it is safe, else in single quotes.
quote() {
  if [[ "$1" =~ ^[A-Za-z0-9_./:=,@%+-]+$ ]]; then printf '%s' "$1"; else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}

# Prints CMD shell-quoted on one line (dry run) or runs it.
run_or_print() {
  if [[ "$DRY_RUN" == "1" ]]; then
    local out=() word
    for word in "${CMD[@]}"; do out+=("$(quote "$word")"); done
    echo "${out[*]}"
    exit 0
  fi
  command -v "${CMD[0]}" >/dev/null || { echo "$(basename "$0"): ${CMD[0]} not found; set SPARK_HOME" >&2; exit 1; }
  exec "${CMD[@]}"
}
