// Runs templates/assets/search.js (the script the search page uses) against an index folder written by the generator
// and prints one result per line: url<TAB>title. Usage: node search-test.mjs <index folder> <query>
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const [folder, query] = process.argv.slice(2);
const script = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates", "assets", "search.js");
vm.runInThisContext(readFileSync(script, "utf8"), { filename: script });
const searcher = globalThis.StaticSiteSearch.createSearcher(async (name) => JSON.parse(readFileSync(join(folder, name), "utf8")));
const found = await searcher.search(query, 20);
for (const r of found.results) console.log(`${r.url}\t${r.title}`);
