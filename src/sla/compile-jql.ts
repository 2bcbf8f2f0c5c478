import { fail } from "../shared/errors.js";
import type { Condition, ConditionField } from "./condition.js";
import { idOfName } from "./internal/id-of-name.js";
import { failUnknownStatus, statusOfName } from "./internal/statuses.js";
import type { CustomStatus } from "./metric-definition.js";
import { TICKET_STATUSES } from "./sla-vocabulary.js";

/**
 * What {@link compileJql} may know of the policy set a query belongs to.
 *
 * @example
 * ```ts
 * const options: CompileJqlOptions = { statuses: [{ id: "waiting_for_customer", name: "Waiting for customer", category: "pending" }] };
 * ```
 */
export interface CompileJqlOptions {
  /**
   * The set's custom statuses: given, a status value is resolved to one of them by its name
   * (any case, as JQL compares) or id, or to one of Zendesk's six, and any other value is an
   * `unknown_value` error; absent, a status value is only written as an id (lower case, spaces
   * as underscores), for the policy set to check.
   */
  readonly statuses?: readonly CustomStatus[] | undefined;
}

/** The JQL fields the subset knows, by their lower-case JQL name, and the condition field each reads. */
const FIELDS: Readonly<Record<string, ConditionField>> = {
  priority: "priority",
  issuetype: "type",
  "request type": "custom_fields.request_type",
  labels: "tags",
  organizations: "organization",
  component: "custom_fields.component",
  status: "status",
};

interface Token {
  readonly text: string;
  /** Quoted strings keep their case and spaces; words and symbols are matched case-insensitively. */
  readonly quoted: boolean;
  readonly at: number;
}

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const char = jql[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '"' || char === "'") {
      const end = jql.indexOf(char, i + 1);
      if (end < 0) fail("invalid_input", ["jql"], `Unterminated string starting at position ${i + 1}: ${jql.slice(i)}`);
      tokens.push({ text: jql.slice(i + 1, end), quoted: true, at: i });
      i = end + 1;
    } else if (char === "!" && jql[i + 1] === "=") {
      tokens.push({ text: "!=", quoted: false, at: i });
      i += 2;
    } else if ("=(),".includes(char)) {
      tokens.push({ text: char, quoted: false, at: i });
      i++;
    } else {
      const match = /^[^\s"'=!(),]+/.exec(jql.slice(i));
      const text = match?.[0] ?? char;
      tokens.push({ text, quoted: false, at: i });
      i += text.length;
    }
  }
  return tokens;
}

class Parser {
  #index = 0;
  readonly #tokens: readonly Token[];
  readonly #statuses: readonly CustomStatus[] | undefined;

  constructor(tokens: readonly Token[], statuses: readonly CustomStatus[] | undefined) {
    this.#tokens = tokens;
    this.#statuses = statuses;
  }

  #peek(): Token | undefined {
    return this.#tokens[this.#index];
  }

  #isWord(word: string, token = this.#peek()): boolean {
    return token !== undefined && !token.quoted && token.text.toUpperCase() === word;
  }

  #unexpected(expected: string): never {
    const token = this.#peek();
    if (token === undefined) fail("invalid_input", ["jql"], `Unexpected end of the query: expected ${expected}`);
    return fail("invalid_input", ["jql"], `Unexpected "${token.text}" at position ${token.at + 1}: expected ${expected}`);
  }

  #take(): Token {
    const token = this.#peek();
    if (token === undefined) return this.#unexpected("more");
    this.#index++;
    return token;
  }

  parse(): Condition {
    const condition = this.#or();
    if (this.#peek() !== undefined) this.#unexpected("AND, OR or the end of the query (the subset has no ORDER BY, functions or other operators)");
    return condition;
  }

  #or(): Condition {
    const parts = [this.#and()];
    while (this.#isWord("OR")) {
      this.#index++;
      parts.push(this.#and());
    }
    return parts.length === 1 ? (parts[0] as Condition) : { any: parts };
  }

  #and(): Condition {
    const parts = [this.#unary()];
    while (this.#isWord("AND")) {
      this.#index++;
      parts.push(this.#unary());
    }
    return parts.length === 1 ? (parts[0] as Condition) : { all: parts };
  }

  #unary(): Condition {
    if (this.#isWord("NOT")) {
      this.#index++;
      return { not: this.#unary() };
    }
    const token = this.#peek();
    if (token !== undefined && !token.quoted && token.text === "(") {
      this.#index++;
      const inner = this.#or();
      if (this.#peek()?.text !== ")") this.#unexpected('")"');
      this.#index++;
      return inner;
    }
    return this.#clause();
  }

  #fieldName(): string {
    const token = this.#take();
    let name = token.text.toLowerCase();
    // Request Type may be written unquoted as two words.
    if (!token.quoted && name === "request" && this.#isWord("TYPE")) {
      this.#index++;
      name = "request type";
    }
    if (!Object.hasOwn(FIELDS, name)) {
      fail("invalid_input", ["jql"], `Unknown field "${token.text}" at position ${token.at + 1}: the subset knows priority, issuetype, "Request Type", labels, organizations, component and status`);
    }
    return name;
  }

  #value(): Token {
    const token = this.#take();
    if (!token.quoted && "=(),".includes(token.text)) {
      this.#index--;
      this.#unexpected("a value");
    }
    return token;
  }

  /** A status value as the library's id: resolved among the set's statuses when they are known. */
  #status(token: Token): string {
    const statuses = this.#statuses;
    if (statuses === undefined) return idOfName(token.text);
    const id = statusOfName(token.text, statuses);
    if (id !== undefined) return id;
    const names = [...TICKET_STATUSES, ...statuses.map((status) => status.name ?? status.id)];
    return failUnknownStatus(token.text, names, ["jql"], `Unknown status "${token.text}" at position ${token.at + 1}: expected one of the policy set's statuses ${names.join(", ")}`);
  }

  #values(): Token[] {
    if (this.#peek()?.text !== "(") this.#unexpected('"(" to open a list of values');
    this.#index++;
    const values = [this.#value()];
    while (this.#peek()?.text === ",") {
      this.#index++;
      values.push(this.#value());
    }
    if (this.#peek()?.text !== ")") this.#unexpected('"," or ")"');
    this.#index++;
    return values;
  }

  #clause(): Condition {
    const name = this.#fieldName();
    const field = FIELDS[name] as ConditionField;
    const operator = this.#peek();
    let negated: boolean;
    let values: Token[];
    let list: boolean;
    if (operator?.text === "=" || operator?.text === "!=") {
      this.#index++;
      negated = operator.text === "!=";
      values = [this.#value()];
      list = false;
    } else if (this.#isWord("IN") || (this.#isWord("NOT") && this.#isWord("IN", this.#tokens[this.#index + 1]))) {
      negated = this.#isWord("NOT");
      this.#index += negated ? 2 : 1;
      values = this.#values();
      list = true;
    } else return this.#unexpected("=, !=, IN or NOT IN (the subset has no other operators)");
    // The library's priorities and statuses are lower case with underscores ("on_hold").
    const normalised = values.map((value) => (field === "status" ? this.#status(value) : field === "priority" ? idOfName(value.text) : value.text));
    if (field === "tags") return { field, operator: negated ? "not_includes" : "includes", value: normalised };
    return { field, operator: negated ? "is_not" : "is", value: list ? normalised : (normalised[0]) };
  }
}

/**
 * Compiles a JQL condition of Jira Service Management's SLA goals into the library's condition
 * model, so a JSM goal becomes a policy's `conditions`. The subset: the fields `priority`,
 * `issuetype` (the ticket's `type`), `"Request Type"` (`custom_fields.request_type`), `labels`
 * (`tags`), `organizations` (`organization`), `component` (`custom_fields.component`) and `status`;
 * the operators `=`, `!=`, `IN`, `NOT IN`; `AND`, `OR`, `NOT` and parentheses. Keywords and field
 * names are case-insensitive; priority values are written as the library's ids (lower case,
 * spaces as underscores), and so are status values unless `options.statuses` gives the policy
 * set's custom statuses: then a status is found by its name in any case (`"Waiting for
 * customer"`) or id, and an unknown one is an `unknown_value` error (a policy set compiles its
 * goals' JQL so). On `labels`, `=` and `IN` mean "has at least one of". Anything
 * outside the subset (another field or operator, a function, `ORDER BY`) is an `invalid_input`
 * error naming the token and its position, never a silent match.
 *
 * @param jql - the JQL text
 * @param options - the policy set's custom statuses, to name statuses by
 * @returns the condition
 * @throws {@link SupportPolicyError} `invalid_input` at path `["jql"]` (`invalid_type` when it is not a string, `unknown_value` for an undeclared status)
 *
 * @example
 * ```ts
 * compileJql('priority IN (High, Urgent) AND labels = vip');
 * // => { all: [{ field: "priority", operator: "is", value: ["high", "urgent"] }, { field: "tags", operator: "includes", value: ["vip"] }] }
 * ```
 */
export function compileJql(jql: string, options: CompileJqlOptions = {}): Condition {
  // A hostile object (a proxy, a getter that throws) is not text: only a primitive string is read.
  const given: unknown = jql;
  if (typeof given !== "string") fail("invalid_type", ["jql"], `Expected the JQL text as a string, received ${given === null ? "null" : typeof given}`);
  const tokens = tokenize(jql);
  if (tokens.length === 0) fail("invalid_input", ["jql"], "The query is empty: a goal for all remaining issues has no condition");
  return new Parser(tokens, options.statuses).parse();
}
