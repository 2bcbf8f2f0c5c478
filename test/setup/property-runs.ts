// Properties that do not set numRuns get fast-check's default of 100, scaled like the others.
import { fc } from "@fast-check/vitest";
import { runs } from "../support/runs.js";

fc.configureGlobal({ numRuns: runs(100) });
