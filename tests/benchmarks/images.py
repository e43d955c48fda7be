#!/usr/bin/env python3
"""Image benchmark: what photographs cost a build, against the same site without them.

    python3 tests/benchmarks/images.py [--photos 500] [--articles 1000] [--runs 2] [--work /dev/shm/staticsite-images]

Makes a corpus of --articles articles (../shared/bench/make-corpus.py), a copy of it whose articles each use one of
--photos generated photographs (2400x1600 JPEG with EXIF GPS, made with SkiaSharp, the generator's image library, by
tests/benchmarks/MakePhotos), publishes the Native AOT binary, then runs, interleaved (plain, photos, plain, ...):
  clean      rm -rf output + cache, then build (every variant encoded)
  no-change  build again with nothing changed
  one-edit   change one article's title, then build (every photograph hashed, none encoded)
and prints median wall time, CPU (user+sys) and peak memory of each, and the CPU per published variant of the clean
build with photographs (its extra CPU over the plain site divided by the variants it wrote). It measures; it asserts
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


def add_photos(corpus, photos, count):
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
    ap.add_argument("--work", default="/dev/shm/staticsite-images")
    a = ap.parse_args()

    shutil.rmtree(PUBLISHED, ignore_errors=True)
    subprocess.run(PUBLISH["native"], check=True, capture_output=True)
    os.makedirs(a.work, exist_ok=True)
    sites = {}
    for kind in ("plain", "photos"):
        corpus = os.path.join(a.work, f"{kind}-corpus")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, CORPUS_SCRIPT, "--articles", str(a.articles), "--out", corpus], check=True, capture_output=True)
            if kind == "photos":
                add_photos(corpus, a.photos, a.photos)
        sites[kind] = (corpus, os.path.join(a.work, f"{kind}-out"), os.path.join(a.work, f".{kind}-out.cache"))

    results = {(kind, measure): [] for kind in sites for measure in ("clean", "no-change", "one-edit")}
    for run in range(a.runs):
        for kind, (corpus, output, cache) in sites.items():
            build = f"'{BINARY}' build --content '{corpus}' --output '{output}' --templates '{os.path.join(ROOT, 'templates')}' --quiet"
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
        ratio = medians[("photos", measure)][0] / medians[("plain", measure)][0]
        print(f"{measure}: photos/plain wall = {ratio:.2f}")
    print(f"(Native AOT binary; medians of {a.runs} interleaved runs on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
