#!/usr/bin/env bash
# A Spark standalone cluster on this machine: one master and two workers on loopback, each worker launching its own
# executor JVMs. Try the cluster path on a laptop:
#   deploy/local-cluster.sh up
#   deploy/submit-standalone.sh pipeline --lake /tmp/rewardlake-cluster/lake
#   deploy/local-cluster.sh down
# The SPARK_HOME is assembled from the Spark jars Maven resolved (cluster/target/spark-home/jars, built on first use
# by 'mvn -B -q -DskipTests package -pl cluster -am'); nothing is downloaded by this script and nothing is installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="${LOCAL_CLUSTER_DIR:-$ROOT/target/local-cluster}"
SPARK_HOME_DIR="$ROOT/cluster/target/spark-home"
MASTER_PORT="${SPARK_MASTER_PORT:-7077}"
MASTER_UI_PORT="${SPARK_MASTER_WEBUI_PORT:-8080}"
WORKERS="${WORKERS:-2}"
WORKER_CORES="${WORKER_CORES:-1}"
WORKER_MEMORY="${WORKER_MEMORY:-2g}"
START_TIMEOUT="${START_TIMEOUT:-90}"
SCALA_VERSION="2.12"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") up|down|status
  up      assemble the SPARK_HOME if needed, start a master and $WORKERS workers, wait until every worker is ALIVE
  down    stop every process 'up' started (executors included); safe to run twice
  status  the processes and the workers the master knows
Environment (defaults in brackets):
  LOCAL_CLUSTER_DIR        pid files, logs and worker dirs [$ROOT/target/local-cluster]
  SPARK_MASTER_PORT        master RPC port [7077]; the master URL is spark://127.0.0.1:PORT
  SPARK_MASTER_WEBUI_PORT  master web UI and JSON status [8080]; workers take the ports above it
  WORKERS, WORKER_CORES, WORKER_MEMORY   workers and each one's executor slots [2, 1, 2g]
  LOCAL_CLUSTER_WATCH_PID  stop the cluster by itself when this process exits (used by the tests)
USAGE
}

log() { echo "local-cluster: $*" >&2; }

master_url() { echo "spark://127.0.0.1:$MASTER_PORT"; }

# The SPARK_HOME a worker needs to launch executors: jars/, a RELEASE file (which tells Spark's launcher to read jars/
# instead of a source build's folders) and bin/spark-class, spark-submit for users.
assemble_spark_home() {
  if [[ ! -d "$SPARK_HOME_DIR/jars" ]]; then
    log "building the SPARK_HOME jars (mvn -pl cluster -am package, once)"
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl cluster -am) >&2
  fi
  local version
  version="$(cd "$SPARK_HOME_DIR/jars" && ls spark-core_"$SCALA_VERSION"-*.jar | sed 's/^spark-core_[0-9.]*-//; s/\.jar$//')"
  echo "Spark $version built for Hadoop 3 (assembled by RewardLake from the Maven Central artifacts)" \
    > "$SPARK_HOME_DIR/RELEASE"
  mkdir -p "$SPARK_HOME_DIR/bin" "$SPARK_HOME_DIR/conf"
  cp "$ROOT/deploy/lib/spark-class" "$SPARK_HOME_DIR/bin/spark-class"
  printf '#!/usr/bin/env bash\nexec "$(dirname "$0")/spark-class" org.apache.spark.deploy.SparkSubmit "$@"\n' \
    > "$SPARK_HOME_DIR/bin/spark-submit"
  chmod +x "$SPARK_HOME_DIR/bin/spark-class" "$SPARK_HOME_DIR/bin/spark-submit"
  # Warnings and errors only, on stderr, for the daemons, the executors and client-mode drivers alike.
  cp "$ROOT/conf/log4j2-local.properties" "$SPARK_HOME_DIR/conf/log4j2.properties"
}

# Starts "$@" in its own session (so 'down' can stop it and its children as a group), logging to $1's log file.
start() {
  local name="$1"; shift
  SPARK_HOME="$SPARK_HOME_DIR" SPARK_SCALA_VERSION="$SCALA_VERSION" SPARK_LOCAL_IP=127.0.0.1 \
    setsid "$SPARK_HOME_DIR/bin/spark-class" "$@" > "$CLUSTER_DIR/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$CLUSTER_DIR/pids/$name.pid"
}

alive_workers() {
  curl -fsS "http://127.0.0.1:$MASTER_UI_PORT/json/" 2>/dev/null | grep -o '"state" *: *"ALIVE"' | wc -l || true
}

up() {
  if [[ -n "$(running)" ]]; then
    log "already up ($(master_url)); run '$(basename "$0") down' first"
    exit 1
  fi
  assemble_spark_home
  mkdir -p "$CLUSTER_DIR/logs" "$CLUSTER_DIR/pids" "$CLUSTER_DIR/work"
  start master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$MASTER_PORT" \
    --webui-port "$MASTER_UI_PORT"
  for i in $(seq 1 "$WORKERS"); do
    start "worker-$i" org.apache.spark.deploy.worker.Worker "$(master_url)" --host 127.0.0.1 \
      --webui-port $((MASTER_UI_PORT + i)) --cores "$WORKER_CORES" --memory "$WORKER_MEMORY" \
      --work-dir "$CLUSTER_DIR/work/worker-$i"
  done
  local waited=0
  until [[ "$(alive_workers)" -ge "$WORKERS" ]]; do
    local exited
    exited="$(comm -23 <(printf '%s\n' master $(seq -f 'worker-%g' 1 "$WORKERS") | sort) <(running | sort))"
    if [[ -n "$exited" ]]; then
      log "$(echo $exited) exited while starting; the end of its log:"
      tail -n 15 "$CLUSTER_DIR/logs/$(echo "$exited" | head -n 1).log" >&2
      down
      exit 1
    fi
    if [[ $waited -ge $START_TIMEOUT ]]; then
      log "the master saw $(alive_workers) of $WORKERS workers after ${START_TIMEOUT}s; logs in $CLUSTER_DIR/logs"
      down
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  if [[ -n "${LOCAL_CLUSTER_WATCH_PID:-}" ]]; then
    # A watchdog in its own session: when the watched process dies (a killed build), the cluster goes down with it.
    setsid bash -c "while kill -0 $LOCAL_CLUSTER_WATCH_PID 2>/dev/null; do sleep 2; done; \"$0\" down" \
      > "$CLUSTER_DIR/logs/watchdog.log" 2>&1 < /dev/null &
    echo $! > "$CLUSTER_DIR/watchdog.pid"
  fi
  log "up in ${waited}s: master $(master_url), UI http://127.0.0.1:$MASTER_UI_PORT, $WORKERS workers"
  echo "export SPARK_HOME=$SPARK_HOME_DIR SPARK_MASTER_URL=$(master_url)"
}

running() {
  local pid_file
  for pid_file in "$CLUSTER_DIR"/pids/*.pid; do
    [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null && echo "$(basename "$pid_file" .pid)"
  done
  return 0
}

down() {
  local pid_file pid
  for pid_file in "$CLUSTER_DIR"/pids/*.pid; do
    [[ -f "$pid_file" ]] || continue
    pid="$(cat "$pid_file")"
    # The whole session: the daemon and the executor JVMs a worker launched.
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for _ in $(seq 1 20); do
    [[ -z "$(running)" ]] && break
    sleep 0.5
  done
  for pid_file in "$CLUSTER_DIR"/pids/*.pid; do
    [[ -f "$pid_file" ]] || continue
    kill -KILL -- "-$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
  done
  if [[ -f "$CLUSTER_DIR/watchdog.pid" ]]; then
    local watchdog
    watchdog="$(cat "$CLUSTER_DIR/watchdog.pid")"
    rm -f "$CLUSTER_DIR/watchdog.pid"
    [[ "$watchdog" != "$$" && "$watchdog" != "$PPID" ]] && kill "$watchdog" 2>/dev/null || true
  fi
  log "down"
}

status() {
  local names
  names="$(running | tr '\n' ' ')"
  if [[ -z "$names" ]]; then
    echo "down"
    return 3
  fi
  echo "up: $names(master $(master_url), $(alive_workers) workers ALIVE, UI http://127.0.0.1:$MASTER_UI_PORT)"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  -h|--help) usage ;;
  *) usage; exit 2 ;;
esac
