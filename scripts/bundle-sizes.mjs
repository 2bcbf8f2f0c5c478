// Bundle sizes as a user's bundler sees them: each import in .size-limit.json is bundled from the
// built package (dist/) with esbuild (ESM, minified, tree-shaken, the package's
// `"sideEffects": false` honoured) together with the runtime dependencies it reaches (zod,
// ts-pattern, date-fns-tz), then brotli-compressed. Prints one table with each budget and exits
// non-zero when an import is over its budget. `node scripts/bundle-sizes.mjs --json` prints the
// figures as JSON instead. Run after the build (`npm run build`).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const checks = JSON.parse(readFileSync(".size-limit.json", "utf8"));

/** "12 kB" → 12000 bytes, as size-limit reads budgets (1 kB = 1000 bytes). */
function bytes(limit) {
  const match = /^([\d.]+)\s*(B|kB|MB)$/.exec(limit);
  if (match === null) throw new Error(`Unreadable budget "${limit}"`);
  return Number(match[1]) * { B: 1, kB: 1000, MB: 1_000_000 }[match[2]];
}

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

const rows = [];
for (const check of checks) {
  const specifier = `./${check.path}`;
  const statement = check.import === "*" ? `export * from "${specifier}";` : `export ${check.import} from "${specifier}";`;
  const result = await build({
    stdin: { contents: statement, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["import"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ name: check.name, minified: code.length, brotli, budget: bytes(check.limit), ok: brotli <= bytes(check.limit) });
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log("| import | minified | minified + brotli | budget | |\n| --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.name} | ${kB(r.minified)} | ${kB(r.brotli)} | ${kB(r.budget)} | ${r.ok ? "ok" : "OVER"} |`);
}
process.exit(rows.every((r) => r.ok) ? 0 : 1);
