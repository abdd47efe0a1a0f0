// The history of the Dutch professional body as dated events, each with its sources; where a
// source corrects the founding letter, the event's note keeps both versions.
import { nl } from "beroepsgroep/nl";

const shown = (on: string, precision: string): string => (precision === "day" ? on : precision === "month" ? `${on.slice(0, 7)}   ` : `${on.slice(0, 4)}      `);

for (const event of nl.timeline) {
  console.log(`${shown(event.on, event.precision)}  ${event.title}`);
  console.log(`            sources: ${event.sources.join(", ")}`);
  if (event.note !== undefined) console.log(`            note: ${event.note}`);
}
// Source ids resolve to titles and addresses in nl.sources.
const letter = nl.sources.find((s) => s.id === "letter");
console.log(`\n${nl.timeline.length} events, ${nl.sources.length} sources; "letter" is: ${letter?.title ?? ""}.`);
