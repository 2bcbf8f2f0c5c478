import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { runCli } from "../../src/cli/run-cli.js";
import { REPORT_HELP } from "../../src/cli/usage.js";
import { NOW, SAMPLE, run as runIn } from "./harness.js";

/** Runs the CLI, keeping what it writes. */
function run(args: readonly string[], options: { stdin?: string } = {}) {
  const written: Record<string, string> = {};
  return { ...runIn(args, { ...options, written }), written };
}

const timelines = (html: string | undefined): number => (html ?? "").match(/<svg class="timeline"/g)?.length ?? 0;

describe("support-policy report", () => {
  it("writes the page to --out and prints where, with the counts", () => {
    const result = run(["report", "examples/tickets.json", "--now", NOW, "--agent", "maria", "--region", "emea", "--out", "out/report.html"]);
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("Wrote /written/out/report.html: 26 ticket(s), 5 breach(es), 4 metric(s) due within 60 min, the pick-up order for maria. Open it in a browser.\n");
    const html = result.written["out/report.html"];
    expect(timelines(html)).toBe(SAMPLE.length);
    expect(html).toContain('<h2 id="queue-h">Pick-up order for maria</h2>');
  });

  it("without --agent the page has no queue; --time-zone, --within, --title and --policies reach the page", () => {
    const result = run(["report", "examples/tickets.json", "--now", NOW, "--policies", "examples/policies.json", "--time-zone", "Europe/Berlin", "--within", "600", "--title", "Week 47", "--out", "r.html"]);
    expect(result.status).toBe(EXIT_CODES.ok);
    const html = result.written["r.html"] ?? "";
    expect(html).not.toContain('id="queue"');
    expect(html).toContain("<h1>Week 47</h1>");
    expect(html).toContain("As of Fri 2026-11-20 18:30 CET · Example Co. support policies · times in Europe/Berlin");
    expect(html).toContain("About to breach (due within 10h 00m)");
  });

  it("reads standard input when FILE is left out", () => {
    const result = run(["report", "--now", NOW, "--out", "r.html"], { stdin: JSON.stringify(SAMPLE.slice(0, 2)) });
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(timelines(result.written["r.html"])).toBe(2);
  });

  it.each([
    [["report", "examples/tickets.json", "--now", NOW], 'support-policy report: --out FILE.html is required; see "support-policy report --help"\n'],
    [["report", "a.json", "b.json", "--out", "r.html"], 'support-policy report: expected one FILE, received 2; see "support-policy report --help"\n'],
    [["report", "examples/tickets.json", "--out", "r.html", "--region", "emea"], "support-policy report: --region, --dedicated and --window describe the engineer of --agent; give --agent too\n"],
    [["report", "examples/tickets.json", "--out", "r.html", "--edition", "2016", "--policies", "examples/policies.json"], 'support-policy report: give --edition or --policies, not both; see "support-policy report --help"\n'],
    [["report", "examples/tickets.json", "--out", "r.html", "--time-zone", "Mars/Olympus"], '--time-zone: unknown time zone "Mars/Olympus"; expected an IANA name such as Europe/Berlin\n'],
    [["report", "examples/tickets.json", "--out", "r.html", "--agent", "maria", "--region", "mars"], '--region: Unknown region "mars"; expected one of amer, apac, emea\n'],
    [["report", "examples/tickets.json", "--out", "r.html", "--title", "x".repeat(201)], "--title: Too big: expected string to have <=200 characters\n"],
  ])("%j is a usage error", (args, stderr) => {
    const result = run(args);
    expect(result).toMatchObject({ status: EXIT_CODES.usage, stdout: "", stderr, written: {} });
  });

  it("an invalid record writes nothing unless --keep-going, which reports the valid ones and exits 1", () => {
    const stdin = `${JSON.stringify(SAMPLE[0])}\n{"id": "bad"}\n`;
    const stopped = run(["report", "--now", NOW, "--out", "r.html"], { stdin });
    expect(stopped.status).toBe(EXIT_CODES.invalidRecords);
    expect(stopped.written).toEqual({});
    expect(stopped.stderr).toMatch(/^stdin: line 2 \(id "bad"\): createdAt: .*\n1 invalid record\(s\) in stdin; no page written \(use --keep-going to report the valid ones\)\n$/s);
    const kept = run(["report", "--now", NOW, "--out", "r.html", "--keep-going"], { stdin });
    expect(kept.status).toBe(EXIT_CODES.invalidRecords);
    expect(timelines(kept.written["r.html"])).toBe(1);
  });

  it("a file that cannot be written is one line and exit 2", () => {
    let stderr = "";
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      readFile: () => JSON.stringify(SAMPLE.slice(0, 1)),
      readStdin: () => "",
      writeFile: () => {
        throw Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" });
      },
      now: () => new Date(NOW),
    };
    expect(runCli(["report", "t.json", "--out", "/nowhere/r.html"], io)).toBe(EXIT_CODES.usage);
    expect(stderr).toBe("/nowhere/r.html: cannot write the file (no such folder)\n");
  });

  it("--from zendesk replays an export directory with its own policies and schedules: one timeline per ticket, open hours shaded", () => {
    const result = run(["report", "--from", "zendesk", "examples/zendesk", "--now", "2026-11-25T18:00:00Z", "--agent", "maria", "--out", "z.html"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(result.stdout).toMatch(/^Wrote \/written\/z\.html: 9 ticket\(s\), \d+ breach\(es\)/);
    const html = result.written["z.html"] ?? "";
    expect(timelines(html)).toBe(9);
    expect(html).toContain("<h3 id=\"ticket-1-h\">Ticket 101");
    expect(html).toMatch(/<rect class="open" /);
    expect(run(["report", "--from", "zendesk", "examples/zendesk", "--policies", "examples/policies.json", "--out", "z.html"]).stderr).toBe(
      "support-policy report --from zendesk: the export's own SLA policies apply; --policies and --edition do not combine with it\n",
    );
  });

  it("--help prints the report's help", () => {
    expect(run(["report", "--help"])).toMatchObject({ status: 0, stdout: REPORT_HELP });
  });
});
