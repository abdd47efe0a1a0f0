import type { Scenario } from "../../model/types.js";
import type { AddRegion, AddSector, AddTheme } from "../change.js";
import { addItem, type ScenarioDraft } from "./edit.js";

export function addTheme(base: Scenario, draft: ScenarioDraft, change: AddTheme): void {
  addItem(base.themes, draft.themes, change.theme);
}

export function addRegion(base: Scenario, draft: ScenarioDraft, change: AddRegion): void {
  addItem(base.regions, draft.regions, change.region);
}

export function addSector(base: Scenario, draft: ScenarioDraft, change: AddSector): void {
  addItem(base.sectors, draft.sectors, change.sector);
}
