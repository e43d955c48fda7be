// Runs templates/assets/search.js (the script the search page uses) against an index folder written by the generator
// and prints one result per line: url<TAB>title, with <TAB>partial after a partial match, and, with --excerpt, the
// excerpt with [marked] words. Usage: node search-test.mjs <index folder> <query> [filters as JSON] [--excerpt]
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const args = process.argv.slice(2);
const showExcerpt = args.includes("--excerpt");
const [folder, query, filters] = args.filter((a) => a !== "--excerpt");
const script = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates", "assets", "search.js");
vm.runInThisContext(readFileSync(script, "utf8"), { filename: script });
const searcher = globalThis.StaticSiteSearch.createSearcher(async (name) => readFileSync(join(folder, name)));
const found = await searcher.search(query, { filters: filters ? JSON.parse(filters) : {} });
const results = await searcher.results(found, 0, 20);
for (const r of results) {
  let line = `${r.url}\t${r.title}${r.partial ? "\tpartial" : ""}`;
  if (showExcerpt) line += "\t" + r.excerpt.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");
  console.log(line);
}
