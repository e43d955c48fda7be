#!/usr/bin/env python3
"""Image benchmark: what photographs cost a build, against the same site without them.

    python3 tests/benchmarks/images.py [--photos 500] [--articles 1000] [--realistic] [--runs 2]
        [--work /dev/shm/staticsite-images] [--binary PATH]

Makes a corpus of --articles articles (../shared/bench/make-corpus.py, with --realistic prose if asked), a copy of it
whose articles each use one of --photos generated photographs (2400x1600 JPEG with EXIF GPS, made with SkiaSharp, the
generator's image library, by tests/benchmarks/MakePhotos; article n uses photo n mod --photos), both kept in --work
under names that say their size, publishes the Native AOT binary (or uses --binary, an already published one), then
runs, interleaved (plain, photos, plain, ...):
  clean      rm -rf output + cache, then build (every variant encoded)
  no-change  build again with nothing changed
  one-edit   change one article's title, then build (every photograph hashed, none encoded)
and prints median wall time, CPU (user+sys) and peak memory (the largest of the runs) of each; the CPU per published
variant of the clean build with photographs (its extra CPU over the plain site divided by the files it wrote to
media/_v/); and for the no-change and one-edit builds the photo site's wall time and CPU as a ratio of the plain
site's. On a machine others share, trust the CPU and the peak more than the wall time. It measures; it asserts
nothing.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import BINARY, CORPUS_SCRIPT, PUBLISH, PUBLISHED, ROOT, edit_one_article, timed  # noqa: E402


def add_photos(corpus, count):
    media = os.path.join(corpus, "media")
    subprocess.run(["dotnet", "run", "--project", os.path.join(ROOT, "tests", "benchmarks", "MakePhotos"), "-c", "Release",
                    "--", "--count", str(count), "--width", "2400", "--height", "1600", "--out", media],
                   check=True, capture_output=True)
    articles = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(corpus, "articles")) for f in fs if f.endswith(".md"))
    for n, path in enumerate(articles):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        block = (f"image:\n  src: /media/photo-{n % count + 1:04d}.jpg\n  alt: A generated street scene\n"
                 f"  caption: Photograph {n % count + 1}.\n  credit: Generated\n")
        text = re.sub(r"\n---\n", "\n" + block + "---\n", text, count=1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=500)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--realistic", action="store_true", help="make-corpus.py --realistic prose")
    ap.add_argument("--work", default="/dev/shm/staticsite-images")
    ap.add_argument("--binary", help="an already published generator binary (default: publish the Native AOT one)")
    a = ap.parse_args()

    binary = a.binary
    if binary is None:
        shutil.rmtree(PUBLISHED, ignore_errors=True)
        subprocess.run(PUBLISH["native"], check=True, capture_output=True)
        binary = BINARY
    os.makedirs(a.work, exist_ok=True)
    prose = "-realistic" if a.realistic else ""
    sites = {}
    for kind in ("plain", "photos"):
        name = f"{kind}-{a.articles}{prose}" + (f"-{a.photos}" if kind == "photos" else "")
        corpus = os.path.join(a.work, f"{name}-corpus")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, CORPUS_SCRIPT, "--articles", str(a.articles), "--out", corpus]
                           + (["--realistic"] if a.realistic else []), check=True, capture_output=True)
            if kind == "photos":
                add_photos(corpus, a.photos)
        sites[kind] = (corpus, os.path.join(a.work, f"{name}-out"), os.path.join(a.work, f".{name}-out.cache"))

    results = {(kind, measure): [] for kind in sites for measure in ("clean", "no-change", "one-edit")}
    for run in range(a.runs):
        for kind, (corpus, output, cache) in sites.items():
            build = f"'{binary}' build --content '{corpus}' --output '{output}' --templates '{os.path.join(ROOT, 'templates')}' --quiet"
            results[(kind, "clean")].append(timed(f"rm -rf '{output}' '{cache}' && {build}"))
            results[(kind, "no-change")].append(timed(build))
            edit_one_article(corpus, run)
            results[(kind, "one-edit")].append(timed(build))

    variants = sum(len(fs) for d, _, fs in os.walk(os.path.join(sites["photos"][1], "media", "_v")))
    print(f"{'site':<7} {'measure':<10} {'wall s':>7} {'cpu s':>7} {'peak MB':>8}")
    medians = {}
    for (kind, measure), runs in results.items():
        wall, cpu, peak = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), max(r[2] for r in runs)
        medians[(kind, measure)] = (wall, cpu, peak)
        print(f"{kind:<7} {measure:<10} {wall:>7.2f} {cpu:>7.2f} {peak:>8.0f}")
    extra = medians[("photos", "clean")][1] - medians[("plain", "clean")][1]
    print(f"{variants} variants of {a.photos} photographs (2400x1600) for {a.articles} articles: "
          f"{1000 * extra / max(variants, 1):.0f} ms CPU per published variant (extra clean-build CPU / variants)")
    for measure in ("no-change", "one-edit"):
        wall = medians[("photos", measure)][0] / medians[("plain", measure)][0]
        cpu = medians[("photos", measure)][1] / medians[("plain", measure)][1]
        print(f"{measure}: photos/plain wall = {wall:.2f}, cpu = {cpu:.2f}")
    print(f"({binary}; {'realistic' if a.realistic else 'default'} corpus; medians of {a.runs} interleaved runs "
          f"on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
