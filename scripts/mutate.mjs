// Mutation testing of src/, one area at a time (see stryker.config.mjs), then the score per folder.
// Usage: node scripts/mutate.mjs [area ...]   (default: every area; reruns are incremental)
//        node scripts/mutate.mjs --report     (only print the table from the last reports)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const AREAS = ["policies", "routing", "cli", "shared", "sla"];
const args = process.argv.slice(2);
const reportOnly = args.includes("--report");
const chosen = args.filter((a) => a !== "--report");
for (const area of chosen) if (!AREAS.includes(area)) throw new Error(`unknown area ${area}; areas: ${AREAS.join(", ")}`);
const areas = chosen.length > 0 ? chosen : AREAS;

const seconds = {};
if (!reportOnly) {
  for (const area of areas) {
    const started = Date.now();
    console.log(`\n▶ mutation testing src/${area}`);
    const run = spawnSync("node_modules/.bin/stryker", ["run", "stryker.config.mjs"], { stdio: "inherit", env: { ...process.env, MUTATION_AREA: area } });
    seconds[area] = Math.round((Date.now() - started) / 1000);
    if (run.status !== 0) {
      console.error(`stryker failed on src/${area}`);
      process.exit(1);
    }
  }
}

// Stryker's score: detected (killed or timed out) over everything that could have been detected
// (adds survivors and mutants no test reaches); compile errors and ignored mutants do not count.
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const rows = [];
const total = { detected: 0, undetected: 0 };
for (const area of AREAS) {
  const file = `reports/mutation/${area}.json`;
  if (!existsSync(file)) continue;
  const byFolder = new Map();
  for (const [path, { mutants }] of Object.entries(JSON.parse(readFileSync(file, "utf8")).files)) {
    const folder = path.slice(0, path.lastIndexOf("/"));
    const counts = byFolder.get(folder) ?? { detected: 0, undetected: 0 };
    for (const mutant of mutants) {
      if (DETECTED.has(mutant.status)) counts.detected++;
      else if (UNDETECTED.has(mutant.status)) counts.undetected++;
    }
    byFolder.set(folder, counts);
  }
  for (const [folder, counts] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push([folder, counts, ""]);
    total.detected += counts.detected;
    total.undetected += counts.undetected;
  }
  const areaCounts = [...byFolder.values()].reduce((a, c) => ({ detected: a.detected + c.detected, undetected: a.undetected + c.undetected }), { detected: 0, undetected: 0 });
  rows.push([`**src/${area}** (all)`, areaCounts, seconds[area] === undefined ? "" : String(seconds[area])]);
}
rows.push(["**src/** (all)", total, ""]);

const score = ({ detected, undetected }) => (detected + undetected === 0 ? "–" : `${((100 * detected) / (detected + undetected)).toFixed(1)} %`);
console.log("\n| folder | detected | undetected | score | seconds |\n| --- | ---: | ---: | ---: | ---: |");
for (const [folder, counts, secs] of rows) console.log(`| ${folder} | ${counts.detected} | ${counts.undetected} | ${score(counts)} | ${secs} |`);
