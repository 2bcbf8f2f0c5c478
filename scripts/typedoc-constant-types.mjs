// A typedoc plugin: the inferred type of an exported constant is data, not API. A zod schema's
// inferred type (ZodObject<{ channel: ZodEnum<{ ticket: "ticket", ... }> }>) or a lookup table's
// object literal would otherwise produce one "not documented" warning per enum member and per
// key. The constant itself must still be documented, and interfaces and type aliases keep every
// property's documentation requirement: the types a caller writes against are the schemas'
// z.input/z.output aliases and the interfaces, which stay fully checked.
import { Converter, ReflectionKind } from "typedoc";

function pruneType(project, type) {
  if (type === undefined || type === null) return;
  if (type.type === "reflection") {
    project.removeReflection(type.declaration);
    return;
  }
  for (const key of ["typeArguments", "types", "elements"]) {
    for (const inner of type[key] ?? []) pruneType(project, inner);
  }
  for (const key of ["elementType", "target", "objectType", "indexType", "checkType", "extendsType", "trueType", "falseType"]) {
    if (type[key] !== undefined && typeof type[key] === "object" && "type" in type[key]) pruneType(project, type[key]);
  }
}

/** @param {import("typedoc").Application} app */
// eslint-disable-next-line @typescript-eslint/explicit-module-boundary-types -- plain JavaScript: typedoc loads plugins without a TypeScript loader; the JSDoc above types it.
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
      pruneType(project, variable.type);
      if (variable.type?.type === "reflection") variable.type = undefined;
      for (const child of [...(variable.children ?? [])]) project.removeReflection(child);
    }
  });
}
