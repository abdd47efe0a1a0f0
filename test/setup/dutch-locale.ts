// Tests ask for Dutch as an app does after `import "beroepsgroep/locale/nl"`; test/locale/not-loaded.test.ts checks the error without it.
import "../../src/locale/nl/index.js";
