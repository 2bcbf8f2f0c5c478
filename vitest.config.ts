import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/no-clock.ts", "test/setup/property-runs.ts"],
    // Test files share module instances within a worker: the library is pure, so isolation buys
    // nothing and would re-import it for every file.
    isolate: false,
    testTimeout: 60_000,
    coverage: { provider: "v8", include: ["src/**/*.ts"] },
  },
});
