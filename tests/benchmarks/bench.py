#!/usr/bin/env python3
"""Build benchmarks for the generator: clean, no-change and one-edit builds against the copy floor.

    python3 tests/benchmarks/bench.py [--sizes 1000,10000] [--runs 3] [--work /tmp/staticsite-bench]

For each corpus size it makes a corpus with ../shared/bench/make-corpus.py (kept between runs),
publishes the generator in Release once (--binary native, the default: the Native AOT binary;
--binary readytorun: the JIT build with ReadyToRun code), then runs, in turn and --runs times each:
  clean     rm -rf output + cache, then build        (the removal is inside the timing)
  floor     rm -rf copy && cp -r output copy         (the time merely to write the same files)
  no-change build again with nothing changed
  one-edit  change one article's title, then build
and prints the median wall time with the range of the runs (the disk makes both the build and the floor
swing), the median CPU (user+sys), peak memory and pages, with each median wall time's
ratio to the floor. It measures; it asserts nothing.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PUBLISHED = os.path.join(ROOT, "generator", "bin", "publish")
BINARY = os.path.join(PUBLISHED, "staticsite")
# native: the Native AOT binary that `dotnet publish` makes (the project sets PublishAot; needs clang).
# readytorun: the framework-dependent JIT build with ReadyToRun code, for comparison.
PUBLISH = {
    "native": ["dotnet", "publish", os.path.join(ROOT, "generator"), "-c", "Release", "--use-current-runtime", "-o", PUBLISHED, "-v", "q", "-nologo"],
    "readytorun": ["dotnet", "publish", os.path.join(ROOT, "generator"), "-c", "Release", "--use-current-runtime", "--self-contained", "false",
                   "-p:PublishAot=false", "-p:PublishReadyToRun=true", "-o", PUBLISHED, "-v", "q", "-nologo"],
}
CORPUS_SCRIPT = os.path.join(os.path.dirname(ROOT), "shared", "bench", "make-corpus.py")


def timed(command, cwd=ROOT):
    """Runs a shell command under /usr/bin/time; returns (wall s, cpu s, peak MB, stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        done = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M", "sh", "-c", command],
                              cwd=cwd, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"command failed ({done.returncode}): {command}\n{done.stderr[-2000:]}")
        wall, user, system, peak_kb = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(peak_kb) / 1024, done.stdout


def pages_of(stdout):
    match = re.search(r"built (\d+) pages", stdout)
    return int(match.group(1)) if match else 0


def edit_one_article(corpus, run):
    articles = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(corpus, "articles")) for f in fs if f.endswith(".md"))
    path = articles[len(articles) // 2]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r'^title: "(.*?)( \(edit \d+\))?"$', lambda m: f'title: "{m.group(1)} (edit {run})"', text, count=1, flags=re.M)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "staticsite-bench"))
    ap.add_argument("--binary", choices=sorted(PUBLISH), default="native")
    a = ap.parse_args()

    shutil.rmtree(PUBLISHED, ignore_errors=True)
    subprocess.run(PUBLISH[a.binary], check=True, capture_output=True)
    os.makedirs(a.work, exist_ok=True)
    rows = []
    for size in [int(s) for s in a.sizes.split(",")]:
        corpus = os.path.join(a.work, f"corpus-{size}")
        output = os.path.join(a.work, f"out-{size}")
        cache = os.path.join(a.work, f".out-{size}.cache")
        copy = os.path.join(a.work, f"copy-{size}")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, CORPUS_SCRIPT, "--articles", str(size), "--out", corpus], check=True, capture_output=True)
        build = f"'{BINARY}' build --content '{corpus}' --output '{output}' --templates '{os.path.join(ROOT, 'templates')}'"
        results = {"clean": [], "floor": [], "no-change": [], "one-edit": []}
        for run in range(a.runs):
            results["clean"].append(timed(f"rm -rf '{output}' '{cache}' && {build}"))
            results["floor"].append(timed(f"rm -rf '{copy}' && cp -r '{output}' '{copy}'"))
            results["no-change"].append(timed(build))
            edit_one_article(corpus, run)
            results["one-edit"].append(timed(build))
        shutil.rmtree(copy, ignore_errors=True)
        floor = statistics.median(r[0] for r in results["floor"])
        for kind, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            spread = f"{min(r[0] for r in runs):.2f}-{max(r[0] for r in runs):.2f}"
            rows.append((size, kind, wall, spread, statistics.median(r[1] for r in runs), max(r[2] for r in runs),
                         pages_of(runs[-1][3]), wall / floor if floor > 0 else float("nan")))

    print(f"{'articles':>8}  {'measure':<10} {'wall s':>7} {'range s':>11} {'cpu s':>7} {'peak MB':>8} {'pages':>7} {'× floor':>8}")
    for size, kind, wall, spread, cpu, peak, pages, ratio in rows:
        print(f"{size:>8}  {kind:<10} {wall:>7.2f} {spread:>11} {cpu:>7.2f} {peak:>8.0f} {pages or '':>7} {ratio:>8.2f}")
    print(f"({a.binary} binary; medians of {a.runs} runs on {os.cpu_count()} cores; floor = rm -rf copy && cp -r output copy)")


if __name__ == "__main__":
    main()
