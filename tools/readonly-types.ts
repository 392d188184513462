/**
 * Makes every property and array of generated TypeScript declarations readonly, so the types say
 * what the runtime does: the package's data is deep-frozen, and a type that offered `push` or
 * assignment would promise what throws. (json-schema-to-typescript has no option for it.)
 */
export function readonlyTypes(source: string): string {
  const lines = source.split('\n');
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    const property = /^(\s+)(\[[^\]]+\]|[A-Za-z_$][\w$]*\??): (.*)$/.exec(line);
    if (property && !line.trimStart().startsWith('*')) {
      const [, indent, name, type] = property as unknown as [string, string, string, string];
      line = `${indent}readonly ${name}: ${type.replace(/^([\w$]+)\[\];$/, 'readonly $1[];')}`;
    }
    if (/\{$/.test(line) && !/^\s*(export|\/)/.test(line)) open.push(i);
    else if (/^\s*\}/.test(line)) {
      const at = open.pop();
      if (at !== undefined && /^\s*\}\[\];$/.test(line))
        lines[at] = (lines[at] as string).replace(/: \{$/, ': readonly {');
    }
    lines[i] = line;
  }
  return lines.join('\n');
}
