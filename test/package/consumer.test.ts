// The package as a user gets it: `npm pack`, installed into a fresh ESM project and a fresh
// CommonJS project, each calling one function of every entry and the binary, and a TypeScript
// CommonJS project type-checked against the declarations. The package is ESM only; CommonJS
// loads it with `require` of an ES module (Node.js 20.19 and later). Installs prefer
// npm's cache (the tarballs this repository installed) and ask the registry only for what is
// missing from it, such as the package lists that resolve the version ranges.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt } from "../cli/built-cli.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const scratch = mkdtempSync(join(tmpdir(), "support-policy-consumer-"));
let tarball = "";

// One call per entry; every line prints a value the test compares.
const CALLS = `
log("root", root.isOpen(root.twentyFourSeven, new Date("2026-03-02T12:00:00Z")));
log("sla", sla.addBusinessTime(sla.globalSupportHours, new Date("2026-03-07T00:00:00Z"), { hours: 24 }).toISOString());
log("policies", policies.idleUsername("alice", ["alice_idle"]));
log("routing", routing.classifySeverity({ instance: "unavailable" }).severity);
log("zendesk", zendesk.railsTimeZoneToIana("Pacific Time (US & Canada)"));
log("report", report.renderSlaReportPage({ now: "2026-03-02T12:00:00Z", policySet: sla.gitlab2026, tickets: [] }).startsWith("<!doctype html>"));
log("fivetran", fivetran.fivetranToZendesk({ ticket: [{ id: "42", created_at: "2026-03-16 10:00:00" }] }).zendeskExport.tickets.tickets[0].created_at);
log("jsm", jsm.importJsmExport({ issues: { startAt: 0, maxResults: 50, total: 0, issues: [] } }).tickets.length);
log("error", (() => { try { sla.defineCalendar({ timeZone: "Mars/Olympus_Mons", weekly: { mon: [["09:00", "17:00"]] } }); } catch (e) { return e instanceof root.SupportPolicyError && e.code; } })());
function log(name, value) { console.log(name + " " + JSON.stringify(value)); }
`;
const EXPECTED = ['root true', 'sla "2026-03-09T21:00:00.000Z"', 'policies "alice_idle1"', "routing 1", 'zendesk "America/Los_Angeles"', "report true", 'fivetran "2026-03-16T10:00:00Z"', "jsm 0", 'error "invalid_time_zone"'];

function project(name: string, type: "module" | "commonjs", main: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type, dependencies: { "support-policy": `file:${tarball}` } }));
  writeFileSync(join(dir, type === "module" ? "main.mjs" : "main.cjs"), main);
  execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: dir, stdio: "pipe" });
  return dir;
}

function run(dir: string, file: string): string[] {
  return execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" }).trim().split("\n");
}

beforeAll(() => {
  ensureBuilt();
  const out = execFileSync(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const [result] = JSON.parse(out) as { filename: string; size: number }[];
  tarball = join(scratch, (result as { filename: string }).filename);
}, 180_000);

// Removing the scratch projects' installed packages takes more than the default 10 s on a loaded machine.
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
}, 120_000);

describe("the packed tarball, installed", () => {
  it("calls every entry the exports map names", () => {
    const { exports } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const called = EXPECTED.map((line) => line.split(" ")[0]).filter((name) => name !== "error");
    expect(Object.keys(exports).filter((key) => key !== "./package.json")).toEqual(called.map((name) => (name === "root" ? "." : `./${name}`)));
  });

  it("is at most 400 kB", () => {
    expect(readFileSync(tarball).length).toBeLessThanOrEqual(400_000);
  });

  it("works from an ESM project: import of every entry, and the binary", () => {
    const main = `import * as root from "support-policy";
import * as sla from "support-policy/sla";
import * as policies from "support-policy/policies";
import * as routing from "support-policy/routing";
import * as zendesk from "support-policy/zendesk";
import * as fivetran from "support-policy/fivetran";
import * as jsm from "support-policy/jsm";
import * as report from "support-policy/report";
${CALLS}`;
    const dir = project("esm", "module", main);
    expect(run(dir, "main.mjs")).toEqual(EXPECTED);
    // The user's zod and the library's are one copy: zod is a peer dependency.
    expect(execFileSync(npm, ["ls", "zod", "--all", "--parseable"], { cwd: dir, encoding: "utf8" }).trim().split("\n")).toHaveLength(1);
    const version = execFileSync(process.execPath, [join(dir, "node_modules", ".bin", "support-policy"), "--version"], { encoding: "utf8" });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 180_000);

  it("works from a CommonJS project: require of every entry", () => {
    const main = `const root = require("support-policy");
const sla = require("support-policy/sla");
const policies = require("support-policy/policies");
const routing = require("support-policy/routing");
const zendesk = require("support-policy/zendesk");
const fivetran = require("support-policy/fivetran");
const jsm = require("support-policy/jsm");
const report = require("support-policy/report");
${CALLS}`;
    const dir = project("cjs", "commonjs", main);
    expect(run(dir, "main.cjs")).toEqual(EXPECTED);
  }, 180_000);

  it("type-checks from a TypeScript CommonJS project (module nodenext), with real types", () => {
    const source = `import { addBusinessTime, globalSupportHours } from "support-policy/sla";
import { SupportPolicyError } from "support-policy";
import type { SupportPolicyErrorCode } from "support-policy";
const due: Date = addBusinessTime(globalSupportHours, 0, { hours: 24 });
// @ts-expect-error the deadline is a Date, not a string: the declarations are typed, not any
const wrong: string = addBusinessTime(globalSupportHours, 0, { hours: 24 });
const code: SupportPolicyErrorCode | undefined = new Error("x") instanceof SupportPolicyError ? "invalid_input" : undefined;
export { due, wrong, code };
`;
    const dir = project("ts-cjs", "commonjs", "");
    writeFileSync(join(dir, "main.ts"), source);
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const compilerOptions = { noEmit: true, strict: true, module: "nodenext", moduleResolution: "nodenext", skipLibCheck: false, types: [] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["main.ts"] }));
    expect(() => execFileSync(process.execPath, [tsc, "-p", "."], { cwd: dir, encoding: "utf8", stdio: "pipe" })).not.toThrow();
  }, 180_000);
});
