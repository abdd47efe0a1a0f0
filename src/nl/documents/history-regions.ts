import type { Region } from "../../model/types.js";

/** The national level alone, for the years before the onderwijsregio's; `why` says what that means for the body. */
export function nationalOnly(why: string, sources: readonly string[]): readonly Region[] {
  return [{ id: "nl", name: "Nederland", level: "national", sources: [...sources, "regions-regulation-2023"], note: why }];
}
