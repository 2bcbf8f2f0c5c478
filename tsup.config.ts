import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    sla: "src/sla/index.ts",
    policies: "src/policies/index.ts",
    routing: "src/routing/index.ts",
  },
  format: ["esm", "cjs"],
  // tsup 8.5 injects `baseUrl` into the declaration build, which TypeScript 6 reports as deprecated (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
});
