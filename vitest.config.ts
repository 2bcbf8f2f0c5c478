import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/no-clock.ts"],
    testTimeout: 60_000,
    coverage: { provider: "v8", include: ["src/**/*.ts"] },
  },
});
