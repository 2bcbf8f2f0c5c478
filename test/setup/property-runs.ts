// Properties that do not set numRuns get fast-check's default of 100, scaled like the others.
import { fc } from "../support/property.js";
import { runs } from "../support/runs.js";

fc.configureGlobal({ numRuns: runs(100) });
