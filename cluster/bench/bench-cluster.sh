#!/usr/bin/env bash
# Benchmark: the same train and vote on the local 2-worker standalone cluster (deploy/local-cluster.sh, client mode)
# and on embedded Spark (bin/rewardlake --master local[2]) on the same machine, alternating, in one run; prints each
# run's wall time and the job's own stage time, and the cluster/embedded ratio of the medians.
#   cluster/bench/bench-cluster.sh [--pairs 100000] [--runs 3] [--lake /tmp/rewardlake-bench-cluster]
# Needs 'mvn -B -DskipTests package' first (cluster jar, SPARK_HOME jars). Starts the cluster if it is not up and
# stops it again at the end if it started it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAIRS=100000
RUNS=3
LAKE=/tmp/rewardlake-bench-cluster
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pairs) PAIRS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --lake) LAKE="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-cluster: unknown option $1 (--help)" >&2; exit 2 ;;
  esac
done
LOGS="$LAKE-logs"
mkdir -p "$LOGS"

if [[ ! -d "$LAKE/pairs" ]]; then
  echo "preparing $PAIRS synthetic pairs in $LAKE (embedded synth + ingest, not timed)" >&2
  "$ROOT/bin/rewardlake" pipeline --lake "$LAKE" --set synth.pairs="$PAIRS" --set pipeline.stages=synth,ingest \
    --set pipeline.report=false > "$LOGS/prepare.log" 2>&1
fi
STARTED=0
if ! "$ROOT/deploy/local-cluster.sh" status > /dev/null; then
  "$ROOT/deploy/local-cluster.sh" up > /dev/null
  STARTED=1
fi
trap '[[ $STARTED == 1 ]] && "$ROOT/deploy/local-cluster.sh" down > /dev/null' EXIT

# Runs one job, prints "<wall seconds> <the job's own seconds>"; the log is kept in $LOGS.
timed() {
  local where="$1" job="$2" log="$LOGS/$1-$2-$3.log" start end own
  shift 3
  start=$(date +%s.%N)
  if [[ "$where" == cluster ]]; then
    "$ROOT/deploy/submit-standalone.sh" "$job" --lake "$LAKE" "$@" > "$log" 2>&1
  else
    "$ROOT/bin/rewardlake" "$job" --master 'local[2]' --lake "$LAKE" "$@" > "$log" 2>&1
  fi
  end=$(date +%s.%N)
  case "$job" in
    train) own=$(grep -o 'total [0-9.]* s' "$log" | tail -n 1 | grep -o '[0-9.]*') ;;
    vote) own=$(grep -o 'strength rows in [0-9.]* s' "$log" | tail -n 1 | grep -o '[0-9.]*' | tail -n 1) ;;
  esac
  echo "$(echo "$end - $start" | bc) ${own:-?}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-6s %-9s %4s %10s %10s\n' job where run "wall s" "job s"
for job in train vote; do
  : > "$LOGS/$job.cluster"; : > "$LOGS/$job.embedded"
  for run in $(seq 1 "$RUNS"); do
    for where in embedded cluster; do
      read -r wall own < <(timed "$where" "$job" "$run")
      printf '%-6s %-9s %4d %10.1f %10s\n' "$job" "$where" "$run" "$wall" "$own"
      echo "$wall $own" >> "$LOGS/$job.$where"
    done
  done
done
echo
printf '%-6s %14s %14s %8s %16s %16s %8s\n' job "embedded wall" "cluster wall" ratio "embedded job s" "cluster job s" ratio
for job in train vote; do
  ew=$(cut -d' ' -f1 "$LOGS/$job.embedded" | median); cw=$(cut -d' ' -f1 "$LOGS/$job.cluster" | median)
  ej=$(cut -d' ' -f2 "$LOGS/$job.embedded" | median); cj=$(cut -d' ' -f2 "$LOGS/$job.cluster" | median)
  printf '%-6s %14.1f %14.1f %8.2f %16.1f %16.1f %8.2f\n' "$job" "$ew" "$cw" "$(echo "$cw / $ew" | bc -l)" \
    "$ej" "$cj" "$(echo "$cj / $ej" | bc -l)"
done
echo "($PAIRS pairs, median of $RUNS runs each, logs in $LOGS)"
