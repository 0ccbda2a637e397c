#!/usr/bin/env bash
# Runs our local runtime and the peer (aws-local-stepfunctions 3.0.0 on Node 22) on the same shared workloads in one
# sitting, then cold start and the annotation processor's compile cost. Prints:
#   <workload> ours=<n> peer=<n> ratio=<n>      throughput, higher is better
#   memory <workload> ours=<MB> peer=<MB>        peak RSS of the whole process (/usr/bin/time -v), lower is better
#   choice-loop flatness, cold start, processor overhead
# usage: bench/compare.sh          env: REPS (processes per workload and side, default 3), ITERATIONS (measured units
#   per process, default 11), WARMUP (seconds, default 3), BENCH_DIR (default: $STEPWISE_SHARED/bench, else the
#   first shared/bench beside the checkout or beside a folder above it),
#   PEER_DIR (default ~/.cache/stepwise-peer), SKIP_BUILD=1, SKIP_PEER=1 (reuse the peer's last summary.json),
#   SECTIONS (default "throughput flatness cold suite processor")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# The shared material, found as the tests find it (SharedMaterial): STEPWISE_SHARED, else a 'shared' folder beside
# the checkout or beside any folder above it (a worktree sits one level deeper than the main checkout).
find_bench_dir() {
  if [ -n "${STEPWISE_SHARED:-}" ]; then echo "$STEPWISE_SHARED/bench"; return; fi
  local dir=$root
  while [ "$dir" != / ]; do
    if [ -d "$dir/shared/bench/defs" ]; then echo "$dir/shared/bench"; return; fi
    dir=$(dirname "$dir")
  done
  echo "compare.sh: no shared/bench beside the checkout or above it; set BENCH_DIR or STEPWISE_SHARED" >&2
  exit 2
}
BENCH_DIR=${BENCH_DIR:-$(find_bench_dir)}
PEER_DIR=${PEER_DIR:-$HOME/.cache/stepwise-peer}
REPS=${REPS:-3}
ITERATIONS=${ITERATIONS:-11}
WARMUP=${WARMUP:-3}
WORKLOADS=(pass-chain choice-loop map-fanout-c40 task-retry)
SECTIONS=${SECTIONS:-throughput flatness cold suite processor}
want() { [[ " $SECTIONS " == *" $1 "* ]]; }
out="$root/bench/target/compare"
mkdir -p "$out"

# The heap the workloads need (the 10,000-item Map is the largest) and no more: peak RSS is part of the comparison.
JAVA_OPTS=(-XX:+UseSerialGC -Xms16m -Xmx64m -XX:ReservedCodeCacheSize=32m -XX:CICompilerCount=2 -Xss512k)
# The runtime logs through SLF4J; with no binding on the classpath, silence its start-up notice as ./stepwise does.
NO_LOG=(-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=WARN)
JAVA_OPTS+=("${NO_LOG[@]}")

if [ "${SKIP_BUILD:-}" != 1 ]; then
  (cd "$root" && mvn -B -q -o -pl bench,cli,samples -am package -DskipTests)
fi
# This worktree's modules first, whatever stepwise jars the local Maven repository holds.
deps() { tr ':' '\n' < "$1" | grep -v '/stepwise-[a-z]*-[^/]*\.jar$' | paste -sd: -; }
modules() { local dir; for dir in "$@"; do printf '%s:' "$root/$dir/target/classes"; done; }
cp_bench="$(modules bench runtime asl annotations)$(deps "$root/bench/target/classpath.txt")"
bench() { java "${JAVA_OPTS[@]}" -cp "$cp_bench" dev.stepwise.bench.BenchMain "$BENCH_DIR" "$@"; }
ms_now() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
load() { echo "  load: $(uptime | sed 's/.*load average/load average/')"; }
# The jars of the runtime (an application class-data-sharing archive takes classes from jars only, not folders).
cp_jars="$root/bench/target/stepwise-bench-0.1.0-SNAPSHOT.jar:$root/runtime/target/stepwise-runtime-0.1.0-SNAPSHOT.jar:$root/asl/target/stepwise-asl-0.1.0-SNAPSHOT.jar"
cp_jars="$cp_jars:$root/annotations/target/stepwise-annotations-0.1.0-SNAPSHOT.jar:$(deps "$root/bench/target/classpath.txt")"

if want throughput; then
echo "== correctness: outputs against $BENCH_DIR/expected, entered states against the meta files"
for w in "${WORKLOADS[@]}"; do
  java -Xmx1g "${NO_LOG[@]}" -cp "$cp_bench" dev.stepwise.bench.BenchMain "$BENCH_DIR" "$w" --count-transitions
done

echo "== ours: ${#WORKLOADS[@]} workloads x $REPS processes (warm-up ${WARMUP}s, $ITERATIONS measured units each)"
load
: > "$out/ours.jsonl"
for w in "${WORKLOADS[@]}"; do
  for r in $(seq 1 "$REPS"); do
    /usr/bin/time -v -o "$out/time.txt" java "${JAVA_OPTS[@]}" -cp "$cp_bench" dev.stepwise.bench.BenchMain \
      "$BENCH_DIR" "$w" --warmup-seconds "$WARMUP" --iterations "$ITERATIONS" > "$out/run.txt"
    rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$out/time.txt")
    line=$(grep '^{' "$out/run.txt")
    echo "${line%\}},\"rep\":$r,\"maxRssKB\":$rss}" | tee -a "$out/ours.jsonl"
  done
done

echo "== ours, first unit with a class archive: the module jars and an archive dumped by one earlier run of the"
echo "   workload, as ./stepwise maps the archive it writes on its first run ($REPS processes, first unit only)"
: > "$out/ours-cds.jsonl"
for w in "${WORKLOADS[@]}"; do
  rm -f "$out/cds-$w.jsa"
  # dumped interpreted: JDK 17 archives a method queued for compilation at exit as never to be compiled (JDK-8306460)
  java "${JAVA_OPTS[@]}" -Xint -XX:ArchiveClassesAtExit="$out/cds-$w.jsa" -cp "$cp_jars" dev.stepwise.bench.BenchMain \
    "$BENCH_DIR" "$w" --warmup-seconds 0 --iterations 1 > /dev/null 2>&1
  for r in $(seq 1 "$REPS"); do
    java "${JAVA_OPTS[@]}" -XX:SharedArchiveFile="$out/cds-$w.jsa" -cp "$cp_jars" dev.stepwise.bench.BenchMain \
      "$BENCH_DIR" "$w" --warmup-seconds 0 --iterations 1 | grep '^{' | tee -a "$out/ours-cds.jsonl"
  done
done

echo "== the hand-written limit: $BENCH_DIR/limit/PassChainByHand.java, same JVM flags, $REPS processes"
jackson=$(tr ':' '\n' < "$root/bench/target/classpath.txt" | grep '/jackson-' | paste -sd: -)
rm -rf "$out/limit" && mkdir -p "$out/limit"
javac -d "$out/limit" -cp "$jackson" "$BENCH_DIR/limit/PassChainByHand.java"
: > "$out/limit.jsonl"
for r in $(seq 1 "$REPS"); do
  java "${JAVA_OPTS[@]}" -cp "$out/limit:$jackson" PassChainByHand "$BENCH_DIR" | tee -a "$out/limit.jsonl"
done

if [ "${SKIP_PEER:-}" != 1 ]; then
  echo "== peer: $BENCH_DIR/peer/run.sh"
  load
  REPS=$REPS PEER_DIR=$PEER_DIR "$BENCH_DIR/peer/run.sh" "${WORKLOADS[@]}" | tee "$out/peer.txt"
fi

echo
echo "== throughput (ours: median over processes of the warm median; peer: median over its processes) and memory"
java -cp "$cp_bench" dev.stepwise.bench.CompareReport "$out/ours.jsonl" "$PEER_DIR/summary.json" \
  "$out/ours-cds.jsonl"
field_median() { grep -o "\"$1\":[0-9.]*" | cut -d: -f2 | median; }
ours_pc=$(grep '"workload":"pass-chain"' "$out/ours.jsonl" | field_median transitionsPerSec)
byhand=$(field_median transitionsPerSec < "$out/limit.jsonl")
awk -v o="$ours_pc" -v h="$byhand" -v reps="$REPS" 'BEGIN { r = o / h; printf "limit pass-chain ours=%d byhand=%d ratio=%.2f target>=0.50 %s  (transitions/s, warm, medians of %s processes each)\n", o, h, r, (r >= 0.5 ? "met" : "MISSED"), reps }'
echo "  load: $(uptime | sed 's/.*load average/load average/')"
fi

if want flatness; then
echo
echo "== choice-loop without history: 100,000 vs 1,000,000 iterations (time should grow ~10x, memory stay flat)"
for limit in 100000 1000000; do
  /usr/bin/time -v -o "$out/time.txt" java "${JAVA_OPTS[@]}" -cp "$cp_bench" dev.stepwise.bench.BenchMain \
    "$BENCH_DIR" choice-loop --limit "$limit" --warmup-seconds 2 --iterations 3 > "$out/run.txt"
  rss=$(awk -F': ' '/Maximum resident set size/{print int($2/1024)}' "$out/time.txt")
  ms=$(grep -o '"runMsMedian":[0-9.]*' "$out/run.txt" | cut -d: -f2)
  echo "choice-loop limit=$limit runMs=$ms peakRss=${rss}MB"
done
fi

if want cold; then
echo
echo "== cold start: load and run a small definition once (choice-loop, limit 10), wall time, median of 5"
load
def="$BENCH_DIR/defs/choice-loop.asl.json"
small='{"limit":10}'
# Both sides print the final output with i = 10: compact from local-sfn, pretty-printed (`"i" : 10`) from ours.
ran_to_ten() { grep -Eq '"?i"? *: *10' "$@"; }
# `stepwise run` as users run it: its first run writes the script's class archive (untimed here), the later ones map
# it; and once more without the archive (STEPWISE_CDS=0).
ours_cmd=("$root/stepwise" run "$def" --input "$small")
"${ours_cmd[@]}" | ran_to_ten || { echo "cold start: ./stepwise run did not run choice-loop" >&2; exit 1; }
peer_cmd=(env PATH="$PEER_DIR/node_modules/.bin:$PATH" local-sfn -f "$def")
for side in ours nocds peer; do
  for r in 1 2 3 4 5; do
    start=$(ms_now)
    case $side in
      ours) "${ours_cmd[@]}" > "$out/cold.txt" ;;
      nocds) STEPWISE_CDS=0 "${ours_cmd[@]}" > "$out/cold.txt" ;;
      peer) echo "$small" | "${peer_cmd[@]}" > "$out/cold.txt" ;;  # local-sfn reads stdin when it is no terminal
    esac
    echo $(( $(ms_now) - start ))
  done | median > "$out/cold-$side.txt"
  ran_to_ten "$out/cold.txt" || { echo "cold start ($side) printed: $(cat "$out/cold.txt")" >&2; exit 1; }
done
echo "cold-start ours=$(cat "$out/cold-ours.txt")ms ours-without-archive=$(cat "$out/cold-nocds.txt")ms peer=$(cat "$out/cold-peer.txt")ms"
echo "  (ours: ./stepwise run with the class archive it writes on its first run; peer: local-sfn)"
fi

if want suite; then
echo
echo "== test suite: the 50 cases of bench/suite/cases.json (JUnit-style: one workflow run once with mocks, then its"
echo "   assertions), each side in one fresh process, wall time from launch to exit, median of 5"
load
defs="$root/samples/target/classes/META-INF/stepwise"
cases="$root/bench/suite/cases.json"
cp "$root/bench/suite/peer-suite.mjs" "$PEER_DIR/suite.mjs"
# The stepwise script's JVM flags for short runs. The archive line makes and maps a class archive as the script does
# (a first run writes it, later runs map it; classes from jars only).
suite_flags=(-Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${NO_LOG[@]}")
rm -f "$out/suite.jsa"
java -Xint -XX:ArchiveClassesAtExit="$out/suite.jsa" "${suite_flags[@]}" -cp "$cp_jars" dev.stepwise.bench.SuiteRun \
  "$cases" "$defs" > /dev/null 2>&1
for side in ours cds peer; do
  for r in 1 2 3 4 5; do
    start=$(ms_now)
    case $side in
      ours) java "${suite_flags[@]}" -cp "$cp_jars" dev.stepwise.bench.SuiteRun "$cases" "$defs" > "$out/suite.txt" ;;
      cds) java -XX:SharedArchiveFile="$out/suite.jsa" "${suite_flags[@]}" -cp "$cp_jars" dev.stepwise.bench.SuiteRun \
        "$cases" "$defs" > "$out/suite.txt" ;;
      peer) (cd "$PEER_DIR" && node_modules/.bin/node suite.mjs "$cases" "$defs") > "$out/suite.txt" ;;
    esac
    echo $(( $(ms_now) - start ))
    grep -q '"failed":0' "$out/suite.txt" || { echo "suite ($side) failed: $(cat "$out/suite.txt")" >&2; exit 1; }
  done | median > "$out/suite-$side.txt"
done
awk -v o="$(cat "$out/suite-ours.txt")" -v c="$(cat "$out/suite-cds.txt")" -v p="$(cat "$out/suite-peer.txt")" 'BEGIN {
  printf "suite ours=%dms peer=%dms ratio=%.2f target>=3.00 %s  (peer wall time over ours: 50 cases, fresh process each side)\n", o, p, p / o, (p / o >= 3 ? "met" : "MISSED")
  printf "suite ours+AppCDS=%dms peer=%dms ratio=%.2f target>=3.00 %s  (the same from jars with a class archive dumped by a first run, as ./stepwise makes its own; surefire on JDK 17 cannot, see bench/README.md)\n", c, p, p / c, (p / c >= 3 ? "met" : "MISSED") }'
fi

if want processor; then
echo
echo "== processor cost: javac on N generated workflows of 10 states, with the processor and with -proc:none; the"
echo "   anchor: AutoValue $(basename "$(tr ':' '\n' < "$root/bench/target/autovalue-classpath.txt" | grep '/auto-value-[0-9]')" .jar) on N classes of ten properties and a builder, one per file"
echo "   (CPU time user+sys of javac, median of 3, the modes interleaved: wall time swings too much on a shared machine)"
echo "  load: $(uptime | sed 's/.*load average/load average/')"
cpu_ms() { /usr/bin/time -f '%U %S' -o "$out/cpu.txt" "$@"; awk '{printf "%d\n", ($1 + $2) * 1000}' "$out/cpu.txt"; }
cp_proc="$(modules processor asl annotations)$(deps "$root/bench/target/processor-classpath.txt")"
autovalue_cp=$(cat "$root/bench/target/autovalue-classpath.txt")
autovalue_processor=$(tr ':' '\n' <<< "$autovalue_cp" | grep '/auto-value-[0-9]')
autovalue_annotations=$(tr ':' '\n' <<< "$autovalue_cp" | grep '/auto-value-annotations-')
for n in 50 200; do
  gen="$out/gen-$n"
  rm -rf "$gen" && mkdir -p "$gen/src" "$gen/av"
  java -cp "$cp_bench" dev.stepwise.bench.WorkflowSources "$gen/src" "$n"
  java -cp "$cp_bench" dev.stepwise.bench.AutoValueSources "$gen/av" "$n"
  sources=("$gen"/src/bench/generated/*.java)
  av_sources=("$gen"/av/bench/autovalue/*.java)
  for r in 1 2 3; do
    for mode in without with replay floor av-without av-with; do
      case $mode in
        without) flags=(-proc:none -cp "$cp_proc") ;;
        with) flags=(-cp "$cp_proc") ;;
        # our outputs of the run just before, copied by a processor that does nothing else (ReplayProcessor): what
        # javac charges for those bytes, the least any processor writing them can cost
        replay) flags=(-cp "$cp_proc" -processorpath "$root/bench/target/classes"
          -processor dev.stepwise.bench.ReplayProcessor "-Astepwise.replay=$gen/out-with") ;;
        # the least a processor writing records can do (FloorProcessor): what javac charges for the round itself
        floor) flags=(-cp "$cp_proc" -processorpath "$root/bench/target/classes" -processor dev.stepwise.bench.FloorProcessor) ;;
        av-without) flags=(-proc:none -cp "$autovalue_annotations") ;;
        av-with) flags=(-cp "$autovalue_annotations" -processorpath "$autovalue_processor") ;;
      esac
      rm -rf "$gen/out-$mode" && mkdir -p "$gen/out-$mode"
      if [[ $mode == av-* ]]; then files=("${av_sources[@]}"); else files=("${sources[@]}"); fi
      cpu_ms javac "${flags[@]}" -d "$gen/out-$mode" "${files[@]}" >> "$gen/$mode.runs"
    done
  done
  for mode in without with replay floor av-without av-with; do median < "$gen/$mode.runs" > "$gen/$mode.txt"; done
  diff -r -q "$gen/out-with" "$gen/out-replay" > /dev/null \
    || { echo "processor N=$n: the replayed outputs differ from the processor's" >&2; exit 1; }
  asl=$(find "$gen/out-with" -name '*.asl.json' | wc -l)
  generated_av=$(find "$gen/out-av-with" -name 'AutoValue_*Builder.class' | wc -l)
  [ "$asl" = "$n" ] && [ "$generated_av" = "$n" ] \
    || { echo "processor N=$n: $asl definitions and $generated_av AutoValue builders written, expected $n" >&2; exit 1; }
  awk -v n="$n" -v w="$(cat "$gen/with.txt")" -v wo="$(cat "$gen/without.txt")" -v floor="$(cat "$gen/floor.txt")" \
      -v replay="$(cat "$gen/replay.txt")" \
      -v aw="$(cat "$gen/av-with.txt")" -v awo="$(cat "$gen/av-without.txt")" 'BEGIN {
    ours = (w - wo) / n; av = (aw - awo) / n; r = ours / av
    printf "processor N=%d ours=%.1fms-per-workflow autovalue=%.1fms-per-class ratio=%.2f target<=0.50%s  (CPU of javac with the processor minus -proc:none, per generated unit)\n",
      n, ours, av, r, n == 200 ? (r <= 0.5 ? " met" : " MISSED") : " (target at N=200)"
    printf "  ours: javac=%dms -proc:none=%dms overhead=%.0f%%; autovalue: javac=%dms -proc:none=%dms overhead=%.0f%%\n",
      w, wo, 100 * (w - wo) / wo, aw, awo, 100 * (aw - awo) / awo
    printf "  floor: a processor writing one empty record per workflow (FloorProcessor) %.1fms per workflow\n", (floor - wo) / n
    printf "  bound: our outputs written by a processor that does nothing else (ReplayProcessor) %.1fms per workflow ratio=%.2f: the least these bytes cost\n",
      (replay - wo) / n, (replay - wo) / n / av }'
done
load
fi
