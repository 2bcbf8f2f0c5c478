import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./harness.js";

/** The `support-policy ...` lines of the shell blocks in a Markdown file, without trailing comments. */
function documentedCommands(file: string): string[][] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  return blocks
    .flatMap((block) => block.split("\n"))
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line.startsWith("support-policy ") && !line.includes("["))
    .map((line) => line.split(/\s+/).slice(1));
}

describe.each(["README.md", "docs/guide.md"])("the commands documented in %s", (file) => {
  const commands = documentedCommands(file);

  it("are there", () => {
    expect(commands.length).toBeGreaterThan(1);
  });

  // Commands over the reader's own files (export.ndjson) cannot run here; the bundled ones must.
  it.each(commands.filter((args) => args.every((arg) => !/\.(json|ndjson)$/.test(arg) || existsSync(join(ROOT, arg)))).map((args) => [args.join(" "), args] as const))(
    "support-policy %s exits 0",
    (_, args) => {
      const result = run(args);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
  );
});
