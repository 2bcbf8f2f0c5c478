// Mutation testing, one area of src/ at a time (scripts/mutate.mjs runs them all and prints the
// score per folder). An area's mutants meet that area's tests plus the suites that cover every
// public function (hostile input, decision-table snapshots): the calendar core is reached by
// nearly every test in the project, and running them all for each of its mutants would take hours
// on two cores without killing anything the area's own tests miss.
const AREAS = {
  sla: ["test/sla/**/*.test.ts"],
  routing: ["test/routing/**/*.test.ts"],
  policies: ["test/policies/**/*.test.ts"],
  cli: ["test/cli/**/*.test.ts"],
  shared: ["test/**/*.test.ts"],
};
const EVERY_AREA = ["test/hostile/**/*.test.ts", "test/snapshots/**/*.test.ts"];

const area = process.env.MUTATION_AREA ?? "sla";
if (!(area in AREAS)) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(", ")}; got ${area}`);
process.env.MUTATION_TESTS = JSON.stringify([...AREAS[area], ...EVERY_AREA]);

export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  mutate: [`src/${area}/**/*.ts`],
  ignoreStatic: true,
  coverageAnalysis: "perTest",
  concurrency: 2,
  // Generous: an infinite loop is caught by its hit count long before this, and a busy machine
  // must not turn slow runs into "timed out" (counted as detected).
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/mutation/${area}.incremental.json`,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 90, low: 85, break: null },
};
