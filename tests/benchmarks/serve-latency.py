#!/usr/bin/env python3
"""Median edit-to-page time of `staticsite serve`.

    tests/benchmarks/serve-latency.py --articles 1000 [--runs 15] [--corpus-maker PATH] [--content DIR]

Makes a corpus of N articles (or uses --content), starts `serve` on a free loopback port
(published in Release with ReadyToRun), then, run after run: rewrites one article's title with a fresh marker and
polls that article's page over HTTP until the marker appears. Prints the median, the 90th
percentile and the extremes. Nothing outside the temporary corpus is written.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--content", help="an existing content folder (copied); default: make a corpus")
    ap.add_argument("--corpus-maker", default=os.environ.get("CORPUS_MAKER", "/work/shared/bench/make-corpus.py"))
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="serve-latency-")
    content = os.path.join(work, "content")
    try:
        if args.content:
            shutil.copytree(args.content, content)
        else:
            subprocess.run([sys.executable, args.corpus_maker, "--articles", str(args.articles), "--out", content],
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["dotnet", "publish", os.path.join(ROOT, "generator"), "-c", "Release", "--use-current-runtime", "--self-contained", "false",
                        "-p:PublishReadyToRun=true", "-o", os.path.join(ROOT, "generator", "bin", "publish"), "-v", "q", "-nologo"],
                       check=True, stdout=subprocess.DEVNULL)
        dll = os.path.join(ROOT, "generator", "bin", "publish", "staticsite.dll")
        server = subprocess.Popen(
            ["dotnet", dll, "serve", "--content", content, "--templates", os.path.join(ROOT, "templates"), "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            address = None
            for line in server.stdout:
                if line.startswith("built "):
                    print("initial " + line.strip())
                match = re.match(r"serving (\S+)", line)
                if match:
                    address = match.group(1)
                    break
            if address is None:
                sys.exit("serve did not start")
            times = measure(content, address, args.runs)
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    times.sort()
    p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
    print(f"articles={count_label(args)} runs={len(times)} median={statistics.median(times):.0f} ms "
          f"p90={p90:.0f} ms min={times[0]:.0f} ms max={times[-1]:.0f} ms")


def count_label(args):
    return "copied" if args.content else str(args.articles)


def articles(content):
    found = []
    for folder, _, files in os.walk(os.path.join(content, "articles")):
        for name in files:
            if name.endswith(".md"):
                found.append(os.path.join(folder, name))
    return sorted(found)


def slug_of(path, text):
    match = re.search(r"^slug:\s*(\S+)\s*$", text, re.M)
    return match.group(1) if match else os.path.splitext(os.path.basename(path))[0]


def measure(content, address, runs):
    files = [f for f in articles(content) if "\ndraft: true" not in open(f, encoding="utf-8").read()]
    step = max(1, len(files) // max(1, runs))
    times = []
    for run in range(runs):
        path = files[(run * step) % len(files)]
        text = open(path, encoding="utf-8").read()
        url = address + "articles/" + slug_of(path, text) + "/"
        marker = f"Latency probe {run} {time.time_ns()}"
        edited, count = re.subn(r"^title:.*$", f'title: "{marker}"', text, count=1, flags=re.M)
        if count != 1:
            continue
        start = time.perf_counter()
        with open(path, "w", encoding="utf-8") as out:
            out.write(edited)
        deadline = start + 60
        while True:
            with urllib.request.urlopen(url) as response:
                if marker in response.read().decode("utf-8"):
                    break
            if time.perf_counter() > deadline:
                sys.exit(f"the edit of {path} did not show at {url} within 60 s")
            time.sleep(0.002)
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.3)
    return times


if __name__ == "__main__":
    main()
