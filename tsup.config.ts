import { readFileSync, readdirSync } from "node:fs";
import { type Options, defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// `npm run demo` needs only the binary: esbuild alone builds it in seconds, where the type
// declarations of the full build take most of a minute.
const demo = process.env["npm_lifecycle_event"] === "demo";

// The public entries (the exports map), each with its type declarations.
const entries = {
  index: "src/index.ts",
  sla: "src/sla/index.ts",
  policies: "src/policies/index.ts",
  routing: "src/routing/index.ts",
  zendesk: "src/import/zendesk/index.ts",
  report: "src/report/index.ts",
  fivetran: "src/import/fivetran/index.ts",
  jsm: "src/import/jsm/index.ts",
};

// Every other library module is an entry of its own too, so the build keeps one output file per
// source module. With `"sideEffects": false` a user's bundler then drops each module the import
// does not reach, schemas built at load included; merged into shared chunks, any code a module
// runs at load would keep the whole chunk (and classic zod with it).
const modules = Object.fromEntries(
  readdirSync("src", { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts") && !path.startsWith("cli"))
    .map((path) => [`lib/${path.slice(0, -3)}`, `src/${path}`]),
);

// Minified; exported names are kept by the exports. The package is ESM only: Node.js 20.19 and
// later load it from CommonJS too (`require` of an ES module), so a CommonJS copy of every module
// and a second set of type declarations would only double the package (see README, Install).
const shared = {
  sourcemap: false,
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  treeshake: true,
  splitting: true,
  target: "es2022",
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
} satisfies Options;

// tsup 8.5 injects `baseUrl` into the declaration build, which TypeScript 6 reports as deprecated (TS5101).
const dts = { entry: entries, compilerOptions: { ignoreDeprecations: "6.0" } };

// No source maps: maps (with or without the sources embedded) were most of the package's size.
const esm = {
  ...shared,
  // The `support-policy` binary is built with the ESM library so that it imports the library's
  // modules instead of carrying a copy of them; the runtime dependencies stay in node_modules.
  // The `#!/usr/bin/env node` line comes from src/cli/main.ts; tsup makes the file executable.
  // `sla --jobs N` starts dist/sla-worker.js, found beside the binary, in each worker thread.
  entry: { ...modules, ...entries, cli: "src/cli/main.ts", "sla-worker": "src/cli/sla-worker.ts" },
  format: ["esm"],
  dts,
  platform: "node",
  define: { SUPPORT_POLICY_VERSION: JSON.stringify(version) },
  clean: true,
} satisfies Options;

// `npm run demo`: the binary alone, in one file.
const cli = {
  ...shared,
  entry: { cli: "src/cli/main.ts", "sla-worker": "src/cli/sla-worker.ts" },
  format: ["esm"],
  dts: false,
  clean: false,
  splitting: false,
  platform: "node",
  define: { SUPPORT_POLICY_VERSION: JSON.stringify(version) },
} satisfies Options;

export default defineConfig(demo ? [cli] : [esm]);
