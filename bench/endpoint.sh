#!/usr/bin/env bash
# The local Step Functions endpoint under a client load, beside moto's server as the peer. All listen on 127.0.0.1
# only; the same Java driver (bench/.../EndpointLoad) sends the same AWS JSON 1.0 requests to each in turn: a warm-up,
# then EXECUTIONS x (StartExecution + DescribeExecution) of a short Pass/Choice/Succeed workflow from THREADS clients.
# moto runs twice: "moto-exec" with its execute_state_machine setting (LocalStack's ASL interpreter) and "moto" as it
# comes (executions recorded, not run). moto 5.2.1's interpreter starts only the first execution of a server process:
# every later StartExecution deep-copies the backend through StateMachine.backend, reaches the first execution's
# lock and answers 500 (TypeError: cannot pickle '_thread.RLock'); its line shows that as errors. The ratio is taken
# against plain moto, which answers every call but runs nothing (so it is the cheaper side of the comparison).
# Prints one JSON line per endpoint and the ratios.
# usage: bench/endpoint.sh     env: EXECUTIONS (default 2000), THREADS (8), WARMUP (200), SKIP_BUILD=1
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
EXECUTIONS=${EXECUTIONS:-2000}
THREADS=${THREADS:-8}
WARMUP=${WARMUP:-200}
out="$root/bench/target/endpoint"
mkdir -p "$out"
command -v moto_server >/dev/null || { echo "endpoint.sh: moto_server is not installed (pip install 'moto[server]')" >&2; exit 2; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  (cd "$root" && mvn -B -q -o -pl bench,cli -am package -DskipTests)
fi
NO_LOG=(-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=WARN)
# This worktree's modules first, whatever stepwise jars the shared ~/.m2 holds.
deps() { tr ':' '\n' < "$1" | grep -v '/stepwise-[a-z]*-[^/]*\.jar$' | paste -sd: -; }
modules() { local dir; for dir in "$@"; do printf '%s:' "$root/$dir/target/classes"; done; }
cp_bench="$(modules bench runtime asl annotations)$(deps "$root/bench/target/classpath.txt")"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
wait_for() { # port
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "endpoint.sh: nothing listens on 127.0.0.1:$1" >&2; exit 1
}

ours_port=$(free_port)
"$root/stepwise" serve --port "$ours_port" > "$out/stepwise.log" 2>&1 &
pids+=($!)
moto_port=$(free_port)
moto_server -H 127.0.0.1 -p "$moto_port" > "$out/moto.log" 2>&1 &
pids+=($!)
exec_port=$(free_port)
moto_server -H 127.0.0.1 -p "$exec_port" > "$out/moto-exec.log" 2>&1 &
pids+=($!)
wait_for "$ours_port"
wait_for "$moto_port"
wait_for "$exec_port"
curl -sf -X POST "http://127.0.0.1:$exec_port/moto-api/config" \
  -d '{"stepfunctions": {"execute_state_machine": true}}' > /dev/null

echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -Xmx256m "${NO_LOG[@]}" -cp "$cp_bench" dev.stepwise.bench.EndpointLoad --executions "$EXECUTIONS" \
  --threads "$THREADS" --warmup "$WARMUP" "stepwise=http://127.0.0.1:$ours_port/" "moto=http://127.0.0.1:$moto_port/" \
  "moto-exec=http://127.0.0.1:$exec_port/" \
  | tee "$out/results.jsonl"
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/results.jsonl" <<'PY'
import json, sys
rows = {r["endpoint"]: r for r in map(json.loads, open(sys.argv[1]))}
ours, peer, moto_exec = rows["stepwise"], rows["moto"], rows["moto-exec"]
print("requests/s stepwise=%.1f moto=%.1f ratio=%.2fx (errors: stepwise=%d moto=%d)" % (ours["requestsPerSecond"],
      peer["requestsPerSecond"], ours["requestsPerSecond"] / peer["requestsPerSecond"], ours["errors"], peer["errors"]))
for k in ("p50", "p90", "p99", "max"):
    print("latency %s ms stepwise=%.2f moto=%.2f ratio=%.2fx" % (k, ours["allMs"][k], peer["allMs"][k],
          peer["allMs"][k] / ours["allMs"][k]))
print("executions ended when described: stepwise=%d/%d moto=%d (moto records, never runs)" % (ours["endedWhenDescribed"],
      ours["executions"], peer["endedWhenDescribed"]))
print("moto-exec (execute_state_machine): %d of %d executions failed to start (%s)" % (moto_exec["errors"],
      moto_exec["executions"], moto_exec.get("firstError", "")[:60]))
PY
