import { escapeMermaid } from "./escape.js";

/** Builds Mermaid flowchart text with generated node ids, so user ids never reach the syntax. */
export class Flowchart {
  private readonly lines: string[] = [];
  private count = 0;

  constructor(direction: "TB" | "LR", comment: string) {
    this.lines.push(`flowchart ${direction}`, `  %% ${escapeMermaid(comment)}`);
  }

  /** Adds a node; `lines` are joined with line breaks; returns its id. */
  node(lines: readonly string[], shape: "box" | "round" | "stadium" | "hexagon" = "box", indent = "  "): string {
    const id = `n${++this.count}`;
    const label = `"${lines.map(escapeMermaid).join("<br>")}"`;
    const [open, close] = { box: ["[", "]"], round: ["(", ")"], stadium: ["([", "])"], hexagon: ["{{", "}}"] }[shape];
    this.lines.push(`${indent}${id}${open}${label}${close}`);
    return id;
  }

  /** Adds an edge, solid or dotted, with an optional label. */
  edge(from: string, to: string, label?: string, dotted = false): void {
    const arrow = dotted ? "-.->" : "-->";
    this.lines.push(label === undefined ? `  ${from} ${arrow} ${to}` : `  ${from} ${arrow}|"${escapeMermaid(label)}"| ${to}`);
  }

  /** Groups the nodes that `fill` adds in a titled subgraph. */
  group(title: string, fill: () => void): void {
    const id = `g${++this.count}`;
    this.lines.push(`  subgraph ${id}["${escapeMermaid(title)}"]`);
    fill();
    this.lines.push("  end");
  }

  /** The flowchart text, ending with a newline. */
  toString(): string {
    return `${this.lines.join("\n")}\n`;
  }
}
