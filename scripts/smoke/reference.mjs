// The browser page's computation, done in Node from the installed package: its answers are the reference.
import * as lib from "beroepsgroep";
import * as council from "beroepsgroep/council";
import { nl } from "beroepsgroep/nl";
import "beroepsgroep/locale/nl";
import schema from "beroepsgroep/scenario.schema.json" with { type: "json" };
import { answers } from "./answers.mjs";

process.stdout.write(JSON.stringify(answers(lib, council, nl, schema)));
