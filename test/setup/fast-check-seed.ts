import fc from "fast-check";

// In CI every property runs from one fixed seed, so that a run can be repeated exactly;
// locally each run draws new seeds and keeps exploring. FC_SEED overrides either.
const seed = process.env["FC_SEED"] ?? (process.env["CI"] ? "20261128" : undefined);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
