#!/usr/bin/env bash
# Fuzzes one harness target with afl-fuzz for a given time, seeded with the committed corpus, then lists what crashed or hung.
# usage: tests/fuzz/run.sh <frontmatter|pipeline> [seconds=300]
# env:   FUZZ_WORK (default /tmp/staticsite-fuzz/<target>) holds the published harness, the AFL input copy and AFL's findings.
set -euo pipefail

target=${1:-}
seconds=${2:-300}
case "$target" in frontmatter|pipeline) ;; *) echo "usage: $0 <frontmatter|pipeline> [seconds]" >&2; exit 2 ;; esac

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${FUZZ_WORK:-/tmp/staticsite-fuzz/$target}
tools=${XDG_CACHE_HOME:-$HOME/.cache}/staticsite-fuzz/tools

if ! command -v afl-fuzz >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends afl++
  else
    echo "afl-fuzz not found: install AFL++ (Debian: apt-get install afl++)" >&2; exit 2
  fi
fi

sharpfuzz=$(command -v sharpfuzz || true)
if [ -z "$sharpfuzz" ]; then
  sharpfuzz=$tools/sharpfuzz
  [ -x "$sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --tool-path "$tools" >/dev/null
fi

rm -rf "$work" && mkdir -p "$work/in"
dotnet publish "$repo/tests/fuzz/Fuzz.csproj" -c Release -o "$work/bin" -nologo -v quiet
for assembly in staticsite.dll Markdig.dll YamlDotNet.dll; do
  "$sharpfuzz" "$work/bin/$assembly"
done
cp "$repo"/tests/Fixtures/fuzz-corpus/*.md "$work/in/"

# The harness is a .NET app host, not an AFL-compiled binary, and this may run in a container with a shared CPU.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export STATICSITE_TEMPLATES=$repo/templates
# One processor for the runtime: the build's parallel loops then race less on AFL's coverage map (pipeline stability 2% -> 12%).
export DOTNET_PROCESSOR_COUNT=${DOTNET_PROCESSOR_COUNT:-1}
afl-fuzz -i "$work/in" -o "$work/out" -t 10000 -m none -V "$seconds" -- "$work/bin/StaticSite.Fuzz" "$target" --afl > "$work/afl.log" 2>&1 || {
  tail -n 30 "$work/afl.log" >&2; exit 1
}

stats=$work/out/default/fuzzer_stats
grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time)' "$stats"
found=$(find "$work/out/default/crashes" "$work/out/default/hangs" -type f -name 'id:*' 2>/dev/null | sort)
if [ -z "$found" ]; then
  echo "no crashes or hangs"
else
  echo "$found"
  echo "replay one: dotnet run --project tests/fuzz -- $target --replay <file>" >&2
  exit 1
fi
