import { describe, expect, it } from "vitest";
import { sentryUserQuery } from "../../src/policies/index.js";
import { describeError, thrown } from "./helpers.js";

describe("sentryUserQuery", () => {
  it('"Sentry lookup for a user\'s errors: user.username:<username>"', () => {
    expect(sentryUserQuery("alice.smith")).toBe("user.username:alice.smith");
  });

  it("refuses a value that is not a username, so nothing else lands in the query", () => {
    expect(describeError(thrown(() => sentryUserQuery("alice OR user.id:1")))[0]).toBe("invalid_format");
  });
});
