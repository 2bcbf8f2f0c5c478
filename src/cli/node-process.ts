/**
 * The parts of Node's `process` the command line uses, typed here rather than through
 * `@types/node`: the library's build configuration has no Node types, so library code cannot use
 * Node globals by accident, and only the command line touches Node. Modules come from
 * `process.getBuiltinModule` (Node 20.16 and later) for the same reason.
 *
 * @example
 * ```ts
 * const process: NodeProcess = nodeProcess;
 * process.argv.slice(2); // => ["sla", "tickets.json"]
 * ```
 */
export interface NodeProcess {
  /** The command line: the Node binary, the script, then the arguments. */
  readonly argv: readonly string[];
  /** The code the process exits with once its work is done. */
  exitCode: number | undefined;
  /** Standard output; `on("error")` hears a failed write, such as EPIPE when the reader closed the pipe. */
  readonly stdout: { write(text: string): boolean; on?(event: "error", listener: (error: { readonly code?: unknown }) => void): unknown };
  /** Standard error, and whether it is a terminal. */
  readonly stderr: { write(text: string): boolean; readonly isTTY?: boolean };
  /** Ends the process at once with a code. */
  exit?(code: number): never;
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:fs"): {
    readonly readFileSync: (path: string | number, encoding: "utf8") => string;
    readonly writeFileSync: (path: string, text: string, encoding: "utf8") => void;
    readonly mkdirSync: (path: string, options: { readonly recursive: true }) => unknown;
    readonly openSync: (path: string, flags: "r") => number;
    readonly readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: null) => number;
    readonly closeSync: (fd: number) => void;
    readonly writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  };
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:buffer"): { readonly Buffer: { from(text: string, encoding: "utf8"): Uint8Array } };
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:path"): { readonly resolve: (path: string) => string; readonly dirname: (path: string) => string };
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:perf_hooks"): { readonly performance: { now(): number } };
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:string_decoder"): { readonly StringDecoder: new (encoding: "utf8") => { write(bytes: Uint8Array): string; end(): string } };
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:util"): { parseArgs: ParseArgs };
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:os"): { readonly availableParallelism: () => number };
  /** Loads one of Node's own modules. */
  getBuiltinModule(id: "node:worker_threads"): {
    readonly Worker: new (script: URL, options: { readonly workerData: unknown; readonly transferList: readonly unknown[] }) => { unref(): void; terminate(): Promise<number> };
    readonly MessageChannel: new () => { readonly port1: NodeMessagePort; readonly port2: NodeMessagePort };
    readonly receiveMessageOnPort: (port: NodeMessagePort) => { readonly message: unknown } | undefined;
    /** In a worker thread: the data it was started with. */
    readonly workerData: unknown;
  };
}

/**
 * One end of a Node `MessageChannel`, as far as the command line's worker threads use it.
 *
 * @example
 * ```ts
 * const { port1 }: { port1: NodeMessagePort } = new MessageChannel();
 * port1.postMessage([{ label: "line 1", value: {} }]);
 * ```
 */
export interface NodeMessagePort {
  /** Sends a message to the other end. */
  postMessage(message: unknown): void;
  /** Calls `listener` with each message from the other end (in the worker thread). */
  on(event: "message", listener: (message: unknown) => void): unknown;
  /** Closes the channel. */
  close(): void;
}

/**
 * Node's `util.parseArgs`, as far as the command line calls it.
 *
 * @example
 * ```ts
 * const { parseArgs }: { parseArgs: ParseArgs } = nodeProcess.getBuiltinModule("node:util");
 * parseArgs({ args: ["-k", "t.json"], options: { "keep-going": { type: "boolean", short: "k" } }, allowPositionals: true, strict: true });
 * // => { values: { "keep-going": true }, positionals: ["t.json"] }
 * ```
 */
export type ParseArgs = (config: {
  readonly args: string[];
  readonly options: Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>>;
  readonly allowPositionals: boolean;
  readonly strict: boolean;
}) => { values: Record<string, string | boolean | undefined>; positionals: string[] };

/**
 * Node's `process`, typed as {@link NodeProcess}.
 *
 * @example
 * ```ts
 * nodeProcess.stdout.write("hello\n"); // prints "hello"
 * ```
 */
export const nodeProcess: NodeProcess = (globalThis as unknown as { readonly process: NodeProcess }).process;
