// The whole check, as CI runs it: typecheck, lint, the test suite under several host time zones
// (the library must answer the same everywhere), the build, the package lints, the size budgets
// and the API reference. Ends with one line, "N passed, N failed", counting every test in every
// zone plus every other step.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

const ZONES = ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns"];
const bin = (name) => `node_modules/.bin/${name}`;
const results = [];
let passed = 0;
let failed = 0;

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

function countStep(ok) {
  if (ok) passed++;
  else failed++;
}

countStep(step("typecheck", bin("tsc"), ["-p", "tsconfig.json"]) && step("typecheck (build config)", bin("tsc"), ["-p", "tsconfig.build.json"]));
countStep(step("lint", bin("eslint"), [".", "--max-warnings", "0"]));

// Built before the tests: the CLI's end-to-end tests run the built binary (dist/cli.js).
countStep(step("build", bin("tsup"), ["--silent"]));

mkdirSync("reports", { recursive: true });
for (const zone of ZONES) {
  const file = `reports/vitest-${zone.replace("/", "_")}.json`;
  const ok = step(`tests under TZ=${zone}`, bin("vitest"), ["run", "--reporter=dot", "--reporter=json", `--outputFile.json=${file}`], { TZ: zone });
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!ok && report.numFailedTests === 0) failed++; // a crash outside any test
  } catch {
    failed++;
  }
}

countStep(step("publint", bin("publint"), ["--strict"]));
countStep(step("attw", bin("attw"), ["--pack", ".", "--profile", "node16", "--ignore-rules", "cjs-resolves-to-esm"]));
// Bundle sizes of the built package as a user's bundler makes them, each against its budget.
countStep(step("size budgets", process.execPath, ["scripts/bundle-sizes.mjs"]));
// The API reference; typedoc treats any undocumented export as an error.
countStep(step("docs", bin("typedoc"), []));

console.log("\n| step | result | seconds |\n| --- | --- | --- |");
for (const r of results) console.log(`| ${r.name} | ${r.ok ? "ok" : "FAILED"} | ${r.seconds} |`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
