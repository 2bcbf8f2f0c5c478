// The README is also the package's page on npm, where a relative link only works for a file that
// is in the package: links to the rest of the repository must be absolute.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/built-cli.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  files: string[];
};
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
const repository = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

describe("the README's links and the package's addresses", () => {
  it("name one GitHub repository: repository, homepage and bugs agree", () => {
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w.-]+$/);
    expect(pkg.homepage).toBe(`${repository}#readme`);
    expect(pkg.bugs.url).toBe(`${repository}/issues`);
  });

  it("link to the repository absolutely, or to a file the package ships", () => {
    expect(links.length).toBeGreaterThan(0);
    const shipped = new Set(["README.md", "LICENSE", "package.json", ...pkg.files]);
    for (const link of links) {
      if (link.startsWith("#")) continue;
      if (/^https?:\/\//.test(link)) {
        if (link.includes("github.com/")) expect(link.startsWith(`${repository}/`)).toBe(true);
        continue;
      }
      expect(shipped.has(link.split("#")[0] as string), `relative link ${link}`).toBe(true);
    }
  });
});
