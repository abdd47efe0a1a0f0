#!/usr/bin/env node
// The `beroepsgroep` command: a thin shell over the library's public API.
import { main } from "./host.js";
import { processIo } from "./io.js";

main(process, processIo());
