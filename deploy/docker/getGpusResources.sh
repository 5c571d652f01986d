#!/usr/bin/env bash
# Spark GPU discovery script (spark.executor.resource.gpu.discoveryScript): prints the GPUs this executor may use
# as Spark's ResourceInformation JSON, e.g. {"name": "gpu", "addresses": ["0", "1"]}. Reads nvidia-smi, which the
# NVIDIA container runtime (Kubernetes) or the node's driver install (YARN) provides.
set -euo pipefail
addresses=$(nvidia-smi --query-gpu=index --format=csv,noheader | paste -sd, - | sed 's/,/","/g')
echo "{\"name\": \"gpu\", \"addresses\": [\"$addresses\"]}"
