import { CliError } from "./cli-error.js";
import { didYouMean } from "./did-you-mean.js";
import type { CliIo } from "./cli-io.js";
import { loadFivetranExport } from "./load-fivetran-export.js";
import { type LoadedJsmExport, loadJsmExport } from "./load-jsm-export.js";
import { type LoadedZendeskExport, loadZendeskExport } from "./load-zendesk-export.js";

/**
 * Reads `--from`: absent, the input is a ticket file; `zendesk`, `fivetran` or `jsm`, the
 * positional argument is an export directory (a Zendesk export, Fivetran's Zendesk tables, or a
 * Jira Service Management export with its SLA configuration), read and imported here, whose own
 * SLA policies apply (so `--policies` and `--edition` are refused).
 *
 * @param command - the command, for messages
 * @param value - the option's text, if given
 * @param dir - the positional argument
 * @param policiesGiven - whether `--policies` or `--edition` was given
 * @param io - file access
 * @returns the loaded export, or undefined without `--from`
 * @throws {@link CliError} (exit 2) for an unknown source, a missing directory, or an option that does not combine
 *
 * @example
 * ```ts
 * fromOption("sla", "zendesk", "examples/zendesk", false, io)?.imported.tickets.length; // => 8
 * ```
 */
export function fromOption(command: string, value: string | undefined, dir: string | undefined, policiesGiven: boolean, io: CliIo): LoadedZendeskExport | LoadedJsmExport | undefined {
  if (value === undefined) return undefined;
  if (value !== "zendesk" && value !== "fivetran" && value !== "jsm") throw new CliError(`--from: expected "zendesk", "fivetran" or "jsm", received "${value}"${didYouMean(value, ["zendesk", "fivetran", "jsm"])}; see "support-policy ${command} --help"`);
  if (dir === undefined) throw new CliError(`support-policy ${command} --from ${value}: expected an EXPORT_DIR; see "support-policy ${command} --help"`);
  if (policiesGiven) throw new CliError(`support-policy ${command} --from ${value}: the export's own SLA policies apply; --policies and --edition do not combine with it`);
  const path = dir.replace(/\/+$/, "");
  if (value === "jsm") return loadJsmExport(path, io);
  return value === "zendesk" ? loadZendeskExport(path, io) : loadFivetranExport(path, io);
}
