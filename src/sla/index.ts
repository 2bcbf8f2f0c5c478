export { SupportPolicyError } from "../shared/errors.js";
