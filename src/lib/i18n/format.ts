/**
 * Filling a dictionary text: `{0}`, `{1}` … are the arguments in order; `{0:quoted}` takes a
 * list made by termList() and writes each item in the script's quotation marks (marks.quote:
 * “数字经济” / 「數字經濟」) joined by its list separator (marks.listSeparator). Pure, and free of
 * the dictionaries, so browser code can use it with the entries its page embeds.
 */
type Arg = string | number;

/** Several items as one argument for a `{n:quoted}` placeholder (no item contains a newline). */
export const termList = (items: readonly string[]): string => items.join('\n');

export function fill(template: string, args: readonly Arg[], lookup: (key: string) => string): string {
  return template.replace(/\{(\d+)(:quoted)?\}/g, (_, n: string, quoted?: string) => {
    const value = String(args[Number(n)] ?? '');
    if (!quoted) return value;
    const quote = lookup('marks.quote');
    return value
      .split('\n')
      .map((item) => quote.replace('{0}', () => item))
      .join(lookup('marks.listSeparator'));
  });
}
