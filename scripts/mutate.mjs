// Mutation testing of src/, one area at a time (see stryker.config.mjs), then the score per folder.
//
//   node scripts/mutate.mjs [area ...]   every area by default
//   node scripts/mutate.mjs --report     only the table, from the last results
//
// Each area runs in batches of files. Every batch adds its results to the area's incremental file,
// so an interrupted run keeps what it measured and a rerun only tests mutants whose code or
// covering tests changed. A last, whole-area pass (nothing left to test) writes the HTML and JSON
// reports under reports/mutation/. The table counts only the files measured by the latest run of
// their area (reports/mutation/<area>.measured.json), and says how many of the area's files that is.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const AREAS = ["shared", "policies", "routing", "cli", "sla"];
const BATCH_LINES = 1200;
const args = process.argv.slice(2);
const reportOnly = args.includes("--report");
const chosen = args.filter((a) => a !== "--report");
for (const area of chosen) if (!AREAS.includes(area)) throw new Error(`unknown area ${area}; areas: ${AREAS.join(", ")}`);
const areas = chosen.length > 0 ? chosen : AREAS;

function sourceFiles(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
    })
    .sort();
}

function batches(files) {
  const out = [];
  let current = [];
  let lines = 0;
  for (const file of files) {
    const count = readFileSync(file, "utf8").split("\n").length;
    if (current.length > 0 && lines + count > BATCH_LINES) {
      out.push(current);
      current = [];
      lines = 0;
    }
    current.push(file);
    lines += count;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function stryker(area, mutate) {
  const extra = mutate === undefined ? [] : ["--mutate", mutate.join(",")];
  const run = spawnSync("node_modules/.bin/stryker", ["run", "stryker.config.mjs", ...extra], { stdio: "inherit", env: { ...process.env, MUTATION_AREA: area } });
  if (run.status !== 0) {
    console.error(`stryker failed on src/${area}`);
    process.exit(1);
  }
}

const seconds = {};
if (!reportOnly) {
  for (const area of areas) {
    const started = Date.now();
    const parts = batches(sourceFiles(`src/${area}`));
    const measured = [];
    const measuredFile = `reports/mutation/${area}.measured.json`;
    writeFileSync(measuredFile, "[]");
    parts.forEach((files, index) => {
      console.log(`\n▶ src/${area}, batch ${index + 1} of ${parts.length}: ${files.map((f) => f.slice(`src/${area}/`.length)).join(", ")}`);
      stryker(area, files);
      measured.push(...files);
      writeFileSync(measuredFile, JSON.stringify(measured));
    });
    console.log(`\n▶ src/${area}: reports`);
    stryker(area);
    seconds[area] = Math.round((Date.now() - started) / 1000);
  }
}

// Stryker's score: detected (killed or timed out) over everything that could have been detected
// (adds survivors and mutants no test reaches); compile errors and ignored mutants do not count.
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const empty = () => ({ detected: 0, undetected: 0 });
const add = (a, b) => ({ detected: a.detected + b.detected, undetected: a.undetected + b.undetected });
const rows = [];
let total = empty();
for (const area of AREAS) {
  const file = `reports/mutation/${area}.incremental.json`;
  if (!existsSync(file)) continue;
  const measuredFile = `reports/mutation/${area}.measured.json`;
  const measured = new Set(existsSync(measuredFile) ? JSON.parse(readFileSync(measuredFile, "utf8")) : []);
  const sources = sourceFiles(`src/${area}`);
  const byFolder = new Map();
  for (const [path, { mutants }] of Object.entries(JSON.parse(readFileSync(file, "utf8")).files)) {
    if (!measured.has(path)) continue;
    const folder = path.slice(0, path.lastIndexOf("/"));
    const counts = byFolder.get(folder) ?? empty();
    for (const mutant of mutants) {
      if (DETECTED.has(mutant.status)) counts.detected++;
      else if (UNDETECTED.has(mutant.status)) counts.undetected++;
    }
    byFolder.set(folder, counts);
  }
  const areaCounts = [...byFolder.values()].reduce(add, empty());
  for (const [folder, counts] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) if (byFolder.size > 1) rows.push([folder, counts, ""]);
  const measuredCount = sources.filter((path) => measured.has(path)).length;
  rows.push([`**src/${area}**${measuredCount < sources.length ? ` (${measuredCount} of ${sources.length} files measured)` : ""}`, areaCounts, seconds[area] === undefined ? "" : String(seconds[area])]);
  total = add(total, areaCounts);
}
rows.push(["**src/** (all)", total, ""]);

const score = ({ detected, undetected }) => (detected + undetected === 0 ? "–" : `${((100 * detected) / (detected + undetected)).toFixed(1)} %`);
console.log("\n| folder | detected | undetected | score | seconds |\n| --- | ---: | ---: | ---: | ---: |");
for (const [folder, counts, secs] of rows) console.log(`| ${folder} | ${counts.detected} | ${counts.undetected} | ${score(counts)} | ${secs} |`);
