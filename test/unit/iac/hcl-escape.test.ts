import { describe, expect, it } from 'vitest';
import { hclString, hclValue } from '../../../src/iac/hcl-escape.ts';

describe('hclString', () => {
  it('quotes plain text unchanged', () => {
    expect(hclString('web-01')).toBe('"web-01"');
  });

  it('escapes quotes and backslashes', () => {
    expect(hclString('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
  });

  it('doubles template introducers so ${ and %{ stay literal text', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
    expect(hclString('${file("/etc/passwd")} %{if true}x%{endif}')).toBe(
      '"$${file(\\"/etc/passwd\\")} %%{if true}x%%{endif}"',
    );
  });

  it('doubles an introducer that follows a dollar sign too', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
    expect(hclString('$${x}')).toBe('"$$${x}"');
  });

  it('escapes newlines, tabs and other control characters', () => {
    expect(hclString('a\nb\r\tc\u0000d\u007fe\u2028')).toBe('"a\\nb\\r\\tc\\u0000d\\u007fe\\u2028"');
  });

  it('keeps a line break out of the literal, so no attribute can be injected after it', () => {
    const escaped = hclString('x"\n  started = false\n#');

    expect(escaped).not.toContain('\n');
    expect(escaped).toBe('"x\\"\\n  started = false\\n#"');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(hclString('café ☕')).toBe('"café ☕"');
  });
});

describe('hclValue', () => {
  it('writes integers, booleans and lists', () => {
    expect(hclValue(8192)).toBe('8192');
    expect(hclValue(true)).toBe('true');
    expect(hclValue(['a', 'b"'])).toBe('["a", "b\\""]');
    expect(hclValue([])).toBe('[]');
  });

  it('refuses values that have no safe literal', () => {
    expect(() => hclValue(1.5)).toThrow(/cannot be written as an HCL literal/);
    expect(() => hclValue(undefined)).toThrow(/empty value/);
    expect(() => hclValue({ a: 1 })).toThrow(/object/);
  });
});
