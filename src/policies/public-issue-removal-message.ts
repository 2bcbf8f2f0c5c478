/**
 * The message left on a public issue whose vulnerability report was removed (docs/rules.md §8, from
 * the 2016–17 handbook, typos corrected).
 *
 * @example
 * ```ts
 * PUBLIC_ISSUE_REMOVAL_MESSAGE.startsWith("Thank you for helping to make GitLab more secure!"); // => true
 * ```
 */
export const PUBLIC_ISSUE_REMOVAL_MESSAGE =
  "Thank you for helping to make GitLab more secure! We removed the contents of your vulnerability disclosure to keep it private. We opened an internal issue to look at your disclosure. Can you please use our Responsible Disclosure Policy to send us an email that references this url so we can communicate in private?";
