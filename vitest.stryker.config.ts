import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// Mutation testing runs the covering tests once per mutant: properties run at a tenth of their
// runs there (never fewer than 3), the examples run as they are.
export default mergeConfig(
  base,
  defineConfig({
    test: { env: { PROPERTY_RUNS_SCALE: "0.1" } },
  }),
);
