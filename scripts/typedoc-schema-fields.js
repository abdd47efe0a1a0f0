// A TypeDoc plugin for the model and change types derived from zod schemas (`DocumentOf<typeof schema>`).
// Their fields are declared in the schema's object literal (`id: idSchema`), which TypeDoc would show as
// a default value (`id: string = idSchema`); a field of such a type has no default, so it is left out.
import { Converter, ReflectionKind, TypeScript as ts } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** @type {Set<import("typedoc").DeclarationReflection>} */
  const schemaFields = new Set();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (declaration !== undefined && ts.isPropertyAssignment(declaration)) schemaFields.add(reflection);
  });
  // The default value is filled in after the reflection is created, so it is cleared once conversion is done.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    for (const reflection of schemaFields) delete reflection.defaultValue;
    schemaFields.clear();
  });
}
