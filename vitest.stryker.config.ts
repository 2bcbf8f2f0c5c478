import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// stryker.config.mjs names the test files of the area being mutated. They replace the base list
// before merging: mergeConfig would append them to it.
const areaTests = process.env["MUTATION_TESTS"];
const baseForArea = areaTests === undefined ? base : { ...base, test: { ...base.test, include: JSON.parse(areaTests) as string[] } };

// Mutation testing runs the covering tests once per mutant: properties run at a twentieth of their
// runs there (never fewer than 3), the examples run as they are.
export default mergeConfig(
  baseForArea,
  defineConfig({
    test: {
      env: { PROPERTY_RUNS_SCALE: "0.05" },
      // End-to-end tests run the built binary in a child process, which mutants in src/ never
      // reach; the in-process CLI tests cover src/cli for mutation testing.
      exclude: ["test/cli/*.e2e.test.ts", "node_modules/**"],
    },
  }),
);
