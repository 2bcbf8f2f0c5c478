// Runs every benchmark in bench/ as its own process. The host time zone is fixed to
// America/Los_Angeles because the zone-less peers measured beside the library need it;
// the library's own answers do not depend on it (the test suite proves that).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv[2];
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only || f.includes(only))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `bench/${file}`], {
    stdio: "inherit",
    env: { ...process.env, TZ: "America/Los_Angeles" },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
