import { readFileSync } from "node:fs";
import { type Options, defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// `npm run demo` needs only the binary: esbuild alone builds it in seconds, where the type
// declarations of the full build take most of a minute.
const demo = process.env["npm_lifecycle_event"] === "demo";

const library = {
  entry: {
    index: "src/index.ts",
    sla: "src/sla/index.ts",
    policies: "src/policies/index.ts",
    routing: "src/routing/index.ts",
    zendesk: "src/import/zendesk/index.ts",
  },
  format: ["esm", "cjs"],
  // tsup 8.5 injects `baseUrl` into the declaration build, which TypeScript 6 reports as deprecated (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: the code is shipped unminified, so stack traces read as they are, and maps
  // (with or without the sources embedded) were most of the package's size.
  sourcemap: false,
  // The CLI is built beside the library by its own config, at the same time: keep its file.
  clean: ["!cli.js"],
  treeshake: true,
  splitting: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
} satisfies Options;

const cli = {
  // The `support-policy` binary: ESM only, one file, the runtime dependencies left to node_modules.
  // The `#!/usr/bin/env node` line comes from src/cli/main.ts; tsup makes the file executable.
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  dts: false,
  sourcemap: false,
  clean: false,
  splitting: false,
  target: "node20",
  platform: "node",
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
  define: { SUPPORT_POLICY_VERSION: JSON.stringify(version) },
} satisfies Options;

export default defineConfig(demo ? [cli] : [library, cli]);
