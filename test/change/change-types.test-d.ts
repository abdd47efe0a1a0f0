// Checked by `npm run typecheck`: the change types say what `changeSchema` accepts. The plain
// operations are derived from their schemas; the written-out ones (those carrying an entity)
// are held equal here, one by one and as the whole union.
import { expectTypeOf } from "vitest";
import type {
  AddOrganisation,
  AddRegion,
  AddRule,
  AddSector,
  AddTheme,
  AmendMandate,
  Change,
  GrantMandate,
  MergeOrganisations,
  SetModel,
  UpdateOrganisation,
} from "../../src/change-entry.js";
import type { changeSchema } from "../../src/change/change-schema.js";
import type { DocumentOf } from "../../src/model/document-type.js";

type Parsed = DocumentOf<typeof changeSchema>;
type Op<T extends Change["type"]> = Extract<Parsed, { readonly type: T }>;

expectTypeOf<Parsed>().toEqualTypeOf<Change>();
expectTypeOf<Op<"add-organisation">>().toEqualTypeOf<AddOrganisation>();
expectTypeOf<Op<"update-organisation">>().toEqualTypeOf<UpdateOrganisation>();
expectTypeOf<Op<"merge-organisations">>().toEqualTypeOf<MergeOrganisations>();
expectTypeOf<Op<"add-theme">>().toEqualTypeOf<AddTheme>();
expectTypeOf<Op<"add-region">>().toEqualTypeOf<AddRegion>();
expectTypeOf<Op<"add-sector">>().toEqualTypeOf<AddSector>();
expectTypeOf<Op<"grant-mandate">>().toEqualTypeOf<GrantMandate>();
expectTypeOf<Op<"amend-mandate">>().toEqualTypeOf<AmendMandate>();
expectTypeOf<Op<"set-model">>().toEqualTypeOf<SetModel>();
expectTypeOf<Op<"add-rule">>().toEqualTypeOf<AddRule>();
