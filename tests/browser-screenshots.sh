#!/usr/bin/env bash
# Builds a site (the seed content/ unless CONTENT is set), serves it on 127.0.0.1 and takes screenshots of
# each page kind at 390 px and 1280 px wide, light and dark, with Debian's Chromium, into
# tests/Browser/screenshots/ (git-ignored). Look at them before changing templates/. Korean text needs a
# Korean font on this machine (such as Debian's fonts-nanum or fonts-noto-cjk), or it shows as boxes.
#   bash tests/browser-screenshots.sh                # the seed site
#   CONTENT=/tmp/corpus bash tests/browser-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
content=${CONTENT:-content}
port=${PORT:-8765}
out=tests/Browser/screenshots
chromium=/usr/bin/chromium
[ -x "$chromium" ] || { echo "$chromium is missing: apt-get install -y chromium" >&2; exit 2; }

site=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$site"; }
trap cleanup EXIT

dotnet run --project generator -- build --quiet --content "$content" --output "$site/out" --cache "$site/cache" --base-url "http://127.0.0.1:$port/"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site/out" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

# One page of each kind that this site has: the first article, source, topic and translator it links to.
first() { grep -o "href=\"/$1/[^\"/]*/\"" "$site/out/$2" | head -1 | sed 's/^href="\/\(.*\)"$/\1/'; }
pages=("home|" "search|search/" "sources|sources/" "topics|topics/" "translators|translators/" "not-found|404.html")
pages+=("article|$(first articles index.html)" "source|$(first sources sources/index.html)" "topic|$(first topics topics/index.html)" "translator|$(first translators translators/index.html)")
pages+=("search-results|search/?q=wedding+video")
[ -f "$site/out/page/2/index.html" ] && pages+=("home-page-2|page/2/")
[ -f "$site/out/ko/index.html" ] && pages+=("korean-home|ko/" "korean-article|$(first ko/articles ko/index.html)")

rm -rf "$out" && mkdir -p "$out"
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  for width in 390 1280; do
    for scheme in light dark; do
      flags=()
      [ "$scheme" = dark ] && flags+=(--force-dark-mode --blink-settings=preferredColorScheme=0)
      "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --virtual-time-budget=5000 "${flags[@]}" \
        --window-size="$width,$([ "$width" = 390 ] && echo 2200 || echo 1600)" \
        --screenshot="$out/$name-$width-$scheme.png" "http://127.0.0.1:$port/$path" >/dev/null 2>&1
    done
  done
  echo "$out/$name-*.png  (/$path)"
done
