// Mutation testing, one area of src/ at a time (scripts/mutate.mjs runs them all and prints the
// score per folder). An area's mutants must be killed by that area's own tests: the calendar core
// and the shared error code are reached by nearly every test in the project, the hostile-input and
// snapshot suites import the whole library for each run, and running all of them once per mutant
// would take hours on two cores. The shared folder, being small and used everywhere, meets every test.
const AREAS = {
  sla: ["test/sla/**/*.test.ts"],
  routing: ["test/routing/**/*.test.ts"],
  policies: ["test/policies/**/*.test.ts"],
  cli: ["test/cli/**/*.test.ts"],
  shared: ["test/**/*.test.ts"],
};

const area = process.env.MUTATION_AREA ?? "sla";
if (!(area in AREAS)) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(", ")}; got ${area}`);
process.env.MUTATION_TESTS = JSON.stringify(AREAS[area]);

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
  timeoutMS: 5000,
  incremental: true,
  incrementalFile: `reports/mutation/${area}.incremental.json`,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: ".stryker-tmp",
  // Other runs' sandboxes and build output are not needed to run the tests.
  ignorePatterns: ["/.stryker-tmp*", "/dist", "/docs/api", "/coverage"],
  cleanTempDir: "always",
  thresholds: { high: 90, low: 85, break: null },
};
