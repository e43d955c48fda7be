// Search quality on the realistic corpus: recall, top-1 precision and bytes transferred per query, for the site's own
// search (templates/assets/search.js, run under node on the built index) and, when it is installed, for Pagefind over
// the same built site.
//
//   node tests/benchmarks/search-quality.mjs --generator PATH/staticsite [--articles 10000] [--queries 300]
//        [--work /tmp/search-quality] [--corpus-script ../shared/bench/make-corpus.py] [--pagefind DIR] [--seed 7]
//
// It makes the corpus (--realistic --languages en,ko, kept in --work between runs), builds it with --generator, then
// samples words from the article bodies: for English a random word of a random English article ("common": weighted
// by how often words are used) and a random word used in at most two articles ("rare"); for Korean the same with
// Hangul words as written, particle and all. The articles that contain a word are read from the Markdown sources
// (title, summary and body, without URLs and HTML tags; English as whole words ignoring case, Korean as a substring).
// Recall is the share of those articles the search returns (full and partial matches), top-1 precision the share of
// queries whose first result contains the word, bytes what a fresh page fetches for the query and its first page of
// five results (the page shows five at a time; facets load when asked for). --pagefind names a folder with node_modules/pagefind (npm install pagefind); Pagefind's own script
// then runs under node against a local HTTP server. It measures; it asserts nothing.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { join, dirname, relative, extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1] && !all[i + 1].startsWith("--") ? all[i + 1] : "true"]] : pairs, []));
const articles = Number(args.articles ?? 10000);
const queries = Number(args.queries ?? 300);
const work = args.work ?? "/tmp/search-quality";
const corpusScript = args["corpus-script"] ?? join(root, "..", "shared", "bench", "make-corpus.py");
const content = join(work, `corpus-${articles}`);
const site = join(work, `site-${articles}`);
let seed = Number(args.seed ?? 7);
function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function pick(list) { return list[Math.floor(random() * list.length)]; }

if (!args.generator) throw new Error("--generator PATH (the staticsite binary) is required");
if (!existsSync(content)) execFileSync("python3", [corpusScript, "--articles", String(articles), "--realistic", "--languages", "en,ko", "--out", content], { stdio: "inherit" });
mkdirSync(work, { recursive: true });
execFileSync(args.generator, ["build", "--content", content, "--templates", join(root, "templates"), "--output", site, "--quiet"], { stdio: "inherit" });

// The corpus: each article's language, URL and searchable text.
const STOP = new Set("a an and are as at be been but by for from had has have he her his in is it its of on or she that the their there they this to was were which who will with".split(" "));
function files(dir) { return readdirSync(dir).flatMap((f) => statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]); }
const base = /base_url:\s*(\S+)/.exec(readFileSync(join(content, "site.yml"), "utf8"))[1].replace(/^https?:\/\/[^/]+/, "");
const docs = files(join(content, "articles")).filter((f) => f.endsWith(".md")).map((file) => {
  const text = readFileSync(file, "utf8");
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const field = (name) => (new RegExp(`^${name}: "?(.*?)"?$`, "m").exec(front) || [])[1] || "";
  const language = field("language") || "en";
  const slug = field("slug") || file.split("/").pop().replace(/\.md$/, "");
  const prose = [field("title"), field("summary"), body].join("\n").replace(/https?:\/\/\S+/g, " ").replace(/<[^>]*>/g, "").replace(/\]\([^)]*\)/g, "] ");
  const clean = body.replace(/https?:\/\/\S+/g, " ").replace(/<[^>]*>/g, "").replace(/\]\([^)]*\)/g, "] ");
  return { language, url: `${base}${language === "en" ? "" : language + "/"}articles/${slug}/`, prose, lower: prose.toLowerCase(), clean };
});

function englishWords(text) { return (text.toLowerCase().match(/[a-z]+/g) || []).filter((w) => w.length >= 3 && !STOP.has(w)); }
function koreanWords(text) { return (text.match(/[\uAC00-\uD7A3]+/g) || []).filter((w) => w.length >= 2); }
function contains(doc, word, korean) {
  if (korean) return doc.prose.includes(word);
  return new RegExp(`(^|[^a-z0-9])${word}([^a-z0-9]|$)`).test(doc.lower);
}

function sample(language, korean) {
  const pool = docs.filter((d) => d.language === language);
  const wordsOf = (d) => korean ? koreanWords(d.clean) : englishWords(d.clean);
  const df = new Map();
  for (const d of pool) for (const w of new Set(wordsOf(d))) df.set(w, (df.get(w) || 0) + 1);
  const rare = Array.from(df.entries()).filter((e) => e[1] <= 2).map((e) => e[0]).sort();
  const common = [];
  while (common.length < queries) {
    const words = wordsOf(pick(pool));
    if (words.length) common.push(pick(words));
  }
  const rareSample = Array.from({ length: Math.min(queries, rare.length) }, () => pick(rare));
  return { pool, sets: [["common", common], ["rare", rareSample]] };
}

// The site's own search: a fresh searcher per query (nothing cached), counting the bytes of every file it reads.
vm.runInThisContext(readFileSync(join(root, "templates", "assets", "search.js"), "utf8"));
// Bytes fetched per language and kind of index file (meta, t = term shards, f = fragments, docs), summed over every
// query, and the number of queries per language, for the breakdown printed at the end.
const kinds = new Map();
const queryCounts = new Map();
async function ours(folder, query, language) {
  let bytes = 0;
  queryCounts.set(language, (queryCounts.get(language) || 0) + 1);
  const searcher = globalThis.StaticSiteSearch.createSearcher(async (name) => {
    const data = readFileSync(join(folder, name));
    bytes += data.length;
    const kind = `${language} ${name.split(/[/.]/)[0]}`;
    kinds.set(kind, (kinds.get(kind) || 0) + data.length);
    return data;
  });
  const found = await searcher.search(query, {});
  const page = await searcher.results(found, 0, 5);
  const urls = found.matches.length ? await urlsOf(folder, found.matches.map((m) => m.doc)) : [];
  return { urls, first: page.length ? page[0].url : null, bytes };
}
const fragmentUrls = new Map();
async function urlsOf(folder, list) {
  return list.map((doc) => {
    const key = folder + doc;
    if (!fragmentUrls.has(key)) {
      const bytes = readFileSync(join(folder, "f", `${doc}.bin`));
      fragmentUrls.set(key, JSON.parse(require("node:zlib").gunzipSync(bytes).toString("utf8")).u);
    }
    return fragmentUrls.get(key);
  });
}
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

// Pagefind over the same site, through its own script, served over HTTP from this process.
async function pagefindSearcher() {
  const dir = args.pagefind;
  if (!dir) return null;
  const bin = join(dir, "node_modules", ".bin", "pagefind");
  if (!existsSync(bin)) { console.log(`pagefind is not installed in ${dir}: npm install pagefind`); return null; }
  const started = Date.now();
  execFileSync(bin, ["--site", site, "--output-subdir", "pagefind", "--quiet"], { stdio: "inherit" });
  console.log(`pagefind indexed the site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let bytes = 0;
  const server = createServer((req, res) => {
    const path = join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!existsSync(path) || statSync(path).isDirectory()) { res.writeHead(404); res.end(); return; }
    const data = readFileSync(path);
    bytes += data.length;
    // A fresh connection per request: a kept-alive socket the server times out just as the client reuses it resets.
    res.writeHead(200, {
      "content-type": extname(path) === ".wasm" ? "application/wasm" : "application/octet-stream",
      connection: "close",
    });
    res.end(data);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    close: () => server.close(),
    async search(query, language) {
      bytes = 0;
      // Pagefind picks the index of the page's language from <html lang>; under node there is no page, so it is
      // given one, or it would search the English index for Korean words.
      globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
      const module = await import(pathToFileURL(join(site, "pagefind", "pagefind.js")).href + `?fresh=${Math.random()}`);
      await module.options({ basePath: `${origin}/pagefind/`, baseUrl: base });
      const found = await module.search(query, { filters: {} });
      const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      const transferred = bytes;
      const all = [];
      for (let i = 0; i < found.results.length; i += 50) all.push(...await Promise.all(found.results.slice(i, i + 50).map((r) => r.data())));
      const urls = all.map((d) => d.url.replace(/index\.html$/, "")).filter((u) => u.includes(language === "en" ? "/articles/" : `/${language}/articles/`) && (language !== "en" || !u.includes("/ko/")));
      // Each query imports Pagefind afresh (its first-query transfer); unloading it keeps node's heap bounded.
      await module.destroy?.();
      delete globalThis.document;
      return { urls, first: data.length ? data[0].url.replace(/index\.html$/, "") : null, bytes: transferred };
    },
  };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

async function measure(name, run, language, korean, words, pool) {
  let recallSum = 0, top1 = 0;
  const bytes = [];
  for (const word of words) {
    const truth = new Set(pool.filter((d) => contains(d, word, korean)).map((d) => d.url));
    if (truth.size === 0) continue;
    const r = await run(word, language);
    const returned = new Set(r.urls);
    recallSum += Array.from(truth).filter((u) => returned.has(u)).length / truth.size;
    if (r.first && truth.has(r.first.replace(/^https?:\/\/[^/]+/, ""))) top1++;
    bytes.push(r.bytes);
  }
  const b = stats(bytes);
  return `| ${name} | ${language} | ${bytes.length} | ${(100 * recallSum / bytes.length).toFixed(1)} % | ${(100 * top1 / bytes.length).toFixed(1)} % | ${(b.mean / 1024).toFixed(1)} | ${(b.median / 1024).toFixed(1)} | ${(b.p95 / 1024).toFixed(1)} | ${(b.max / 1024).toFixed(1)} |`;
}

const pagefind = await pagefindSearcher();
const rows = [];
for (const [language, korean] of [["en", false], ["ko", true]]) {
  const { pool, sets } = sample(language, korean);
  const folder = join(site, language === "en" ? "" : language, "search");
  for (const [kind, words] of sets) {
    rows.push(await measure(`ours, ${kind} words`, (q, l) => ours(folder, q, l), language, korean, words, pool));
    if (pagefind) rows.push(await measure(`Pagefind, ${kind} words`, (q, l) => pagefind.search(q, l), language, korean, words, pool));
  }
}
pagefind?.close();
console.log(`\n${articles} realistic articles (en,ko); queries sampled with seed ${args.seed ?? 7}\n`);
console.log("| search | language | queries | recall | top-1 precision | KB per query (mean) | median | p95 | max |");
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
for (const row of rows) console.log(row);
console.log("\nOur bytes per query by file (KB, mean over every query of the language):");
for (const [kind, total] of [...kinds.entries()].sort()) {
  console.log(`  ${kind}: ${(total / 1024 / queryCounts.get(kind.split(" ")[0])).toFixed(1)}`);
}
