import { match } from "ts-pattern";
import { check2faRemoval } from "../policies/check-2fa-removal.js";
import { checkUsernameRelease } from "../policies/check-username-release.js";
import { classifyEscalation } from "../routing/classify-escalation.js";
import { parseInput } from "../shared/errors.js";
import type { JsonValue } from "../shared/json.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { describeRecordError } from "./describe-record-error.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { explainInputSchema } from "./explain-input.js";
import { formatOption } from "./format-option.js";
import { parseOptions } from "./parse-options.js";
import { readRecords } from "./read-records.js";
import { readSource } from "./read-source.js";
import { renderDecision } from "./render-decision.js";
import { EXPLAIN_HELP } from "./usage.js";

interface Explained {
  readonly kind: string;
  readonly title: string;
  readonly decision: JsonValue;
}

function explainOne(value: unknown): Explained {
  const input = parseInput(explainInputSchema, value, []);
  return match(input)
    .with({ kind: "username-release" }, (i) => {
      const decision = checkUsernameRelease(i.facts as Parameters<typeof checkUsernameRelease>[0], new Date(i.now), i.edition, i.parameters ?? {});
      return { kind: i.kind, title: `Dormant username "${decision.username}" (${decision.edition}) as of ${new Date(i.now).toISOString()}`, decision: decision as unknown as JsonValue };
    })
    .with({ kind: "2fa-removal" }, (i) => {
      const decision = check2faRemoval(i.request as Parameters<typeof check2faRemoval>[0], i.edition, i.parameters ?? {});
      return { kind: i.kind, title: `2FA removal (${decision.edition}) for ${decision.targets.map((t) => t.userId).join(", ")}`, decision: decision as unknown as JsonValue };
    })
    // Stryker disable next-line ObjectLiteral: the schema admits three kinds and the two others are matched above
    .with({ kind: "escalation" }, (i) => {
      const decision = classifyEscalation(i.situation as Parameters<typeof classifyEscalation>[0], new Date(i.now));
      return { kind: i.kind, title: `Escalation paths as of ${new Date(i.now).toISOString()}`, decision: decision as unknown as JsonValue };
    })
    .exhaustive();
}

/**
 * `support-policy explain`: decides a policy question stated in a JSON file (a dormant-username
 * release, a 2FA removal, an escalation; see {@link explainInputSchema}) and prints the outcome
 * with every reason, the handbook rule behind it and the facts that decided it (docs/rules.md §5–§7).
 * The file holds one request, a JSON array of them, or NDJSON.
 *
 * @param args - the arguments after `explain`
 * @param io - streams, files and clock
 * @returns 0, or 1 when some requests were invalid
 * @throws {@link CliError} (exit 2) for a usage error or unreadable input
 *
 * @example
 * ```ts
 * runExplain(["examples/username-release.json"], io); // prints "Outcome: waiting", the reasons and the next step; returns 0
 * ```
 */
export function runExplain(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseOptions("explain", args, {
    format: { type: "string" },
    "keep-going": { type: "boolean", short: "k" },
    verbose: { type: "boolean" },
  });
  if (values["help"] === true) {
    io.stdout(EXPLAIN_HELP);
    return EXIT_CODES.ok;
  }
  if (positionals.length > 1) throw new CliError(`support-policy explain: expected one FILE, received ${positionals.length}; see "support-policy explain --help"`);
  const format = formatOption(values["format"] as string | undefined);
  const { text, source } = readSource(positionals[0], io);
  const explained: Explained[] = [];
  const problems: string[] = [];
  for (const record of readRecords(text, source)) {
    if ("error" in record) {
      problems.push(`${source}: ${record.label}: ${record.error}`);
      continue;
    }
    try {
      explained.push(explainOne(record.value));
    } catch (error) {
      // Whatever a request raises, even an error that is a bug, costs that request only.
      problems.push(describeRecordError(source, record.label, record.value, error, values["verbose"] === true));
    }
  }
  for (const problem of problems) io.stderr(`${problem}\n`);
  if (problems.length > 0 && values["keep-going"] !== true) {
    io.stderr(`${problems.length} invalid request(s) in ${source}; nothing decided (use --keep-going to decide the valid ones)\n`);
    return EXIT_CODES.invalidRecords;
  }
  if (format === "json") {
    io.stdout(`${JSON.stringify(explained.map(({ kind, decision }) => ({ kind, decision })), null, 2)}\n`);
  } else {
    io.stdout(explained.map(({ title, decision }) => renderDecision(title, decision as Parameters<typeof renderDecision>[1])).join("\n"));
  }
  return problems.length > 0 ? EXIT_CODES.invalidRecords : EXIT_CODES.ok;
}
