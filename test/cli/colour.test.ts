import { describe, expect, it } from "vitest";
import { cli, cliOnTerminal, FIXTURE } from "./run-cli.js";

const ESC = "\u001B[";
const args = ["resolve", FIXTURE.coordination, "--theme", "curriculum", "--region", "west", "--sector", "vo", "--on", "2025-06-01"];

function onTerminal(env: Record<string, string>): string {
  const ran = cliOnTerminal(args, env);
  expect(ran.code).toBe(0);
  return ran.stdout;
}

describe("colour", () => {
  it("is off when standard output is not a terminal", () => {
    expect(cli(args).stdout).not.toContain(ESC);
  });

  it("is on on a terminal, and off there when NO_COLOR is set", () => {
    const coloured = onTerminal({});
    expect(coloured).toContain(`${ESC}32m`);
    expect(coloured).toContain("represented by AOb");
    expect(onTerminal({ NO_COLOR: "1" })).not.toContain(ESC);
  });

  it("can be forced off a terminal with FORCE_COLOR, but NO_COLOR still wins", () => {
    expect(cli(args, { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}1m`);
    expect(cli(args, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain(ESC);
    expect(cli(args, { env: { FORCE_COLOR: "0" } }).stdout).not.toContain(ESC);
  });

  it("never colours JSON or files", () => {
    expect(cli([...args, "--json"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESC);
  });

  it("colours error messages on a terminal only", () => {
    const plain = cli(["matrix", "--on", "nope"]);
    expect(plain.stderr).not.toContain(ESC);
    expect(cli(["matrix", "--on", "nope"], { env: { FORCE_COLOR: "1" } }).stderr).toContain(`${ESC}31m`);
  });
});

describe("colour switches", () => {
  it("ignore an empty NO_COLOR and an empty FORCE_COLOR", () => {
    expect(cliOnTerminal(args, { NO_COLOR: "" }).stdout).toContain(ESC);
    expect(cli(args, { env: { FORCE_COLOR: "" } }).stdout).not.toContain(ESC);
  });
});
