// zod is a peer dependency: the application's zod is the one the library runs with, so the
// version this repository develops and tests against must be one the peer range admits.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/built-cli.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const version = (text: string): number[] => text.split(".").map(Number);

describe("zod, a peer dependency", () => {
  it("is a caret range, not a dependency, and the devDependency is an exact version inside it", () => {
    expect(pkg.dependencies["zod"]).toBeUndefined();
    const range = /^\^(\d+\.\d+\.\d+)$/.exec(pkg.peerDependencies["zod"] ?? "");
    const dev = /^(\d+\.\d+\.\d+)$/.exec(pkg.devDependencies["zod"] ?? "");
    expect(range).not.toBeNull();
    expect(dev).not.toBeNull();
    const [low, used] = [version((range as RegExpExecArray)[1] as string), version((dev as RegExpExecArray)[1] as string)];
    // ^a.b.c admits the same major, at or above a.b.c.
    expect(used[0]).toBe(low[0]);
    expect(used[1] as number > (low[1] as number) || (used[1] === low[1] && (used[2] as number) >= (low[2] as number))).toBe(true);
  });
});
