import { describe, expect, it } from "vitest";
import { parsePemCertificates } from "./ca-bundle.js";

const BEGIN = "-----BEGIN CERTIFICATE-----";
const END = "-----END CERTIFICATE-----";
const block = (body: string, newline = "\n") => `${BEGIN}${newline}${body}${newline}${END}`;

describe("parsePemCertificates", () => {
  it("finds every certificate block, with LF or CRLF line ends, ignoring text and other blocks between them", () => {
    const first = block("MIIBfirst");
    const second = block("MIIBsecond\r\nline2", "\r\n");
    const text = `# comment\n${first}\n-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\ntrailing ${second}\n`;
    expect(parsePemCertificates(text)).toEqual([first, second]);
  });

  it("needs a line break after BEGIN, one character or more of body, and an END line", () => {
    expect(parsePemCertificates(`${BEGIN} MIIB\n${END}`)).toEqual([]);
    expect(parsePemCertificates(`${BEGIN}\n${END}`)).toEqual([]);
    expect(parsePemCertificates(`${BEGIN}\nMIIB with no end`)).toEqual([]);
    expect(parsePemCertificates(`${BEGIN}\n\n${END}`)).toEqual([]);
    expect(parsePemCertificates(`${BEGIN}\nx\n${END}`)).toEqual([`${BEGIN}\nx\n${END}`]);
  });

  it("agrees with the regular expression it replaced on generated bundles", () => {
    const reference = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]+?\r?\n-----END CERTIFICATE-----/g;
    const pieces = [BEGIN, END, "\n", "\r\n", "\r", "MIIB", " ", "-----", "x"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: next() % 14 }, () => pieces[next() % pieces.length]).join("");
      expect(parsePemCertificates(text), JSON.stringify(text)).toEqual(text.match(reference) ?? []);
    }
  });
});
