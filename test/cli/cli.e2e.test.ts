import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt, runBuilt } from "./built-cli.js";

// One file builds and packs, so two workers never run the build at once.
const NOW = "2026-11-20T17:30:00Z";
let dir = "";

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "support-policy-cli-"));
}, 180_000);

describe("the built binary on the bundled sample", () => {
  it("sla prints one row per ticket and metric that ran, and the metrics about to breach (exit 0)", () => {
    const run = runBuilt(["sla", "examples/tickets.json", "--now", NOW]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("SLA as of 2026-11-20T17:30:00.000Z (gitlab2026), times in UTC");
    expect(run.stdout).toMatch(/^ticket\s+policy\s+metric\s+state\s+breached\s+due\s+business left\s+real left$/m);
    // "Emergency: 30 minutes, 24x7": created 17:10Z, due 17:40Z, 10 minutes left at 17:30Z.
    expect(run.stdout).toMatch(/^T-1001\s+emergency\s+first reply\s+active\s+no\s+Fri 2026-11-20 17:40 UTC\s+10m\s+10m$/m);
    // "High: 4 h, 24x5" from 13:00Z: due 17:00Z, breached by 30 minutes.
    expect(run.stdout).toMatch(/^T-1002\s+priority_support\s+first reply\s+active\s+yes\s+Fri 2026-11-20 17:00 UTC\s+-30m\s+-30m$/m);
    // Free plan: no SLA; a Twitter mention without an organization: the plan is missing, never a "no".
    expect(run.stdout).toMatch(/^T-1006\s+-\s+-\s+no SLA/m);
    expect(run.stdout).toMatch(/^T-1015\s+-\s+-\s+cannot decide\s/m);
    expect(run.stdout).toMatch(/^Cannot decide the policy:\n {2}T-1015 {2}.+organization\.supportLevel/m);
    expect(run.stdout).toContain("About to breach (within 60 min):\n  T-1001  first reply due Fri 2026-11-20 17:40 UTC, in 10m\n");
  });

  it("queue prints the pick-up order with buckets and reasons (exit 0)", () => {
    const run = runBuilt(["queue", "examples/tickets.json", "--agent", "maria", "--region", "emea", "--now", NOW]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const rows = run.stdout.split("\n").filter((line) => /^\d+\s+T-/.test(line));
    expect(rows).toHaveLength(26);
    expect(rows[0]).toMatch(/^1\s+T-1001\s+emergency\s/);
    expect(rows.at(-1)).toMatch(/^26\s+T-1021\s+solved\s/);
    expect(run.stdout).toMatch(/^13\s+T-1014\s+shared_view\s/m);
    // The customer prefers APAC and maria works EMEA: "rehome the ticket after the first reply".
    const json = runBuilt(["queue", "examples/tickets.json", "--agent", "maria", "--region", "emea", "--now", NOW, "--format", "json"]);
    const entries = (JSON.parse(json.stdout) as { entries: { ticketId: string; rehomeAfterFirstReply?: string; reasons: { code: string }[] }[] }).entries;
    const t1014 = entries.find((e) => e.ticketId === "T-1014");
    expect(t1014?.rehomeAfterFirstReply).toBe("apac");
    expect(t1014?.reasons.map((r) => r.code)).toEqual(["shared_view", "rehome_after_first_reply"]);
  });

  it("the 2016 edition puts Twitter, Disqus and forum tickets on their 2016 SLA categories", () => {
    const run = runBuilt(["sla", "examples/tickets.json", "--now", NOW, "--edition", "2016", "--format", "json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { reports: { ticketId: string; outcome: string; policyId: string | null }[] };
    const byId = new Map(out.reports.map((r) => [r.ticketId, r]));
    for (const id of ["T-1015", "T-1016", "T-1017"]) expect(byId.get(id)?.outcome).toBe("policy_applied");
  });

  it("explain prints each example decision with its reasons and rules (exit 0)", () => {
    const username = runBuilt(["explain", "examples/username-release.json"]);
    expect(username.status).toBe(0);
    expect(username.stdout).toContain("Outcome: waiting");
    expect(username.stdout).toMatch(/^ {6}code: release_date_pending\n {6}rule: §6 dormant usernames \(2026\): .+\n {6}facts: \{.*"releaseFrom":"2026-11-24T09:00:00.000Z"/m);
    expect(username.stdout).toMatch(/^Next: .+ \(at 2026-11-24T09:00:00.000Z\) \[release_username\]$/m);
    const twoFactor = runBuilt(["explain", "examples/2fa-removal.json"]);
    expect(twoFactor.status).toBe(0);
    expect(twoFactor.stdout).toContain("Outcome: approve_after_peer_review");
    const escalation = runBuilt(["explain", "examples/escalation.json"]);
    expect(escalation.status).toBe(0);
    expect(escalation.stdout).toContain("Path: gitlab_com_incident (handled by incident_manager)");
    expect(escalation.stdout).toContain("Path: security_incident (handled by security_on_call)");
  });

  it('due: "24 hours, 24x5" from Friday 16:00 Pacific is Monday 14:00 Pacific', () => {
    const run = runBuilt(["due", "--calendar", "global", "--from", "2026-03-07T00:00:00Z", "--hours", "24"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Due       2026-03-09T21:00:00.000Z  Mon 2026-03-09 14:00 PDT");
    expect(run.stdout).toContain("of which 24h 00m business time");
  });

  it("due with a calendar file skips its holidays", () => {
    const run = runBuilt(["due", "--calendar", "examples/calendar.json", "--from", "2026-12-22T15:00:00Z", "--hours", "8", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      calendar: "Berlin office",
      timeZone: "Europe/Berlin",
      from: "2026-12-22T15:00:00.000Z",
      due: "2026-12-28T11:00:00.000Z",
      businessMs: 8 * 3_600_000,
      elapsedMs: Date.parse("2026-12-28T11:00:00.000Z") - Date.parse("2026-12-22T15:00:00.000Z"),
    });
  });

  it("piped into a reader that closes early (| head -1): ends quietly with exit 0, no stack trace", () => {
    // A shell pipe: the reader keeps one line and closes, the writer then meets EPIPE.
    const script = `"${process.execPath}" dist/cli.js sla examples/tickets.json --now ${NOW} --format json | head -c 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("exit=0\n");
  });

  it("sla reads NDJSON from standard input", () => {
    const ndjson = [
      JSON.stringify({ id: "A", createdAt: "2026-11-20T16:00:00Z", channel: "ticket", severity: 2, organization: { plan: "premium" } }),
      "",
      JSON.stringify({ id: "B", createdAt: "2026-11-20T16:00:00Z", channel: "ticket", organization: { plan: "free" } }),
    ].join("\n");
    const run = runBuilt(["sla", "--now", NOW, "--format", "json"], ndjson);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { reports: { ticketId: string; outcome: string }[] };
    expect(out.reports.map((r) => [r.ticketId, r.outcome])).toEqual([["A", "policy_applied"], ["B", "no_policy"]]);
  });
});

describe("exit codes and bad input", () => {
  const good = { id: "G-1", createdAt: "2026-11-20T16:00:00Z", channel: "ticket", severity: 3, organization: { plan: "premium" } };
  const badAuthor = {
    id: "B-2",
    createdAt: "2026-11-20T16:00:00Z",
    channel: "ticket",
    events: [
      { type: "comment", at: "2026-11-20T16:10:00Z", author: "agent", public: true },
      { type: "comment", at: "2026-11-20T16:20:00Z", author: "customer", public: true },
      { type: "comment", at: "2026-11-20T16:30:00Z", author: "robot", public: true },
    ],
  };

  it("exit 2: a missing file is one line naming it", () => {
    const run = runBuilt(["sla", "no-such-file.json", "--now", NOW]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("no-such-file.json: cannot read the file (no such file)\n");
  });

  it("exit 2: malformed JSON is one line with the line and column", () => {
    const path = file("malformed.json", '[\n  {"id": "A",}\n]\n');
    const run = runBuilt(["sla", path, "--now", NOW]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: malformed JSON at line 2, column 14: .+\\n$`));
  });

  it("exit 1: a ticket failing validation is one line naming the file, the record and the field; nothing is printed", () => {
    const path = file("one-bad.json", JSON.stringify([good, badAuthor]));
    const run = runBuilt(["sla", path, "--now", NOW]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: record 2 \\(id "B-2"\\): events\\[2\\]\\.author: .*"customer".*"agent"`));
    expect(lines[1]).toContain("1 invalid record(s)");
  });

  it("exit 1 with --keep-going: the valid records are still evaluated and printed", () => {
    const path = file("keep-going.ndjson", `${JSON.stringify(good)}\nnot json\n${JSON.stringify(badAuthor)}\n`);
    const run = runBuilt(["sla", path, "--now", NOW, "--keep-going"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^G-1\s+priority_support\s+first reply\s+active\s+no/m);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/keep-going\.ndjson: line 2: malformed JSON: /);
    expect(lines[1]).toMatch(/keep-going\.ndjson: line 3 \(id "B-2"\): events\[2\]\.author: /);
  });

  it('a replay "as of" a moment before some tickets existed orders the others and lists those as not yet created, exit 0', () => {
    const later = { ...good, id: "L-3", createdAt: "2026-11-21T00:00:00Z" };
    const path = file("queue.json", JSON.stringify([good, later]));
    const run = runBuilt(["queue", path, "--agent", "maria", "--now", NOW]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1\s+G-1\s+shared_view/m);
    expect(run.stdout).toContain("\nNot yet created as of 2026-11-20T17:30:00.000Z:\n  L-3  created Sat 2026-11-21 00:00 UTC\n");
    const sla = runBuilt(["sla", path, "--now", NOW, "--format", "json"]);
    expect(sla.status).toBe(0);
    expect((JSON.parse(sla.stdout) as { notYetCreated: unknown }).notYetCreated).toEqual([{ id: "L-3", createdAt: "2026-11-21T00:00:00.000Z" }]);
  });

  it("exit 1: a repeated ticket id is a bad record", () => {
    const path = file("duplicate.json", JSON.stringify([good, good]));
    const run = runBuilt(["sla", path, "--now", NOW]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/duplicate\.json: record 2 \(id "G-1"\): id: Ticket id "G-1" already appears in record 1/);
  });

  it("exit 2: an unknown calendar names the choices", () => {
    const run = runBuilt(["due", "--calendar", "mars", "--from", NOW, "--hours", "1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Unknown calendar "mars": expected one of global, 24x5, 24x7, amer, apac, emea, usgov, usgov-emergency, or a FILE.json calendar spec\n');
  });

  it("exit 2: an invalid calendar file names the file and the field", () => {
    const path = file("bad-calendar.json", JSON.stringify({ timeZone: "Europe/Berlin", weekly: { tue: [["09:00", "12:00"], ["11:00", "17:00"]] } }));
    const run = runBuilt(["due", "--calendar", path, "--from", NOW, "--hours", "1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${path}: weekly.tue[1]: The intervals 09:00–12:00 and 11:00–17:00 overlap\n`);
  });

  it("exit 2: an invalid policy file names the file and the field", () => {
    const path = file("bad-policies.json", JSON.stringify({ calendars: { office: "emea" }, policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: "nowhere" }] }] }));
    const run = runBuilt(["sla", "examples/tickets.json", "--now", NOW, "--policies", path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`bad-policies\\.json: policies\\[0\\]\\.targets\\[0\\]\\.calendar: Unknown calendar "nowhere"`));
  });

  it("exit 2: a usage error is one line pointing at the help", () => {
    const run = runBuilt(["sla", "--colour"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^support-policy sla: Unknown option '--colour'; see "support-policy sla --help"\n$/);
  });

  it("exit 1: an explain request with a bad fact names the field", () => {
    const path = file("explain-bad.json", JSON.stringify({ kind: "username-release", edition: "2026", now: NOW, facts: { username: "ok-name", hasData: "yes" } }));
    const run = runBuilt(["explain", path]);
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")[0]).toMatch(/explain-bad\.json: record 1: facts\.hasData: /);
    const kind = file("explain-kind.json", JSON.stringify({ kind: "parking-ticket" }));
    expect(runBuilt(["explain", kind]).stderr.split("\n")[0]).toBe(`${kind}: record 1: kind: Unknown kind: expected "username-release", "2fa-removal" or "escalation"`);
  });

  it("--help documents every exit code and exits 0", () => {
    const run = runBuilt(["--help"]);
    expect(run.status).toBe(0);
    for (const code of ["  0  ", "  1  ", "  2  "]) expect(run.stdout).toContain(code);
    expect(runBuilt(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("sla --jobs N on the built binary: worker threads, the same output", () => {
  const sample = JSON.parse(readFileSync(join(ROOT, "examples", "tickets.json"), "utf8")) as Record<string, unknown>[];
  const ticketLine = (i: number): string => `${JSON.stringify({ ...sample[i % sample.length], id: `T-${i}` })}\n`;

  it.each(["table", "json", "ndjson"])("on the bundled sample, --jobs 2 prints byte for byte what --jobs 1 prints (%s)", (format) => {
    const one = runBuilt(["sla", "examples/tickets.json", "--now", NOW, "--format", format, "--jobs", "1"]);
    const two = runBuilt(["sla", "examples/tickets.json", "--now", NOW, "--format", format, "--jobs", "2"]);
    expect(one.status).toBe(0);
    expect(two).toEqual(one);
  });

  it("on 3,000 generated records with bad ones past the first 1,000 (not JSON, a bad field, a repeated id), the same lines, order and exit codes, with and without --keep-going", () => {
    const lines = Array.from({ length: 3000 }, (_, i) => ticketLine(i));
    lines[1500] = "{not json\n";
    lines[2100] = `${JSON.stringify({ ...sample[0], id: "T-2100", createdAt: "soon" })}\n`;
    lines[2500] = ticketLine(7);
    const path = file("jobs.ndjson", lines.join(""));
    for (const extra of [[], ["--keep-going"]]) {
      for (const format of ["table", "ndjson"]) {
        const one = runBuilt(["sla", path, "--now", NOW, "--format", format, ...extra]);
        const two = runBuilt(["sla", path, "--now", NOW, "--format", format, "--jobs", "2", ...extra]);
        expect(one.status).toBe(1);
        expect(one.stderr).toContain('line 2501 (id "T-7"): id: Ticket id "T-7" already appears in line 8');
        expect(two).toEqual(one);
      }
    }
    // Eight runs of the binary: minutes on a loaded machine.
  }, 240_000);

  it("reads standard input and your own policies the same way, and --jobs auto uses the machine's threads", () => {
    const input = Array.from({ length: 700 }, (_, i) => ticketLine(i)).join("");
    const args = ["sla", "-", "--now", NOW, "--policies", "examples/policies.json", "--format", "json"];
    const one = runBuilt(args, input);
    expect(one.status).toBe(0);
    expect(runBuilt([...args, "--jobs", "auto"], input)).toEqual(one);
  });

  it.each([["1"], ["2"]])("a reader that goes away (| head) ends the run at once with exit 0, with --jobs %s; a slow one gets the whole output", (jobs) => {
    const path = file(`pipe-${jobs}.ndjson`, Array.from({ length: 2000 }, (_, i) => ticketLine(i)).join(""));
    const cli = `"${process.execPath}" "${join(ROOT, "dist", "cli.js")}" sla "${path}" --now ${NOW} --format ndjson --jobs ${jobs}`;
    const head = spawnSync("bash", ["-c", `${cli} | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(head.stdout).toBe("0\n");
    // The reader sleeps before reading: the writer waits for it instead of queueing the output.
    const slow = spawnSync("bash", ["-c", `${cli} | (sleep 1; wc -l)`], { encoding: "utf8" });
    expect(slow.stdout.trim()).toBe("2000");
  });

  it("a bad --jobs is a usage error (exit 2), before anything is read", () => {
    const run = runBuilt(["sla", "no-such-file.ndjson", "--jobs", "0"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('--jobs: expected a whole number of worker threads from 1 to 256, or "auto", received "0"\n');
  });
});

interface PackResult {
  readonly files: readonly { readonly path: string }[];
}

describe("the published package", () => {
  let files: string[] = [];

  beforeAll(() => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const out = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    files = (JSON.parse(out) as PackResult[])[0]?.files.map((f) => f.path) ?? [];
  }, 180_000);

  it("holds the build, the readme, the licence, the changelog and the rules the sources cite, and no tests, fixtures, examples or sources", () => {
    expect(files.filter((path) => !path.startsWith("dist/")).sort()).toEqual(["CHANGELOG.md", "LICENSE", "README.md", "docs/rules.md", "package.json"]);
    for (const path of files) expect(path).not.toMatch(/(^|\/)(test|tests|__tests__|fixtures|examples|src)\/|\.test\.|\.spec\./);
  });

  it("ships the binary it declares, and every entry point the exports map names", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; exports: Record<string, unknown> };
    expect(pkg.bin).toEqual({ "support-policy": "./dist/cli.js" });
    expect(files).toContain("dist/cli.js");
    const targets = JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g) ?? [];
    expect(targets.length).toBeGreaterThanOrEqual(16);
    for (const target of targets) expect(files).toContain(target.slice(2));
    expect(readFileSync(join(ROOT, "dist", "cli.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});
